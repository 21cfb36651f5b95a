"""The one way a resolver turns a domain refusal into an answer.

Services raise :class:`dispatchhub.errors.DomainError`; a resolver never catches it itself.
It declares what a refusal looks like instead:

- :func:`refusals` on a mutation (or a query with a result type carrying ``errors``): the
  refusal becomes the payload, every other field of it null (or the value given), and
  ``errors`` the refusal's field errors in the request's language;
- :func:`bad_input` on a query without such a result: the refusal becomes a top-level
  ``BAD_USER_INPUT`` error naming the field (:meth:`BadUserInput.of`).

The wrapped function finds the request's language in its ``info`` (a resolver) or ``context``
argument (a helper a resolver calls).
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeVar

from dispatchhub.errors import DomainError
from dispatchhub.graphql.errors import BadUserInput, field_errors

__all__ = ["bad_input", "refusals"]

P = ParamSpec("P")
R = TypeVar("R")


def refusals(
    payload: type[Any], error_type: type[Any], **refused: Any
) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    """Answer a :class:`DomainError` raised by the decorated coroutine with ``payload``.

    Args:
        payload: The Strawberry type the coroutine returns; every field but ``errors`` is
            set to None on a refusal, unless ``refused`` names its value.
        error_type: The GraphQL error type of the payload's ``errors`` list.
        refused: Values of the payload's other fields on a refusal (``success=False``).
    """
    nulls = {f.name: None for f in dataclasses.fields(payload) if f.name != "errors" and f.init}
    on_refusal = nulls | refused

    def decorate(resolver: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        signature = inspect.signature(resolver)

        @functools.wraps(resolver)
        async def answer(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return await resolver(*args, **kwargs)
            except DomainError as exc:
                locale = _locale(signature, args, kwargs)
                refusal: R = payload(**on_refusal, errors=field_errors(exc, locale, error_type))
                return refusal

        return answer

    return decorate


def bad_input(resolver: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Raise a :class:`DomainError` from the decorated query as ``BAD_USER_INPUT``."""
    signature = inspect.signature(resolver)

    @functools.wraps(resolver)
    async def answer(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await resolver(*args, **kwargs)
        except DomainError as exc:
            raise BadUserInput.of(exc, _locale(signature, args, kwargs)) from None

    return answer


def _locale(signature: inspect.Signature, args: Any, kwargs: Any) -> str:
    arguments = signature.bind(*args, **kwargs).arguments
    if "info" in arguments:
        return str(arguments["info"].context.locale)
    return str(arguments["context"].locale)

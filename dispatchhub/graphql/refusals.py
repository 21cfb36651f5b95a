"""The one way a resolver turns a domain refusal into an answer.

Services raise :class:`dispatchhub.errors.DomainError`; a resolver never catches it itself.
It declares what a refusal looks like instead:

- :func:`refusals` on a mutation (or a query with a result type carrying ``errors``): the
  refusal becomes the payload, every other field of it null (or the value given), and
  ``errors`` the refusal's field errors in the request's language;
- :func:`bad_input` on a query without such a result: the refusal becomes a top-level
  ``BAD_USER_INPUT`` error naming the field (:meth:`BadUserInput.of`);
- :func:`not_found` on a query whose argument names nothing the caller may see.

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
from dispatchhub.graphql.errors import BadUserInput, NotFound, PublicError, field_errors

__all__ = ["bad_input", "not_found", "refusals"]

P = ParamSpec("P")
R = TypeVar("R")


ErrorsOf = Callable[[DomainError, str], list[Any]]


def refusals(
    payload: type[Any], errors: type[Any] | ErrorsOf, **refused: Any
) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    """Answer a :class:`DomainError` raised by the decorated coroutine with ``payload``.

    Args:
        payload: The Strawberry type the coroutine returns; every field but ``errors`` is
            set to None on a refusal, unless ``refused`` names its value.
        errors: The GraphQL error type of the payload's ``errors`` list (filled by
            :func:`field_errors`), or a function of the refusal and the locale that makes
            the list (errors with more than a field, such as a position in rule text).
        refused: Values of the payload's other fields on a refusal (``success=False``); a
            function is called with the refusal and the locale.
    """
    nulls = {f.name: None for f in dataclasses.fields(payload) if f.name != "errors" and f.init}
    errors_of: ErrorsOf = (
        functools.partial(_field_errors, errors) if isinstance(errors, type) else errors
    )

    def decorate(resolver: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        signature = inspect.signature(resolver)

        @functools.wraps(resolver)
        async def answer(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return await resolver(*args, **kwargs)
            except DomainError as exc:
                locale = _locale(signature, args, kwargs)
                values = nulls | {
                    name: value(exc, locale) if callable(value) else value
                    for name, value in refused.items()
                }
                refusal: R = payload(**values, errors=errors_of(exc, locale))
                return refusal

        return answer

    return decorate


def bad_input(resolver: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Raise a :class:`DomainError` from the decorated query as ``BAD_USER_INPUT``."""
    return _raising(resolver, BadUserInput.of)


def not_found(resolver: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Raise a :class:`DomainError` from the decorated query as ``NOT_FOUND`` with its first
    message."""
    return _raising(resolver, lambda exc, locale: NotFound(exc.errors[0].message(locale)))


def _raising(
    resolver: Callable[P, Awaitable[R]], public: Callable[[DomainError, str], PublicError]
) -> Callable[P, Awaitable[R]]:
    signature = inspect.signature(resolver)

    @functools.wraps(resolver)
    async def answer(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await resolver(*args, **kwargs)
        except DomainError as exc:
            raise public(exc, _locale(signature, args, kwargs)) from None

    return answer


def _field_errors(error_type: type[Any], exc: DomainError, locale: str) -> list[Any]:
    return field_errors(exc, locale, error_type)


def _locale(signature: inspect.Signature, args: Any, kwargs: Any) -> str:
    arguments = signature.bind(*args, **kwargs).arguments
    if "info" in arguments:
        return str(arguments["info"].context.locale)
    return str(arguments["context"].locale)

"""How failures reach GraphQL clients.

Business failures are values: services raise :class:`dispatchhub.errors.DomainError` and
mutations return them in their payload's ``errors`` list, with a field and a stable code.
Authentication and authorisation failures are top-level errors with an ``extensions.code``.
Anything else is a fault: logged with its traceback and shown to the client only as
"Unexpected error." so internals never leak.
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

import strawberry
from graphql.error import GraphQLError

from dispatchhub.errors import DomainError

__all__ = [
    "Error",
    "NotAuthenticated",
    "PermissionDenied",
    "PublicError",
    "field_errors",
    "should_mask_error",
]

E = TypeVar("E")

log = logging.getLogger("dispatchhub.graphql")


class PublicError(Exception):
    """An error whose message and code the client may see as a top-level GraphQL error."""

    code = "BAD_REQUEST"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.extensions: dict[str, Any] = {"code": self.code}


class NotAuthenticated(PublicError):
    """The operation needs a signed-in user."""

    code = "UNAUTHENTICATED"


class PermissionDenied(PublicError):
    """The caller's roles do not allow the operation or field."""

    code = "FORBIDDEN"


def should_mask_error(error: GraphQLError) -> bool:
    """Mask faults (logging them first); keep validation errors and public errors."""
    original = error.original_error
    if original is None or isinstance(original, (PublicError, GraphQLError)):
        return False
    log.error("unexpected error at %s", error.path, exc_info=original)
    return True


@strawberry.interface(description="A business failure reported in a mutation payload.")
class Error:
    field: str | None = strawberry.field(
        description="The input field it concerns, in the input's camelCase path; null when "
        "it concerns the whole input."
    )
    message: str = strawberry.field(description="For people, in the request's language.")


def field_errors(exc: DomainError, locale: str, error_type: type[E]) -> list[E]:
    """Map a service's :class:`DomainError` onto a domain's GraphQL error type."""
    return [
        error_type(field=_camel(e.field), message=e.message(locale), code=e.code)  # type: ignore[call-arg]
        for e in exc.errors
    ]


def _camel(path: str | None) -> str | None:
    if path is None:
        return None
    head, *rest = path.split("_")
    return head + "".join(part.title() for part in rest)

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

from dispatchhub.errors import DomainError, ErrorCode, FieldError

__all__ = [
    "BadUserInput",
    "NotFound",
    "Error",
    "NotAuthenticated",
    "PermissionDenied",
    "PublicError",
    "api_field",
    "error_type_for",
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


class BadUserInput(PublicError):
    """A query argument that cannot be used (queries have no payload for field errors)."""

    code = "BAD_USER_INPUT"

    @classmethod
    def of(cls, error: DomainError, locale: str) -> BadUserInput:
        """A service's refusal of a query argument: its first field error, with
        ``extensions.field`` (as the API names it) and ``extensions.reason`` (the code)."""
        first = error.errors[0]
        refused = cls(first.message(locale))
        refused.extensions.update(field=api_field(first.field), reason=first.code.name)
        return refused


class NotFound(PublicError):
    """The object does not exist, or the caller may not see it (both look the same)."""

    code = "NOT_FOUND"


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


def field_errors(exc: DomainError | list[FieldError], locale: str, error_type: type[E]) -> list[E]:
    """Map a service's :class:`DomainError` (or field errors) onto a GraphQL error type.

    The code is looked up by name in the enum the error type declares, so errors raised by
    another domain's checks (a catalog form error in a booking) fit a merged enum.
    """
    enum = _CODE_ENUMS.get(error_type)
    return [
        error_type(  # type: ignore[call-arg]
            field=api_field(e.field),
            message=e.message(locale),
            code=enum[e.code.name] if enum is not None else e.code,
        )
        for e in (exc.errors if isinstance(exc, DomainError) else exc)
    ]


_CODE_ENUMS: dict[type[Any], Any] = {}


def error_type_for(error_type: type[E], codes: Any) -> type[E]:
    """Declare that ``error_type.code`` is the (merged) enum ``codes``; returns the type.

    Each code of the enum is described in the schema by the message an error with that
    code carries (English, then Chinese; ``{name}`` stands for a value filled in).
    """
    _CODE_ENUMS[error_type] = codes
    for value in codes.__strawberry_definition__.values:
        code = codes[value.name]
        if value.description is None and isinstance(code, ErrorCode):
            value.description = f"“{code.en}” · “{code.zh}”"
    return error_type


# Below these fields the path names keys of the client's own JSON (a form's properties),
# which are data, not API names, and stay as they are.
_DATA_FIELDS = frozenset(
    {"formData", "form_data", "formSchema", "form_schema", "checklist", "completionChecklist"}
)


def api_field(path: str | None) -> str | None:
    """A service's field path (``special_requirements.0``) as the API names it.

    Segments are camel-cased up to a JSON-data field: ``form_data.unit_count`` is
    ``formData.unit_count``, because ``unit_count`` is the form's own property name.
    """
    if path is None:
        return None
    parts: list[str] = []
    for index, part in enumerate(path.split(".")):
        parts.append(_camel(part))
        if part in _DATA_FIELDS:
            return ".".join(parts + path.split(".")[index + 1 :])
    return ".".join(parts)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)

"""Deny by default: every root field and every sensitive field goes through Casbin.

The guard is a schema extension, so a new query, mutation or subscription is refused until
the policy names it; nobody has to remember a decorator. Object fields are public to whoever
may fetch the object, except the ones listed in :data:`SENSITIVE_FIELDS`, which need a
``read`` rule of their own — or a ``read:<relation>`` rule whose relation holds between the
caller and the object (``read:self`` for one's own account; see
:mod:`dispatchhub.authz.ownership`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLResolveInfo,
    InlineFragmentNode,
    SelectionSetNode,
    get_operation_ast,
)
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.authz.ownership import Relation, granted_relations, holds_any
from dispatchhub.graphql.errors import NotAuthenticated, PermissionDenied, PublicError

__all__ = ["ROOT_TYPES", "SENSITIVE_FIELDS", "CasbinGuard"]

ROOT_TYPES = frozenset({"Query", "Mutation", "Subscription"})
SENSITIVE_FIELDS = frozenset(
    {
        "ServerInfo.plugins",
        "User.phone",
        "User.email",
        "User.roles",
        "User.staffProfile",
        "Order.customerPhone",
        "Order.customerName",
        "Order.address",
        "Order.description",
        "Order.navigationUrl",
        "Order.assigneePosition",
        "Order.photos",
        "Order.serviceReportUrl",
        "StaffProfile.position",
        "AssignmentDecisionInfo.candidates",
    }
)
_OPEN = frozenset({"__typename", "__schema", "__type"})
_INTROSPECTION = frozenset({"__schema", "__type"})
_GUARDED_TYPES = ROOT_TYPES | {field.split(".", 1)[0] for field in SENSITIVE_FIELDS}


class CasbinGuard(SchemaExtension):
    """Check ``(actor, "Type.field", act)`` before a guarded field resolves."""

    def on_execute(self) -> Iterator[None]:
        """Check subscription root fields before their source stream is created.

        graphql-core runs a subscription field's source resolver without middleware, so
        :meth:`resolve` would only see the field once the stream yields its first event:
        the generator would already be running (listening, reading the database) for a
        caller who may not use it.
        """
        execution = self.execution_context
        if execution.operation_type is OperationType.SUBSCRIPTION:
            assert execution.graphql_document is not None
            operation = get_operation_ast(execution.graphql_document, execution.operation_name)
            if operation is not None:
                fragments = {
                    d.name.value: d
                    for d in execution.graphql_document.definitions
                    if isinstance(d, FragmentDefinitionNode)
                }
                for node in _root_fields(operation.selection_set, fragments):
                    if node.name.value not in _OPEN:
                        _check_root(execution.context, node)
        yield

    def resolve(
        self,
        _next: Callable[..., Any],
        root: Any,
        info: GraphQLResolveInfo[Any],
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        parent = info.parent_type.name
        if parent not in _GUARDED_TYPES:  # most fields of a list's rows: nothing to check
            return _next(root, info, *args, **kwargs)
        if parent in ROOT_TYPES and info.field_name not in _OPEN:
            _check(info, f"{parent}.{info.field_name}", "call")
        elif parent in ROOT_TYPES and info.field_name in _INTROSPECTION:
            _check_introspection(info.context)
        elif (coordinate := f"{parent}.{info.field_name}") in SENSITIVE_FIELDS:
            context = info.context
            if not is_allowed(context.enforcer, context.actor, coordinate, "read"):
                checks = granted_relations(context.enforcer, context.actor, coordinate, "read")
                if not checks:
                    _deny(info, coordinate)
                return _when_related(checks, coordinate, _next, root, info, *args, **kwargs)
        return _next(root, info, *args, **kwargs)


async def _when_related(
    checks: list[Relation],
    coordinate: str,
    _next: Callable[..., Any],
    root: Any,
    info: GraphQLResolveInfo[Any],
    *args: Any,
    **kwargs: Any,
) -> Any:
    if not await holds_any(checks, info.context.actor, root):
        _deny(info, coordinate)
    result = _next(root, info, *args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


def _root_fields(
    selections: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode]
) -> Iterator[FieldNode]:
    for selection in selections.selections:
        if isinstance(selection, FieldNode):
            yield selection
        elif isinstance(selection, InlineFragmentNode):
            yield from _root_fields(selection.selection_set, fragments)
        elif isinstance(selection, FragmentSpreadNode) and selection.name.value in fragments:
            yield from _root_fields(fragments[selection.name.value].selection_set, fragments)


def _check(info: GraphQLResolveInfo[Any], obj: str, act: str) -> None:
    context = info.context
    if not is_allowed(context.enforcer, context.actor, obj, act):
        _deny(info, obj)


def _check_root(context: Any, node: FieldNode) -> None:
    obj = f"Subscription.{node.name.value}"
    if not is_allowed(context.enforcer, context.actor, obj, "call"):
        try:
            _refuse(context, obj)
        except PublicError as refusal:
            # Located like a refusal in resolve(), so clients handle both the same way.
            key = (node.alias or node.name).value
            raise GraphQLError(
                str(refusal), nodes=[node], path=[key], original_error=refusal
            ) from refusal


def _check_introspection(context: Any) -> None:
    """Introspection as the ``graphql_introspection`` setting (or the mode) allows it."""
    allowed = context.runtime.settings.introspection
    if allowed == "everyone" or (allowed == "signed-in" and context.actor.user_id is not None):
        return
    if allowed == "signed-in":
        raise NotAuthenticated("Sign in to read the schema.")
    raise PermissionDenied("Schema introspection is turned off on this server.")


def _deny(info: GraphQLResolveInfo[Any], obj: str) -> NoReturn:
    _refuse(info.context, obj)


def _refuse(context: Any, obj: str) -> NoReturn:
    if context.actor.user_id is None:
        raise NotAuthenticated(context.auth_problem or f"Sign in to use {obj}.")
    raise PermissionDenied(f"Your role does not allow {obj}.")

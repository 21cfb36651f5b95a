"""Relay object identification: ``node(id:)`` and ``nodes(ids:)`` over opaque global IDs.

A global ID is strawberry's ``relay.GlobalID``: base64 of ``TypeName:id``. Only types a
domain registered here resolve; for any other type, and for an ID that does not decode,
the answer is null. Forbidden and missing objects are both null too, so an ID leaks nothing.

How a domain makes its type reachable (the ``User`` type in ``graphql/users/types.py`` is
the worked example)::

    @register_node
    @strawberry.type(name="Booking")
    class BookingNode(ReadableNode):
        id: relay.NodeID[str]
        ...

        @classmethod
        async def load_readable(cls, context, ids):
            rows = ...load the rows for ids in one query...
            # object-level check: leave out what the caller may not read
            return {i: obj for i, obj in ... if await readable(context, "Booking", obj)}

and, for ownership rules such as ``p, customer, Booking, read:owner``, registers the relation
with :func:`dispatchhub.authz.ownership.register_relation`, which sensitive fields use too.
"""

from __future__ import annotations

import inspect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Self, TypeVar
from uuid import UUID

import strawberry
from strawberry import relay

from dispatchhub.authz.ownership import may
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import BadUserInput

__all__ = [
    "MAX_NODES",
    "NodeQuery",
    "ReadableNode",
    "global_id",
    "readable",
    "register_node",
    "registered_nodes",
    "row_id",
]

MAX_NODES = 100
N = TypeVar("N", bound=type[relay.Node])
_NODES: dict[str, type[relay.Node]] = {}


def register_node(cls: N) -> N:
    """Class decorator: let ``node(id:)`` resolve this type through its ``resolve_nodes``
    (:class:`ReadableNode`'s), which answers None for what the caller may not read."""
    definition = getattr(cls, "__strawberry_definition__", None)
    name = definition.name if definition is not None else cls.__name__
    _NODES[name] = cls
    return cls


def registered_nodes() -> dict[str, type[relay.Node]]:
    """The registered node types by GraphQL type name."""
    return dict(_NODES)


class ReadableNode(relay.Node):
    """``relay.Node`` with the one ``resolve_nodes`` of every registered type.

    A type says only how to load the objects the caller may read
    (:meth:`load_readable`); an id it leaves out (missing, forbidden, not a UUID) is null.
    """

    @classmethod
    async def load_readable(cls, context: Context, ids: list[str]) -> Mapping[str, Self]:
        """The objects among ``ids`` (row ids) that exist and the caller may read."""
        raise NotImplementedError

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls,
        *,
        info: strawberry.Info[Context, None],
        node_ids: Iterable[str],
        required: bool = False,
    ) -> list[Self | None]:
        """``node(id:)`` and ``nodes(ids:)``: the readable objects, in the order asked."""
        ids = list(node_ids)
        found = await cls.load_readable(info.context, ids)
        return [found.get(i) for i in ids]


async def readable(context: Context, type_name: str, obj: Any) -> bool:
    """The object-level check: the policy lets the caller ``read`` objects of ``type_name``,
    or ``read:<relation>`` and the relation holds for ``obj``."""
    return await may(context.enforcer, context.actor, type_name, "read", obj)


def global_id(type_name: str, value: object) -> strawberry.ID:
    """The Relay global ID of a row: what every ``id`` and every ``*Id`` naming a node shows."""
    return strawberry.ID(relay.to_base64(type_name, str(value)))


def row_id(value: str, type_name: str) -> UUID | None:
    """The row id an argument names: a global ID of ``type_name``, or the bare row UUID.

    Arguments take either form, so clients that kept row ids from earlier answers (and
    types that are not nodes, such as service types) work too. None when ``value`` is
    neither.
    """
    found = _parse(value)
    if found is not None and found[0] == type_name:
        value = found[1]
    try:
        return UUID(value)
    except ValueError:
        return None


def _parse(global_id: str) -> tuple[str, str] | None:
    try:
        parsed = relay.GlobalID.from_id(global_id)
    except (ValueError, TypeError):
        return None
    return parsed.type_name, parsed.node_id


async def _resolve(info: strawberry.Info[Context, None], ids: list[str]) -> list[Any]:
    wanted: dict[str, list[str]] = defaultdict(list)
    parsed = [_parse(i) for i in ids]
    for found in parsed:
        if found is not None and found[0] in _NODES:
            wanted[found[0]].append(found[1])
    resolved: dict[tuple[str, str], Any] = {}
    for type_name, node_ids in wanted.items():
        unique = list(dict.fromkeys(node_ids))
        objects = _NODES[type_name].resolve_nodes(info=info, node_ids=unique, required=False)
        if inspect.isawaitable(objects):
            objects = await objects
        resolved.update({(type_name, i): o for i, o in zip(unique, objects, strict=True)})
    return [resolved.get(found) if found is not None else None for found in parsed]


@strawberry.type
class NodeQuery:
    @strawberry.field(
        description="The object with this global ID, or null when it does not exist or "
        "the caller may not read it."
    )
    async def node(
        self,
        info: strawberry.Info[Context, None],
        id: Annotated[
            strawberry.ID,
            strawberry.argument(description="A global ID (as every `id` field shows)."),
        ],
    ) -> relay.Node | None:
        [found] = await _resolve(info, [id])
        return found  # type: ignore[no-any-return]

    @strawberry.field(
        description=f"Several objects by global ID (at most {MAX_NODES}), in the order asked; "
        "null where one does not exist or may not be read."
    )
    async def nodes(
        self,
        info: strawberry.Info[Context, None],
        ids: Annotated[
            list[strawberry.ID], strawberry.argument(description="Global IDs, at most 100.")
        ],
    ) -> list[relay.Node | None]:
        if len(ids) > MAX_NODES:
            raise BadUserInput(f"Ask for at most {MAX_NODES} IDs at once.")
        return await _resolve(info, list(ids))

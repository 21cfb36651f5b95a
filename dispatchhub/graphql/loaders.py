"""Per-request DataLoaders for the relations a list asks for (no N+1).

A list of 50 bookings asking for each one's history, charges and payments would otherwise
run one query per booking and relation. A loader gathers the ids that the resolvers of one
execution step ask for and runs one query for all of them.

Loaders batch but do not cache (``cache=False``): a context lives as long as a WebSocket
connection for subscriptions, and a cached answer would go stale between events.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from strawberry.dataloader import DataLoader

from dispatchhub.graphql.context import Context

__all__ = ["Row", "children_loader"]

Row = dict[str, Any]
Fetch = Callable[[list[UUID]], Awaitable[list[Row]]]


def children_loader(
    context: Context, name: str, fetch: Fetch, parent: str
) -> DataLoader[str, list[Row]]:
    """The request's loader ``name``: rows of one kind per parent id, in ``fetch``'s order.

    Args:
        context: the request's context, which keeps the loader.
        name: names the relation (one loader per name and request).
        fetch: reads every row for the given parent ids in one query, in the order each
            parent's list should have.
        parent: the column of a row that holds its parent's id.
    """
    loader: DataLoader[str, list[Row]] | None = context.loaders.get(name)
    if loader is None:

        async def load(ids: list[str]) -> list[list[Row]]:
            found: dict[str, list[Row]] = {i: [] for i in ids}
            parents = [UUID(i) for i in dict.fromkeys(ids) if _is_uuid(i)]
            rows = await fetch(parents) if parents else []
            for row in rows:
                key = str(row[parent])
                if key in found:
                    found[key].append(row)
            return [found[i] for i in ids]

        loader = DataLoader(load_fn=load, cache=False)
        context.loaders[name] = loader
    return loader


def _is_uuid(text: str) -> bool:
    try:
        UUID(text)
    except ValueError:
        return False
    return True

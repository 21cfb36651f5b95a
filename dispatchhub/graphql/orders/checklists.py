"""``Order.completionChecklist`` (the service type's checklist) and ``Order.checklistAnswers``,
each loaded once per request for every order of a list."""

from __future__ import annotations

from typing import Any

from strawberry.dataloader import DataLoader

from dispatchhub.catalog.tables import ServiceType
from dispatchhub.graphql.context import Context
from dispatchhub.orders.tables import Order

__all__ = ["answers_for", "checklist_for"]


async def checklist_for(context: Context, service_code: str) -> dict[str, Any]:
    """The completion checklist of the service type with this code ({} for none)."""
    loader: DataLoader[str, dict[str, Any]] | None = context.loaders.get("completion_checklist")
    if loader is None:

        async def load(codes: list[str]) -> list[dict[str, Any]]:
            rows = await (
                ServiceType.select(ServiceType.code, ServiceType.completion_checklist)
                .where(ServiceType.code.is_in(list(codes)))
                .output(load_json=True)
            )
            found = {r["code"]: dict(r["completion_checklist"] or {}) for r in rows}
            return [found.get(code, {}) for code in codes]

        loader = context.loaders["completion_checklist"] = DataLoader(load_fn=load)
    return await loader.load(service_code)


async def answers_for(context: Context, order_id: str) -> dict[str, Any]:
    """The checklist answers kept on an order when it was completed ({} before)."""
    loader: DataLoader[str, dict[str, Any]] | None = context.loaders.get("checklist_answers")
    if loader is None:

        async def load(ids: list[str]) -> list[dict[str, Any]]:
            rows = await (
                Order.select(Order.id, Order.checklist)
                .where(Order.id.is_in(list(ids)))
                .output(load_json=True)
            )
            found = {str(r["id"]): dict(r["checklist"] or {}) for r in rows}
            return [found.get(i, {}) for i in ids]

        loader = context.loaders["checklist_answers"] = DataLoader(load_fn=load)
    return await loader.load(order_id)

"""Proof of work: photos before and after the job and the customer's signature, uploaded
by the assignee from the staff app and kept through the ``store_file`` hook.

An upload carries the app's idempotency key (its offline queue resends one whose answer
was lost): a resend is answered with the file the first one made and keeps nothing twice.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

import pluggy

from dispatchhub.errors import DomainError
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.idempotency import once
from dispatchhub.orders.statuses import ProofKind
from dispatchhub.orders.tables import Order, OrderFile

__all__ = [
    "IMAGE_TYPES",
    "UPLOAD_KINDS",
    "REPORT_TASK",
    "OrderParties",
    "add_proof",
    "file_for_download",
    "files_of",
    "order_parties",
    "sniff_image",
]

# The outbox task that makes the service report (registered in orders.service_report).
REPORT_TASK = "orders.service_report"
IMAGE_TYPES = {"image/jpeg": "jpg", "image/png": "png"}
UPLOAD_KINDS = frozenset({ProofKind.BEFORE, ProofKind.AFTER, ProofKind.SIGNATURE})


@dataclass(frozen=True)
class OrderParties:
    """Who an order belongs to, for the download and upload routes' rights."""

    order_id: UUID
    assignee: str | None
    customer: str


async def order_parties(order_id: UUID) -> OrderParties | None:
    """The order's assignee and customer, or None when there is no such order."""
    row = await (
        Order.select(Order.assignee, Order.booking.customer.as_alias("customer"))
        .where(Order.id == order_id)
        .first()
    )
    if row is None:
        return None
    assignee = str(row["assignee"]) if row["assignee"] else None
    return OrderParties(order_id, assignee, str(row["customer"]))


def sniff_image(data: bytes) -> str | None:
    """The media type the bytes really are (JPEG or PNG), whatever the client claimed."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


async def add_proof(
    plugins: pluggy.PluginManager,
    *,
    order_id: UUID,
    actor: UUID,
    kind: str,
    data: bytes,
    limit: int,
    taken_at: datetime | None = None,
    key: str | None = None,
) -> UUID:
    """Keep one photo or signature of ``order_id`` uploaded by its assignee ``actor``.

    Returns:
        The file's id (the first upload's, for a resend with the same ``key``).

    Raises:
        DomainError: ``NOT_FOUND``, ``NOT_ASSIGNEE``, ``PROOF_KIND`` (field ``kind``),
            ``FILE_MISSING``, ``FILE_TOO_LARGE`` or ``FILE_TYPE`` (field ``file``), and the
            idempotency key's refusals (field ``idempotency_key``).
    """
    if kind not in {k.value for k in UPLOAD_KINDS}:
        raise DomainError(OrdersErrorCode.PROOF_KIND, "kind")
    if not data:
        raise DomainError(OrdersErrorCode.FILE_MISSING, "file")
    if len(data) > limit:
        raise DomainError(OrdersErrorCode.FILE_TOO_LARGE, "file", limit=limit)
    media = sniff_image(data)
    if media is None:
        raise DomainError(OrdersErrorCode.FILE_TYPE, "file")
    parties = await order_parties(order_id)
    if parties is None:
        raise DomainError(OrdersErrorCode.NOT_FOUND, "id")
    if parties.assignee != str(actor):
        raise DomainError(OrdersErrorCode.NOT_ASSIGNEE, "id")

    async def run() -> str:
        file_id = uuid4()
        wanted = f"orders/{order_id}/{file_id}.{IMAGE_TYPES[media]}"
        stored = await asyncio.to_thread(
            lambda: plugins.hook.store_file(key=wanted, data=data, content_type=media)
        )
        await OrderFile.insert(
            OrderFile(
                id=file_id, order=order_id, kind=kind, storage_key=stored or wanted,
                content_type=media, size=len(data), uploaded_by=actor,
                taken_at=taken_at or datetime.now(UTC),
            )
        )  # fmt: skip
        return str(file_id)

    return UUID(await once(key, actor, "PROOF", order_id, run))


async def files_of(order_ids: list[UUID]) -> dict[str, list[dict[str, Any]]]:
    """Each order's files (photos, signature, report), oldest first, by order id."""
    found: dict[str, list[dict[str, Any]]] = {str(i): [] for i in order_ids}
    if not order_ids:
        return found
    rows = await (
        OrderFile.select(*OrderFile.all_columns())
        .where(OrderFile.order.is_in(order_ids))
        .order_by(OrderFile.created_at)
    )
    for row in rows:
        found[str(row["order"])].append(row)
    return found


async def file_for_download(file_id: UUID) -> dict[str, Any] | None:
    """A file's row (its order, kind, key and media type), or None."""
    return await OrderFile.select(*OrderFile.all_columns()).where(OrderFile.id == file_id).first()

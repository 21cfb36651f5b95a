"""``Order.photos``: the proof-of-work files of an order (photos, signature, report)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import strawberry

from dispatchhub.graphql.common.enums import api_enum
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.loaders import children_loader
from dispatchhub.orders.proof import files_of
from dispatchhub.orders.routes import FILES_PATH
from dispatchhub.orders.statuses import ProofKind

__all__ = ["ProofFile", "proof_files", "report_url"]

api_enum(
    ProofKind,
    name="ProofKind",
    description="What a proof-of-work file of an order is. 服务凭证类型。",
    values={
        "BEFORE": "A photo taken before the work. 服务前照片。",
        "AFTER": "A photo taken after the work. 服务后照片。",
        "SIGNATURE": "The customer's signature, drawn on the staff member's device. 客户签名。",
        "REPORT": "The service report PDF made when the order completed. 服务报告。",
    },
)


@strawberry.type(description="A photo, signature or report kept for an order.")
class ProofFile:
    id: strawberry.ID = strawberry.field(description="The file's id (a UUID).")
    kind: ProofKind = strawberry.field(description="What the file is.")
    url: str = strawberry.field(
        description="Where to download it (`GET` with the caller's bearer token); the "
        "order's customer, its assignee and dispatch roles may."
    )
    content_type: str = strawberry.field(description="Its media type (`image/jpeg`).")
    taken_at: datetime = strawberry.field(
        description="When the device took it (the upload time if the app did not say)."
    )


async def _fetch(order_ids: list[UUID]) -> list[dict[str, Any]]:
    found = await files_of(order_ids)
    return [row for rows in found.values() for row in rows]


async def proof_files(context: Context, order_id: str) -> list[ProofFile]:
    """The order's files, oldest first (one query per request for every order asked)."""
    loader = children_loader(context, "order.photos", _fetch, "order")
    return [
        ProofFile(
            id=strawberry.ID(str(row["id"])), kind=ProofKind(row["kind"]),
            url=FILES_PATH + str(row["id"]), content_type=row["content_type"],
            taken_at=row["taken_at"],
        )
        for row in await loader.load(order_id)
    ]  # fmt: skip


async def report_url(context: Context, order_id: str) -> str | None:
    """Where the order's latest service report downloads from; None before there is one."""
    reports = [f for f in await proof_files(context, order_id) if f.kind is ProofKind.REPORT]
    return reports[-1].url if reports else None

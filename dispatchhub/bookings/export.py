"""Exports of a filtered booking list to CSV or XLSX, written by a job, downloaded by link.

The job reads bookings a batch at a time and writes rows as it goes (openpyxl's write-only
mode for XLSX), so memory stays flat whatever the size; ``bench/bench_export.py`` measures
100,000 rows. The download link is signed and expires; only the export's owner gets one.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from itsdangerous import BadSignature, URLSafeTimedSerializer
from openpyxl import Workbook

from dispatchhub import db
from dispatchhub.bookings.errors import BookingsErrorCode
from dispatchhub.bookings.listing import BookingFilter, iterate_bookings
from dispatchhub.bookings.tables import BookingExport
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError
from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.service import enqueue
from dispatchhub.outbox.service import now as utcnow
from dispatchhub.spreadsheets import csv_writer, xlsx_row
from dispatchhub.users.tables import User

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = [
    "EXPORT_DIR",
    "FORMATS",
    "LINK_TTL_SECONDS",
    "ExportStatus",
    "download_path",
    "export_status",
    "request_export",
    "run_export",
    "write_export",
]

log = logging.getLogger(__name__)
EXPORT_DIR = Path("var/exports")
FORMATS = ("CSV", "XLSX")
LINK_TTL_SECONDS = 3600
HEADER = (
    "预约号 Number", "状态 Status", "服务 Service", "问题描述 Description",
    "预约开始 Start", "预约结束 End", "地址 Address", "区域 Region", "紧急程度 Urgency",
    "渠道 Channel", "价格(元) Price (CNY)", "客户 Customer", "客户电话 Phone", "创建时间 Created",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportStatus:
    """An export as its owner sees it; ``url`` is set once the file is ready, ``error`` says
    why it FAILED."""

    id: UUID
    status: str
    format: str
    rows: int
    url: str | None
    error: str | None = None


def _signer(settings: Settings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key, salt="booking-export")


async def request_export(owner_id: UUID, f: BookingFilter, fmt: str) -> UUID:
    """Record an export and queue the job that writes it."""
    async with db.write():
        row = BookingExport(owner=owner_id, format=fmt, filter=f.as_json())
        await row.save()
        await enqueue("bookings.export", {"export_id": str(row.id)})
    return UUID(str(row.id))


async def export_status(settings: Settings, export_id: UUID, owner_id: UUID) -> ExportStatus:
    """The owner's view of an export, with a fresh signed link when it is done."""
    row = (
        await BookingExport.select()
        .where((BookingExport.id == export_id) & (BookingExport.owner == owner_id))
        .first()
    )
    if row is None:
        raise DomainError(BookingsErrorCode.EXPORT_NOT_FOUND, "id")
    url = None
    if row["status"] == "DONE":
        url = f"/exports/{_signer(settings).dumps(str(export_id))}"
    error = (row["error"] or None) if row["status"] == "FAILED" else None
    return ExportStatus(export_id, row["status"], row["format"], row["rows"], url, error)


async def download_path(settings: Settings, token: str) -> tuple[Path, str] | None:
    """The file and its download name for a valid, unexpired link; None otherwise."""
    try:
        export_id = UUID(_signer(settings).loads(token, max_age=LINK_TTL_SECONDS))
    except (BadSignature, ValueError):
        return None
    row = await BookingExport.select().where(BookingExport.id == export_id).first()
    if row is None or row["status"] != "DONE" or not row["path"]:
        return None
    path = Path(row["path"])
    return (
        (path, f"bookings-{export_id.hex[:8]}.{row['format'].lower()}") if path.exists() else None
    )


async def run_export(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task: write the export's file, then mark it DONE (or FAILED with the reason)."""
    export_id = UUID(payload["export_id"])
    row = (
        await BookingExport.select()
        .where(BookingExport.id == export_id)
        .output(load_json=True)
        .first()
    )
    if row is None or row["status"] == "DONE":
        return
    await BookingExport.update({BookingExport.status: "RUNNING"}).where(
        BookingExport.id == export_id
    )
    path = (EXPORT_DIR / f"{export_id}.{row['format'].lower()}").resolve()
    try:
        EXPORT_DIR.mkdir(parents=True, exist_ok=True)
        rows = _rows(runtime.settings, BookingFilter.from_json(row["filter"]))
        count = await write_export(rows, path, row["format"])
    except Exception as exc:
        # Said once to its owner, not retried into a RUNNING that never ends.
        log.exception("booking export %s failed", export_id)
        reason = f"{type(exc).__name__}: {exc}"[:500]
        await BookingExport.update(
            {BookingExport.status: "FAILED", BookingExport.error: reason,
             BookingExport.finished_at: utcnow()}
        ).where(BookingExport.id == export_id)  # fmt: skip
        return
    await BookingExport.update(
        {BookingExport.status: "DONE", BookingExport.rows: count, BookingExport.path: str(path),
         BookingExport.finished_at: utcnow()}
    ).where(BookingExport.id == export_id)  # fmt: skip


async def write_export(rows: AsyncIterator[tuple[Any, ...]], path: Path, fmt: str) -> int:
    """Stream ``rows`` under :data:`HEADER` into ``path``; returns how many rows."""
    count = 0
    partial = path.with_suffix(path.suffix + ".part")
    if fmt == "CSV":
        with partial.open(
            "w", newline="", encoding="utf-8-sig"
        ) as handle:  # BOM: Excel reads UTF-8
            writer = csv_writer(handle)
            writer.writerow(HEADER)
            async for values in rows:
                writer.writerow(values)
                count += 1
    else:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("预约 Bookings")
        sheet.append(HEADER)
        async for values in rows:
            sheet.append(xlsx_row(sheet, values))
            count += 1
        book.save(partial)
    partial.replace(path)  # readers never see a half-written file
    return count


async def _rows(settings: Settings, f: BookingFilter) -> AsyncIterator[tuple[Any, ...]]:
    customers: dict[Any, tuple[str, str]] = {}
    async for booking in iterate_bookings(f):
        customer = booking["customer"]
        if customer not in customers:
            user = await User.select(User.name, User.phone).where(User.id == customer).first()
            customers[customer] = (user["name"], user["phone"] or "") if user else ("", "")
        snapshot = booking["service_snapshot"] or {}
        zone = settings.zone
        end = booking["scheduled_end"]
        price = booking["price_minor"]
        yield (
            booking["number"], booking["status"],
            f"{snapshot.get('name_zh', '')} {snapshot.get('name_en', '')}".strip(),
            booking["description"],
            booking["scheduled_start"].astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            end.astimezone(zone).strftime("%Y-%m-%d %H:%M") if end else "",
            booking["address"], booking["region"] or "", booking["urgency"], booking["channel"],
            f"{price / 100:.2f}" if price is not None else "",
            *customers[customer],
            booking["created_at"].astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        )  # fmt: skip


register_task("bookings.export", run_export)

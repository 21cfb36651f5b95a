"""The service report: a PDF made when an order is COMPLETED (outbox task :data:`TASK`),
in the customer's language (zh-CN or English), with the order number, service, address,
staff, times, checklist answers, photos, the customer's signature and the charges. Kept
through the ``store_file`` hook as an ``order_files`` row of kind REPORT; the customer is
told in their in-app inbox.

fpdf2 needs a font with Chinese glyphs: the first of :data:`CJK_FONTS` found under
``/usr/share/fonts`` (Debian's fonts-wqy-microhei / fonts-wqy-zenhei); without one the task
fails with :class:`NoCjkFont` naming the packages, and the outbox retries it later.
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

from fpdf import FPDF

from dispatchhub.notifications.service import notify
from dispatchhub.orders.proof import REPORT_TASK, files_of
from dispatchhub.orders.statuses import ProofKind
from dispatchhub.orders.tables import Order, OrderFile
from dispatchhub.outbox.handlers import register_task
from dispatchhub.payments.tables import Payment
from dispatchhub.runtime import Runtime
from dispatchhub.users.tables import User

__all__ = ["CJK_FONTS", "TASK", "NoCjkFont", "find_cjk_font", "render_report", "report_task"]

TASK = REPORT_TASK
FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
CJK_FONTS = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansCJK-Regular.ttc")

_LABELS = {
    "zh-CN": {
        "title": "服务报告", "order": "订单号", "service": "服务", "address": "地址",
        "staff": "服务人员", "scheduled": "预约时间", "started": "开始", "completed": "完成",
        "checklist": "完工检查", "photos": "照片", "signature": "客户签名",
        "charges": "费用", "quoted": "报价", "paid": "已付", "none": "无",
        "yes": "是", "no": "否",
    },
    "en": {
        "title": "Service report", "order": "Order", "service": "Service", "address": "Address",
        "staff": "Staff", "scheduled": "Scheduled", "started": "Started",
        "completed": "Completed", "checklist": "Checklist", "photos": "Photos",
        "signature": "Signature", "charges": "Charges", "quoted": "Quoted",
        "paid": "Paid", "none": "none", "yes": "yes", "no": "no",
    },
}  # fmt: skip


class NoCjkFont(RuntimeError):
    """No font with Chinese glyphs is installed."""


def find_cjk_font(dirs: tuple[Path, ...] = FONT_DIRS) -> Path:
    """The first installed CJK font of :data:`CJK_FONTS`.

    Raises:
        NoCjkFont: none is installed (install fonts-wqy-microhei: scripts/services.sh).
    """
    for name in CJK_FONTS:
        for root in dirs:
            if root.is_dir():
                for found in sorted(root.rglob(name)):
                    return found
    raise NoCjkFont(
        "No CJK font for the service report: install Debian's fonts-wqy-microhei (or "
        f"fonts-wqy-zenhei); looked for {', '.join(CJK_FONTS)} under "
        f"{', '.join(str(d) for d in dirs)}."
    )


def render_report(facts: dict[str, Any], images: list[tuple[str, bytes]], font: Path) -> bytes:
    """The PDF bytes for ``facts`` (see :func:`_facts`); ``images`` are (kind, bytes)."""
    labels = _LABELS["en" if facts["locale"].startswith("en") else "zh-CN"]
    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=str(font))
    pdf.set_font("cjk", size=11)
    pdf.add_page()
    pdf.set_font_size(18)
    pdf.cell(0, 12, labels["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(11)
    rows = [
        ("order", facts["number"]), ("service", facts["service"]),
        ("address", facts["address"]), ("staff", facts["staff"]),
        ("scheduled", facts["scheduled"]), ("started", facts["started"]),
        ("completed", facts["completed"]),
    ]  # fmt: skip
    for key, value in rows:
        pdf.multi_cell(
            0, 7, f"{labels[key]}: {value or labels['none']}", new_x="LMARGIN", new_y="NEXT"
        )
    pdf.ln(3)
    pdf.cell(0, 8, labels["checklist"], new_x="LMARGIN", new_y="NEXT")
    answers: dict[str, Any] = facts["checklist"]
    for item, answer in answers.items() or [(labels["none"], "")]:
        shown = labels["yes"] if answer is True else labels["no"] if answer is False else answer
        pdf.multi_cell(0, 7, f"  - {item}: {shown}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 8, labels["charges"], new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0, 7, f"  {labels['quoted']}: {facts['quoted']}    {labels['paid']}: {facts['paid']}",
        new_x="LMARGIN", new_y="NEXT",
    )  # fmt: skip
    photos = [data for kind, data in images if kind != ProofKind.SIGNATURE]
    signature = [data for kind, data in images if kind == ProofKind.SIGNATURE]
    pdf.ln(3)
    pdf.cell(0, 8, f"{labels['photos']} ({len(photos)})", new_x="LMARGIN", new_y="NEXT")
    for data in photos:
        if pdf.get_y() > 210:
            pdf.add_page()
        pdf.image(io.BytesIO(data), w=80)
        pdf.ln(2)
    if pdf.get_y() > 230:
        pdf.add_page()
    pdf.cell(0, 8, labels["signature"], new_x="LMARGIN", new_y="NEXT")
    for data in signature[-1:]:
        pdf.image(io.BytesIO(data), w=60)
    if not signature:
        pdf.cell(0, 7, labels["none"], new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _money(minor: int | None) -> str:
    return "-" if minor is None else f"¥{minor / 100:.2f}"


def _when(value: datetime | None, zone: ZoneInfo) -> str:
    return "" if value is None else f"{value.astimezone(zone):%Y-%m-%d %H:%M}"


async def _facts(order_id: UUID, zone: ZoneInfo) -> dict[str, Any] | None:
    row = await Order.select(
        Order.number, Order.status, Order.scheduled_start, Order.started_at, Order.completed_at,
        Order.checklist, Order.booking, Order.assignee.name.as_alias("staff"),
        Order.booking.address.as_alias("address"),
        Order.booking.price_minor.as_alias("quoted"),
        Order.booking.customer.as_alias("customer"),
        Order.service_type.name_zh.as_alias("name_zh"),
        Order.service_type.name_en.as_alias("name_en"),
    ).where(Order.id == order_id).output(load_json=True).first()  # fmt: skip
    if row is None:
        return None
    paid = await Payment.select(Payment.amount_minor).where(
        (Payment.booking == row["booking"]) & (Payment.status == "PAID")
    )
    person = await User.select(User.locale).where(User.id == row["customer"]).first()
    english = str(person["locale"] if person else "zh-CN").startswith("en")
    return {
        "number": row["number"], "status": row["status"],
        "service": row["name_en"] if english else row["name_zh"],
        "address": row["address"], "staff": row["staff"] or "",
        "scheduled": _when(row["scheduled_start"], zone),
        "started": _when(row["started_at"], zone),
        "completed": _when(row["completed_at"], zone),
        "checklist": row["checklist"] or {}, "quoted": _money(row["quoted"]),
        "paid": _money(sum(p["amount_minor"] for p in paid)) if paid else _money(None),
        "customer": row["customer"], "locale": "en" if english else "zh-CN",
    }  # fmt: skip


async def report_task(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task :data:`TASK` (``{"order_id": …}``): make, keep and announce the report
    of a COMPLETED order, once (a rerun finds the REPORT row and does nothing)."""
    order_id = UUID(payload["order_id"])
    kept = await OrderFile.exists().where(
        (OrderFile.order == order_id) & (OrderFile.kind == ProofKind.REPORT.value)
    )
    if kept:
        return
    facts = await _facts(order_id, runtime.settings.zone)
    if facts is None or facts["status"] != "COMPLETED":
        return
    font = await asyncio.to_thread(find_cjk_font)
    plugins = runtime.plugins
    images: list[tuple[str, bytes]] = []
    for row in (await files_of([order_id]))[str(order_id)]:
        data = await asyncio.to_thread(partial(plugins.hook.fetch_file, key=row["storage_key"]))
        if data is not None:
            images.append((row["kind"], data))
    pdf = await asyncio.to_thread(render_report, facts, images, font)
    file_id = uuid4()
    wanted = f"orders/{order_id}/report-{file_id}.pdf"
    stored = await asyncio.to_thread(
        lambda: plugins.hook.store_file(key=wanted, data=pdf, content_type="application/pdf")
    )
    await OrderFile.insert(
        OrderFile(
            id=file_id, order=order_id, kind=ProofKind.REPORT.value,
            storage_key=stored or wanted, content_type="application/pdf", size=len(pdf),
            uploaded_by=None, taken_at=datetime.now(UTC),
        )
    )  # fmt: skip
    await notify(
        channel="INAPP", target="", template="service_report_ready",
        params={"number": facts["number"]}, locale=facts["locale"],
        recipient_id=UUID(str(facts["customer"])),
    )  # fmt: skip


register_task(TASK, report_task)

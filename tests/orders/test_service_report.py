"""The service report: made by the outbox (the Celery worker on the PostgreSQL + Redis leg)
when an order completes, readable by its parties, in the customer's language, with the
order number, the photos and the signature; the customer is told."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from strawberry import relay

from dispatchhub.notifications.tables import Notification
from dispatchhub.orders.service_report import NoCjkFont, find_cjk_font, render_report
from dispatchhub.orders.tables import Order, OrderFile
from dispatchhub.users.tables import User
from tests.fixtures.app import GraphQLClient, wait_for_outbox
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn
from tests.orders.test_proof_uploads import png

FINISH = """
mutation ($id: ID!) {
  orderStatusUpdate(input: {id: $id, status: COMPLETED}) { order { status } errors { code } }
}
"""
REPORT = "query ($id: ID!) { order(id: $id) { number serviceReportUrl } }"


async def _as(gql: GraphQLClient, who: SignedIn, query: str, order: str) -> dict[str, object]:
    gql.headers.clear()
    gql.headers.update(who.headers)
    body = await gql.execute(query, {"id": order})
    assert "errors" not in body, body
    return body["data"]["order"] if "order" in body["data"] else body["data"]  # type: ignore[no-any-return]


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _image_count(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_completing_makes_the_report_with_photos_and_signature(
    client: httpx.AsyncClient,
    gql: GraphQLClient,
    make_user: MakeUser,
    orders_world: OrdersWorld,
    language: str,
) -> None:
    # given a job under way with two photos and the customer's signature uploaded
    staff = await orders_world.signed_in_staff(make_user)
    customer = await make_user("customer")
    await User.update({User.locale: language}).where(User.id == customer.id)
    order_id = await orders_world.open_order(customer=customer.id)
    await orders_world.set_status(order_id, "IN_PROGRESS", staff.id)
    for kind, image in (("BEFORE", png(4, 3)), ("AFTER", png(3, 4)), ("SIGNATURE", png(8, 2))):
        sent = await client.post(
            f"/api/orders/{order_id}/photos", data={"kind": kind},
            files={"file": ("x.png", io.BytesIO(image), "image/png")}, headers=staff.headers,
        )  # fmt: skip
        assert sent.status_code == 201, sent.text
    order = str(relay.GlobalID("Order", str(order_id)))
    assert (await _as(gql, customer, REPORT, order))["serviceReportUrl"] is None

    # when the assignee completes it
    done = await _as(gql, staff, FINISH, order)
    assert done["orderStatusUpdate"] == {"order": {"status": "COMPLETED"}, "errors": []}  # type: ignore[index]
    rows = await wait_for_outbox(timeout=60)

    # then the outbox made one report, which the customer and the assignee download
    assert [r["status"] for r in rows if r["task"] == "orders.service_report"] == ["DONE"]
    assert await OrderFile.count().where(OrderFile.kind == "REPORT") == 1
    read = await _as(gql, customer, REPORT, order)
    number = await Order.select(Order.number).where(Order.id == order_id).first()
    assert number is not None and read["number"] == number["number"]
    url = read["serviceReportUrl"]
    assert isinstance(url, str)
    for who in (customer, staff):
        got = await client.get(url, headers=who.headers)
        assert got.status_code == 200
        assert got.headers["content-type"] == "application/pdf"
    text = _text(got.content)
    assert number["number"] in text
    assert ("签名" if language == "zh-CN" else "Signature") in text
    assert ("照片 (2)" if language == "zh-CN" else "Photos (2)") in text
    assert _image_count(got.content) == 3
    # and the customer is told in their inbox
    told = await Notification.select(Notification.template).where(
        Notification.recipient == customer.id
    )
    assert {"template": "service_report_ready"} in told


def test_a_missing_cjk_font_fails_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(NoCjkFont, match="fonts-wqy-microhei"):
        find_cjk_font((tmp_path,))


def test_the_report_renders_chinese_text() -> None:
    facts = {
        "number": "D20261208-ABC123", "service": "空调维修", "address": "上海市徐汇区",
        "staff": "王师傅", "scheduled": "2026-12-08 10:00", "started": "", "completed": "",
        "checklist": {"water_off": True}, "quoted": "¥120.00", "paid": "-", "locale": "zh-CN",
    }  # fmt: skip

    text = _text(render_report(facts, [], find_cjk_font()))

    assert "空调维修" in text and "D20261208-ABC123" in text and "water_off: 是" in text

"""Paying for a booking through Alipay, the signed notification, refunds: end to end.

A customer asks for a payment over GraphQL; the plugin opens a QR trade at the fake gateway,
which checks our RSA2 signature; the "buyer" pays and the gateway POSTs its signed
notification to our served route, which the plugin verifies before anything changes.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any
from uuid import UUID

import httpx
import pytest
from dispatchhub_payment.fake_gateway import FakeAlipay, generate_key

from dispatchhub import hookimpl
from dispatchhub.bookings import lifecycle
from dispatchhub.bookings.tables import Booking
from dispatchhub.catalog.policy import Fault
from dispatchhub.config import Settings
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.payments import service
from dispatchhub.payments.tables import CancellationCharge, Payment, PaymentNotification, Refund
from dispatchhub.plugins.payment_messages import PaymentNotice
from dispatchhub.runtime import Runtime
from tests.fixtures.app import wait_for_outbox
from tests.fixtures.bookings import Catalog, next_morning
from tests.fixtures.payments import PAY, Shop, confirmed_booking
from tests.fixtures.users import MakeUser, SignedIn

REFUND = """
mutation Refund($input: PaymentRefundInput!) {
  paymentRefund(input: $input) {
    refund { id number amountMinor status reason }
    errors { field code message }
  }
}
"""
BOOKING = """
query Booking($id: ID!) {
  booking(id: $id) {
    charges { id amountMinor status }
    payments { number status amountMinor paidAt refunds { amountMinor status } }
  }
}
"""
PROVIDERS = "{ paymentProviders { code name } }"


def gid(type_name: str, value: UUID) -> str:
    from strawberry import relay

    return str(relay.GlobalID(type_name, str(value)))


async def pay(shop: Shop, who: SignedIn, booking: UUID, **changes: Any) -> dict[str, Any]:
    values = {"bookingId": gid("Booking", booking), "provider": "alipay", **changes}
    body = await shop.graphql(PAY, {"input": values}, who.token)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["paymentCreate"]
    return payload


async def paid_booking(
    shop: Shop, database: Settings, catalog: Catalog, customer: SignedIn
) -> tuple[UUID, dict[str, Any]]:
    booking = await confirmed_booking(database, catalog, customer.id)
    payment = (await pay(shop, customer, booking))["payment"]
    status, answer = await asyncio.to_thread(shop.alipay.pay, payment["number"])
    assert (status, answer) == (200, "success")
    return booking, payment


async def test_hook_create_payment_opens_a_qr_trade_for_what_the_booking_owes(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    booking = await confirmed_booking(database, catalog, customer.id)

    payload = await pay(shop, customer, booking)

    assert payload["errors"] == []
    payment = payload["payment"]
    assert (payment["status"], payment["amountMinor"], payment["currency"]) == (
        "CREATED",
        20000,
        "CNY",
    )
    assert payment["qrCode"].startswith("https://qr.alipay.com/")
    trade = shop.alipay.trades[payment["number"]]
    assert trade.total_fen == 20000
    assert trade.notify_url == f"{shop.url}/payments/alipay/notify"
    # asking again while it is open shows the same code, and opens no second trade
    again = await pay(shop, customer, booking)
    assert again["payment"]["number"] == payment["number"]
    assert len(shop.alipay.trades) == 1 and await Payment.count() == 1


async def test_hook_verify_payment_notification_marks_the_payment_paid_once(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer = await make_user("customer")

    booking, payment = await paid_booking(shop, database, catalog, customer)
    # Alipay repeats a notification until it reads "success"; the second one changes nothing
    assert await asyncio.to_thread(shop.alipay.deliver, payment["number"]) == (200, "success")

    trade = shop.alipay.trades[payment["number"]]
    [row] = await Payment.select()
    assert (row["status"], row["provider_ref"]) == ("PAID", trade.trade_no)
    assert row["paid_at"] is not None
    assert [n["outcome"] for n in await PaymentNotification.select()] == ["APPLIED"]
    [notice] = await (
        Notification.select()
        .where(Notification.template == "payment_received")
        .output(load_json=True)
    )
    assert notice["recipient"] == customer.id
    assert notice["params"]["amount"] == "¥200.00"
    assert notice["params"]["provider"] == "支付宝"
    body = await shop.graphql(BOOKING, {"id": gid("Booking", booking)}, customer.token)
    assert body["data"]["booking"]["payments"][0]["status"] == "PAID"
    # nothing is due any more
    again = await pay(shop, customer, booking)
    assert [(e["field"], e["code"]) for e in again["errors"]] == [("purpose", "NOTHING_DUE")]


async def test_twin_notifications_delivered_at_once_apply_once(
    runtime: Runtime, shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    booking = await confirmed_booking(database, catalog, customer.id)
    payment = (await pay(shop, customer, booking))["payment"]
    notice = PaymentNotice(
        provider="alipay", notification_id="n-twin", number=payment["number"],
        provider_ref="2026000000000000000000000001", amount_minor=20000, status="PAID",
        paid_at=None, ack="success",
    )  # fmt: skip

    outcomes = await asyncio.gather(*(service.apply_notice(runtime, notice) for _ in range(10)))

    assert sorted(outcomes) == ["APPLIED"] + ["DUPLICATE"] * 9
    assert await PaymentNotification.count() == 1
    assert await Notification.count().where(Notification.template == "payment_received") == 1


async def test_a_forged_notification_is_refused_and_changes_nothing(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    booking = await confirmed_booking(database, catalog, customer.id)
    payment = (await pay(shop, customer, booking))["payment"]
    trade = shop.alipay.trades[payment["number"]]
    trade.status = "TRADE_SUCCESS"
    forger = FakeAlipay(apps={}, key=generate_key(), trades={trade.out_trade_no: trade})

    status, _ = await asyncio.to_thread(forger.deliver, trade.out_trade_no,
                                        forger.notification(trade))  # fmt: skip

    assert status == 400
    assert (await Payment.select(Payment.status).first()) == {"status": "CREATED"}
    assert await PaymentNotification.count() == 0


async def test_an_authentic_notice_for_another_amount_is_kept_but_not_applied(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    booking = await confirmed_booking(database, catalog, customer.id)
    payment = (await pay(shop, customer, booking))["payment"]
    trade = shop.alipay.trades[payment["number"]]
    trade.status = "TRADE_SUCCESS"
    odd = shop.alipay.notification(trade, total_amount="0.01")

    status, _ = await asyncio.to_thread(shop.alipay.deliver, trade.out_trade_no, odd)

    assert status == 200  # acknowledged, so Alipay stops repeating it; an admin sees it
    assert (await Payment.select(Payment.status).first()) == {"status": "CREATED"}
    [kept] = await PaymentNotification.select().output(load_json=True)
    assert (kept["outcome"], kept["detail"]["why"]) == ("REFUSED", "amount differs")


async def test_an_unknown_provider_and_an_oversized_body_are_turned_away(shop: Shop) -> None:
    async with httpx.AsyncClient(base_url=shop.url) as http:
        unknown = await http.post("/payments/paypal/notify", content=b"a=1")
        huge = await http.post("/payments/alipay/notify", content=b"a" * 70_000)

    assert (unknown.status_code, huge.status_code) == (404, 413)


async def test_paying_the_cancellation_fee_settles_it(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    booking = await confirmed_booking(database, catalog, customer.id)
    start = (await Booking.select(Booking.scheduled_start).first())["scheduled_start"]  # type: ignore[index]
    await lifecycle.cancel(database, booking, reason="临时有事", actor_id=customer.id,
                           fault=Fault.CUSTOMER, now=start - timedelta(hours=1))  # fmt: skip

    payment = (await pay(shop, customer, booking, purpose="CANCELLATION"))["payment"]
    assert (payment["purpose"], payment["amountMinor"]) == ("CANCELLATION", 10000)  # 50 %
    assert (await asyncio.to_thread(shop.alipay.pay, payment["number"]))[0] == 200

    [charge] = await CancellationCharge.select(CancellationCharge.status)
    assert charge["status"] == "SETTLED"
    # the service itself is no longer payable
    service_payment = await pay(shop, customer, booking)
    assert [(e["field"], e["code"]) for e in service_payment["errors"]] == [
        ("purpose", "NOT_PAYABLE")
    ]


async def test_a_provider_outage_loses_nothing_and_the_retry_reuses_the_number(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    booking = await confirmed_booking(database, catalog, customer.id)
    shop.alipay.down = True

    refused = await pay(shop, customer, booking)

    assert [(e["field"], e["code"]) for e in refused["errors"]] == [
        ("provider", "PROVIDER_UNAVAILABLE")
    ]
    [kept] = await Payment.select()
    shop.alipay.down = False
    retried = await pay(shop, customer, booking)
    assert retried["payment"]["number"] == kept["number"]
    assert retried["payment"]["qrCode"]


async def test_bad_input_is_refused_at_its_field(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer, other = await make_user("customer"), await make_user("customer")
    booking = await confirmed_booking(database, catalog, customer.id)

    cases = {
        "provider": await pay(shop, customer, booking, provider="paypal"),
        "someone else's booking": await pay(shop, other, booking),
        "not a booking id": await pay(shop, customer, booking, bookingId="nonsense"),
        "no fee to pay": await pay(shop, customer, booking, purpose="CANCELLATION"),
    }

    assert {name: [(e["field"], e["code"]) for e in p["errors"]] for name, p in cases.items()} == {
        "provider": [("provider", "UNKNOWN_PROVIDER")],
        "someone else's booking": [("bookingId", "BOOKING_NOT_FOUND")],
        "not a booking id": [("bookingId", "BOOKING_NOT_FOUND")],
        "no fee to pay": [("purpose", "NOTHING_DUE")],
    }
    assert await Payment.count() == 0 and shop.alipay.trades == {}


async def test_hook_register_payment_providers_lists_alipay_only_when_configured(
    shop: Shop, make_user: MakeUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer = await make_user("customer")

    configured = await shop.graphql(PROVIDERS, {}, customer.token)
    monkeypatch.delenv("DISPATCHHUB_PAYMENT_ALIPAY_APP_ID")
    unconfigured = await shop.graphql(PROVIDERS, {}, customer.token)

    assert configured["data"]["paymentProviders"] == [{"code": "alipay", "name": "支付宝"}]
    assert unconfigured["data"]["paymentProviders"] == []


async def test_hook_refund_payment_returns_money_through_the_outbox(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer, admin = await make_user("customer"), await make_user("admin")
    booking, payment = await paid_booking(shop, database, catalog, customer)
    [row] = await Payment.select(Payment.id)
    payment_id = gid("Payment", row["id"])

    refused = [
        await shop.graphql(REFUND, {"input": values}, admin.token)
        for values in (
            {"paymentId": payment_id, "reason": " ", "amountMinor": 0},
            {"paymentId": payment_id, "reason": "多收", "amountMinor": 20001},
            {"paymentId": gid("Payment", booking), "reason": "多收"},
        )
    ]
    payload = await shop.graphql(
        REFUND, {"input": {"paymentId": payment_id, "reason": "少用一个配件", "amountMinor": 5000}},
        admin.token,
    )  # fmt: skip
    await wait_for_outbox()

    assert [[(e["field"], e["code"]) for e in r["data"]["paymentRefund"]["errors"]]
            for r in refused] == [
        [("reason", "REASON_REQUIRED"), ("amountMinor", "AMOUNT_INVALID")],
        [("amountMinor", "AMOUNT_TOO_HIGH")],
        [("paymentId", "PAYMENT_NOT_FOUND")],
    ]  # fmt: skip
    refund = payload["data"]["paymentRefund"]["refund"]
    assert (refund["status"], refund["amountMinor"]) == ("REQUESTED", 5000)
    assert shop.alipay.trades[payment["number"]].refunds == {refund["number"]: 5000}
    [done] = await Refund.select()
    assert done["status"] == "DONE" and done["done_at"] is not None
    assert await Notification.count().where(Notification.template == "refund_done") == 1


async def test_a_refund_waits_out_a_provider_outage(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer, admin = await make_user("customer"), await make_user("admin")
    _, payment = await paid_booking(shop, database, catalog, customer)
    [row] = await Payment.select(Payment.id)
    shop.alipay.down = True

    await shop.graphql(REFUND, {"input": {"paymentId": gid("Payment", row["id"]),
                                          "reason": "服务取消"}}, admin.token)  # fmt: skip
    for _ in range(100):  # the first attempt fails and is put back with a back-off
        [task] = await OutboxMessage.select().where(OutboxMessage.task == service.REFUND_TASK)
        if task["attempts"] >= 1 and task["status"] == "PENDING":
            break
        await asyncio.sleep(0.05)
    assert task["status"] == "PENDING" and "503" in task["last_error"]
    assert (await Refund.select(Refund.status).first()) == {"status": "REQUESTED"}

    shop.alipay.down = False
    await OutboxMessage.update({OutboxMessage.available_at: OutboxMessage.created_at}).where(
        OutboxMessage.status == "PENDING"
    )  # retry now instead of after the back-off
    await wait_for_outbox()

    assert (await Refund.select(Refund.status).first()) == {"status": "DONE"}
    assert shop.alipay.trades[payment["number"]].refunds == {
        (await Refund.select(Refund.number).first())["number"]: 20000  # type: ignore[index]
    }


async def test_a_compensation_is_paid_back_by_refund_and_settled(
    shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    customer, admin = await make_user("customer"), await make_user("admin")
    booking, _ = await paid_booking(shop, database, catalog, customer)
    await lifecycle.cancel(
        database, booking, reason="师傅生病", actor_id=admin.id, fault=Fault.STAFF,
        now=next_morning(days=3) - timedelta(hours=1),
    )  # fmt: skip
    charges = (await shop.graphql(BOOKING, {"id": gid("Booking", booking)}, admin.token))[
        "data"]["booking"]["charges"]  # fmt: skip
    [compensation] = [c for c in charges if c["amountMinor"] < 0]
    [row] = await Payment.select(Payment.id)

    payload = await shop.graphql(REFUND, {"input": {
        "paymentId": gid("Payment", row["id"]), "chargeId": compensation["id"],
        "reason": "师傅未能上门的补偿"}}, admin.token)  # fmt: skip
    await wait_for_outbox()

    assert payload["data"]["paymentRefund"]["refund"]["amountMinor"] == 2000
    statuses = await CancellationCharge.select(CancellationCharge.amount_minor,
                                               CancellationCharge.status)  # fmt: skip
    assert {(c["amount_minor"], c["status"]) for c in statuses} == {(-2000, "SETTLED")}


class Ledger:
    """An ERP plugin's listener."""

    seen: list[tuple[str, int]] = []

    @hookimpl
    def payment_settled(self, kind: str, amount_minor: int, **_: object) -> None:
        Ledger.seen.append((kind, amount_minor))


async def test_hook_payment_settled_tells_plugins_of_money_in_and_out(
    runtime: Runtime, shop: Shop, database: Settings, catalog: Catalog, make_user: MakeUser
) -> None:
    runtime.plugins.register(Ledger(), name="ledger")
    Ledger.seen = []
    customer, admin = await make_user("customer"), await make_user("admin")
    await paid_booking(shop, database, catalog, customer)
    [row] = await Payment.select(Payment.id)

    await shop.graphql(REFUND, {"input": {"paymentId": gid("Payment", row["id"]),
                                          "reason": "重复付款", "amountMinor": 700}},
                       admin.token)  # fmt: skip
    await wait_for_outbox()

    assert Ledger.seen == [("PAID", 20000), ("REFUNDED", -700)]

"""The generated Python client (clients/python) drives the demo over a real server socket."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing
from datetime import datetime, time, timedelta

import httpx
import pytest
from dispatchhub_client import (
    BookingCreateInput,
    BookingFilterInput,
    DispatchhubClient,
    GeoPointInput,
    OrderFilterInput,
    ReportExportInput,
    ServiceTypeCreateInput,
    ServiceTypeUpdateInput,
    UserFilterInput,
)
from dispatchhub_client.enums import (
    BookingChannel,
    BookingStatus,
    ExportFormat,
    OrderLiveEventKind,
    OrderStatus,
    ReportFormat,
    ReportName,
    ReportPeriod,
)
from dispatchhub_client.exceptions import GraphQLClientGraphQLMultiError
from dispatchhub_client.follow_orders import FollowOrders

from dispatchhub.config import Settings
from dispatchhub.demo import DEMO_PASSWORD, DemoSummary, load_demo_data
from dispatchhub.demo.summary import (
    ADMIN_EMAIL,
    DISPATCHER_PHONES,
    EXAMPLE_CUSTOMER_PHONE,
    EXAMPLE_STAFF_PHONE,
)
from tests.fixtures.app import wait_for_outbox

GRAB = """
mutation Grab($id: ID!) { orderGrab(input: {id: $id}) { order { status } errors { code } } }
"""


@pytest.fixture
async def demo(database: Settings) -> DemoSummary:
    return await load_demo_data()


@pytest.fixture
async def integrator(demo: DemoSummary, ws_url: str) -> AsyncIterator[DispatchhubClient]:
    """The client as an integration signs in: a dispatcher account's tokens."""
    http_url = ws_url.replace("ws://", "http://") + "/graphql"
    async with DispatchhubClient(url=http_url) as anonymous:
        session = await anonymous.sign_in(DISPATCHER_PHONES[0], DEMO_PASSWORD)
    assert session.token_create.errors == []
    token = session.token_create.access_token
    assert token
    client = DispatchhubClient(
        url=http_url,
        headers={"Authorization": f"Bearer {token}", "Accept-Language": "en"},
        ws_url=f"{ws_url}/graphql",
        ws_connection_init_payload={"Authorization": f"Bearer {token}"},
    )
    async with client:
        yield client


async def staff_grabs(http_url: str, order_id: str) -> str:
    """What the staff app does (outside the integrator's operations): sign in and grab."""
    async with DispatchhubClient(url=http_url) as anonymous:
        session = await anonymous.sign_in(EXAMPLE_STAFF_PHONE, DEMO_PASSWORD)
    token = session.token_create.access_token
    async with httpx.AsyncClient() as http:
        answer = await http.post(
            http_url, json={"query": GRAB, "variables": {"id": order_id}},
            headers={"Authorization": f"Bearer {token}"},
        )  # fmt: skip
    grabbed = answer.json()["data"]["orderGrab"]
    assert grabbed["errors"] == [], grabbed
    status: str = grabbed["order"]["status"]
    return status


async def test_an_integration_books_follows_exports_and_reads_reports(
    integrator: DispatchhubClient, ws_url: str, database: Settings
) -> None:
    http_url = ws_url.replace("ws://", "http://") + "/graphql"
    # given: the catalog and the customer on the phone
    types = {t.code: t for t in (await integrator.service_types()).service_types}
    plumbing = types["plumbing"]
    assert "location" in plumbing.form_schema["required"]
    found = await integrator.find_users(filter_=UserFilterInput(search=EXAMPLE_CUSTOMER_PHONE))
    (customer,) = [edge.node for edge in found.users.edges]

    # when: the integration books for them
    tomorrow = datetime.now(database.zone).date() + timedelta(days=1)
    start = datetime.combine(tomorrow, time(10), tzinfo=database.zone)
    booked = await integrator.book_for_customer(
        BookingCreateInput(
            customerId=customer.id,
            channel=BookingChannel.PHONE,
            serviceTypeId=plumbing.id,
            description="Kitchen sink blocked; the customer called the hotline.",
            scheduledStart=start,
            scheduledEnd=start + timedelta(hours=2),
            address="上海市黄浦区南京东路 300 号 1502 室",
            location=GeoPointInput(lat=31.2389, lon=121.4812),
            formData={"location": "kitchen_sink"},
            idempotencyKey="crm-call-20261208-0001",
        )
    )
    # then: it is confirmed, typed, for that customer
    assert booked.booking_create.errors == []
    booking = booked.booking_create.booking
    assert booking is not None
    assert booking.status is BookingStatus.CONFIRMED
    assert booking.customer_id == customer.id
    assert booking.scheduled_start == start

    # its order, dispatched (to the pool) once the outbox ran, is found by bookingId; an
    # integrator follows it live
    await wait_for_outbox()
    orders = await integrator.orders(
        first=100, filter_=OrderFilterInput(status=[OrderStatus.OPEN], region="huangpu")
    )
    (order,) = [e.node for e in orders.orders.edges if e.node.booking_id == booking.id]
    async with aclosing(integrator.follow_orders(order_id=order.id)) as events:
        snapshot = await asyncio.wait_for(anext(events), 10)
        assert isinstance(snapshot, FollowOrders)
        assert snapshot.order_events.kind is OrderLiveEventKind.SNAPSHOT
        assert (snapshot.order_events.order_id, snapshot.order_events.status) == (
            order.id, "OPEN",
        )  # fmt: skip
        assert await staff_grabs(http_url, order.id) == "ASSIGNED"
        changed = await asyncio.wait_for(anext(events), 10)
        assert changed.order_events.kind is OrderLiveEventKind.CHANGED
        assert (changed.order_events.from_status, changed.order_events.status) == (
            "OPEN", "ASSIGNED",
        )  # fmt: skip
    read = await integrator.order(order.id)
    assert read.order is not None and read.order.status.value == "ASSIGNED"
    assert [h.to_status for h in read.order.history][-1] == "ASSIGNED"

    # lists page with cursors
    first_page = await integrator.bookings(first=2)
    assert len(first_page.bookings.edges) == 2 and first_page.bookings.page_info.has_next_page
    second_page = await integrator.bookings(first=2, after=first_page.bookings.page_info.end_cursor)
    assert {e.node.id for e in first_page.bookings.edges}.isdisjoint(
        e.node.id for e in second_page.bookings.edges
    )
    mine = await integrator.bookings(first=100, filter_=BookingFilterInput(customerId=customer.id))
    assert booking.id in {e.node.id for e in mine.bookings.edges}

    # exports: a job to poll, then a file
    started = await integrator.export_bookings(
        ExportFormat.CSV, filter_=BookingFilterInput(customerId=customer.id)
    )
    assert started.bookings_export.errors == [] and started.bookings_export.export is not None
    export_id = started.bookings_export.export.id
    for _ in range(200):
        polled = (await integrator.booking_export(export_id)).booking_export
        assert polled is not None
        if polled.status == "DONE":
            break
        await asyncio.sleep(0.05)
    assert polled.status == "DONE" and polled.url and polled.rows == len(mine.bookings.edges)
    async with httpx.AsyncClient(base_url=http_url.removesuffix("/graphql")) as http:
        csv = await http.get(polled.url, headers=integrator.headers)
    assert csv.status_code == 200 and booking.number in csv.text

    # reports, as data and as a file
    today = datetime.now(database.zone).date()
    stats = await integrator.task_stats(ReportPeriod.MONTH, today - timedelta(days=30), today)
    assert stats.task_stats.errors == [] and stats.task_stats.report is not None
    assert sum(b.total for b in stats.task_stats.report.buckets) > 0
    ranking = await integrator.staff_ranking(today - timedelta(days=30), today)
    assert ranking.staff_ranking.report and ranking.staff_ranking.report[0].rank == 1
    trend = await integrator.satisfaction_trend(
        ReportPeriod.WEEK, today - timedelta(days=30), today
    )
    assert trend.satisfaction_trend.errors == []
    backwards = await integrator.task_stats(ReportPeriod.DAY, today, today - timedelta(days=1))
    assert [e.code for e in backwards.task_stats.errors] == ["RANGE_BACKWARDS"]
    link = await integrator.export_report(
        ReportExportInput(
            report=ReportName.TASK_STATS, format=ReportFormat.CSV,
            from_=today - timedelta(days=30), to=today, period=ReportPeriod.WEEK,
        )
    )  # fmt: skip
    assert link.report_export.url is not None
    async with httpx.AsyncClient(base_url=http_url.removesuffix("/graphql")) as http:
        report = await http.get(link.report_export.url)
    assert report.status_code == 200 and report.content.startswith(b"\xef\xbb\xbf")


async def test_an_admin_integration_manages_service_types(demo: DemoSummary, ws_url: str) -> None:
    http_url = ws_url.replace("ws://", "http://") + "/graphql"
    async with DispatchhubClient(url=http_url) as anonymous:
        admin = await anonymous.sign_in(ADMIN_EMAIL, DEMO_PASSWORD)
        dispatcher = await anonymous.sign_in(DISPATCHER_PHONES[0], DEMO_PASSWORD)
    headers = {"Authorization": f"Bearer {admin.token_create.access_token}"}
    async with DispatchhubClient(url=http_url, headers=headers) as client:
        created = await client.create_service_type(
            ServiceTypeCreateInput(
                code="window_cleaning", nameZh="擦窗", nameEn="Window cleaning",
                priceMinor=12000, serviceHours={"start": "08:00", "end": "18:00"},
                formSchema={"type": "object", "required": ["windows"],
                            "properties": {"windows": {"type": "integer", "minimum": 1}}},
            )
        )  # fmt: skip
        assert created.service_type_create.errors == []
        made = created.service_type_create.service_type
        assert made is not None and made.revision == 1
        updated = await client.update_service_type(
            ServiceTypeUpdateInput(id=made.id, priceMinor=15000, active=False)
        )
        changed = updated.service_type_update
        assert changed.errors == [] and changed.service_type is not None
        assert (changed.service_type.price_minor, changed.service_type.revision) == (15000, 2)
        everything = await client.service_types(include_inactive=True)
        assert "window_cleaning" in {t.code for t in everything.service_types}
        active = await client.service_types()
        assert "window_cleaning" not in {t.code for t in active.service_types}
    # a dispatcher may not: a top-level FORBIDDEN, raised by the client
    headers = {"Authorization": f"Bearer {dispatcher.token_create.access_token}"}
    async with DispatchhubClient(url=http_url, headers=headers) as client:
        with pytest.raises(GraphQLClientGraphQLMultiError) as refused:
            await client.create_service_type(
                ServiceTypeCreateInput(code="gutter", nameZh="清理天沟", nameEn="Gutters")
            )
    assert refused.value.errors[0].extensions == {"code": "FORBIDDEN"}

"""The load run's requests: the GraphQL documents the clients send, and for each scenario
the requests to the app and the matching ones to the bare limit (:mod:`bench.load.bare`)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from bench.load.drive import Figures
from bench.load.world import POINT, World, next_morning

CREATE = """mutation Create($input: BookingCreateInput!) {
  bookingCreate(input: $input) { booking { id number status } errors { field code } } }"""
GRAB = """mutation Grab($input: OrderIdInput!) {
  orderGrab(input: $input) { order { id status } errors { code } } }"""
BOARD = """query Board($first: Int!) { orders(first: $first) { edges { node {
  id number status urgency serviceCode scheduledStart assigneeId customerName address
  history { fromStatus toStatus reason actorId at }
  decision { kind outcome chosenId createdAt candidates { staffId eligible score } }
} } pageInfo { hasNextPage endCursor } } }"""
MY_BOOKINGS = """query Mine($first: Int!) { bookings(first: $first) { edges { node {
  id number status serviceName scheduledStart address priceMinor createdAt
  history { kind fromStatus toStatus at }
  charges { id amountMinor fault status }
  payments { id number status amountMinor paidAt refunds { id amountMinor status } }
} } pageInfo { hasNextPage endCursor } } }"""
OFFERS = """query Offers($first: Int!) { orders(first: $first, filter: {mine: true}) {
  edges { node { id number status scheduledStart customerName customerPhone address
  description history { fromStatus toStatus at } } } pageInfo { hasNextPage } } }"""
POOL = """query Pool($first: Int!) { orders(first: $first, filter: {grabbable: true}) {
  edges { node { id number status urgency scheduledStart region location { lat lon }
  history { fromStatus toStatus at } } } pageInfo { hasNextPage } } }"""


@dataclass
class Run:
    """Everything a process count's run needs to check afterwards."""

    processes: int
    started: datetime
    booking_keys: list[str] = field(default_factory=list)
    grab_orders: list[UUID] = field(default_factory=list)
    hot_orders: list[UUID] = field(default_factory=list)
    results: dict[str, tuple[Figures, Figures]] = field(default_factory=dict)


def global_id(kind: str, value: UUID) -> str:
    return base64.b64encode(f"{kind}:{value}".encode()).decode()


def body(query: str, variables: dict[str, Any]) -> str:
    return json.dumps({"query": query, "variables": variables}, ensure_ascii=False)


def write_lines(rows: list[tuple[str, str, str]], path: Path) -> Path:
    path.write_text("".join(f"{p}\t{a}\t{b}\n" for p, a, b in rows), encoding="utf-8")
    return path


def booking_requests(world: World, count: int, run: Run) -> tuple[list[Any], list[Any]]:
    app, limit = [], []
    start = next_morning(2).isoformat()
    for n in range(count):
        customer = world.customers[n % len(world.customers)]
        key = uuid4().hex
        run.booking_keys.append(f"{customer.id}:{key}")  # as the service stores it
        values = {
            "serviceTypeId": str(world.service_type),
            "description": "客厅空调不制冷,开机后有异响 / AC not cooling, rattles",
            "scheduledStart": start, "address": "上海市徐汇区漕溪北路 88 号 1201 室",
            "location": {"lat": POINT[0], "lon": POINT[1]}, "urgency": "URGENT",
            "formData": {}, "idempotencyKey": key,
        }  # fmt: skip
        app.append(("/graphql", f"Bearer {customer.token}", body(CREATE, {"input": values})))
        limited = {**values, "customerId": str(customer.id)}
        limit.append(("/booking", "", body(CREATE, {"input": limited})))
    return app, limit


def grab_requests(
    world: World, orders: list[UUID], *, every_staff: bool
) -> tuple[list[Any], list[Any]]:
    app, limit = [], []
    pairs = (
        [(o, s) for o in orders for s in world.staff]
        if every_staff
        else [(o, world.staff[n % len(world.staff)]) for n, o in enumerate(orders)]
    )
    for order, staff in pairs:
        variables = {"input": {"id": global_id("Order", order)}}
        app.append(("/graphql", f"Bearer {staff.token}", body(GRAB, variables)))
        bare_variables = {"input": {"id": str(order)}, "staffId": str(staff.id)}
        limit.append(("/grab", "", body(GRAB, bare_variables)))
    return app, limit


def list_requests(world: World, scenario: str) -> tuple[list[Any], list[Any]]:
    assert world.dispatcher is not None and world.lister is not None
    if scenario == "board":
        who, query, path, extra = [world.dispatcher], BOARD, "/board", "dispatcher"
    elif scenario == "bookings":
        who, query, path, extra = [world.lister], MY_BOOKINGS, "/my-bookings", "customerId"
    elif scenario == "offers":
        who, query, path, extra = world.staff, OFFERS, "/offers", "staffId"
    else:
        who, query, path, extra = world.staff, POOL, "/pool", "staffId"
    app = [("/graphql", f"Bearer {p.token}", body(query, {"first": 50})) for p in who]
    limit = [(path, "", body(query, {"first": 50, extra: str(p.id)})) for p in who]
    return app, limit

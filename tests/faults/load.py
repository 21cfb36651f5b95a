"""The fault suite's steady load: customers booking, staff grabbing orders from the pool and
moving them along, over real HTTP against the app process(es) a test started.

Every request and its answer go into a :class:`History`, which :mod:`tests.faults.checker`
then holds against the database. An answer is one of:

- ``ok``: acknowledged (a booking id, a grab won, a status update without errors);
- ``refused``: a clear business refusal in the payload (``ALREADY_TAKEN`` …), nothing wrong;
- ``error``: a clear error: HTTP 503 with a JSON body, a GraphQL error with a code, or a
  refused/dropped connection (the client knows at once);
- ``hang``: no answer within :data:`CLIENT_TIMEOUT`; ``unclear``: any other answer (a bare
  500, text/plain …). The checker allows neither.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
from strawberry import relay

from dispatchhub.authz.enforcer import create_enforcer
from dispatchhub.catalog.tables import Region, ServiceType
from dispatchhub.config import Settings
from dispatchhub.dispatch.policies import publish_version, save_version
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.plugins.rule_functions import registry_for
from dispatchhub.users.tables import StaffProfile, StaffSkill, User
from dispatchhub.users.tokens import issue_access_token

CLIENT_TIMEOUT = 15.0
POINT = (31.1886, 121.4365)  # Xujiahui, Shanghai
# The load's orders (hvac) go to the pool of the hvac staff; anything else (the grab race's
# order) may be taken by anyone with capacity.
POLICY = """
policy load priority 10
  applies when task.type in ["hvac"]
  require skilled  : staff.skill(task.type) >= 3 reason "skill below 3"
  require capacity : staff.active_orders < staff.max_orders reason "full"
  mode pool
default policy anyone
  require capacity : staff.active_orders < staff.max_orders
"""
ALWAYS = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(7)]

BOOKING_CREATE = """
mutation ($input: BookingCreateInput!) {
  bookingCreate(input: $input) { booking { id status } errors { field code } }
}"""
POOL = """
query { orders(filter: {grabbable: true}, first: 5) { edges { node { id } } } }
"""
ORDER_GRAB = """
mutation ($id: ID!) {
  orderGrab(input: {id: $id}) { order { id assigneeId } errors { field code } }
}"""
STATUS_UPDATE = """
mutation ($id: ID!, $status: OrderProgress!) {
  orderStatusUpdate(input: {id: $id, status: $status}) { order { status } errors { field code } }
}"""
NEXT_STATUS = {"ASSIGNED": "EN_ROUTE", "EN_ROUTE": "IN_PROGRESS", "IN_PROGRESS": "COMPLETED"}
_phones = itertools.count(13800000000)


def global_id(kind: str, row_id: UUID | str) -> str:
    return str(relay.GlobalID(kind, str(row_id)))


def row_id(gid: str) -> UUID:
    return UUID(relay.GlobalID.from_id(gid).node_id)


@dataclass(frozen=True)
class Person:
    id: UUID
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token}"}


@dataclass
class LoadWorld:
    """The rows the load needs: a service type, customers, staff on shift near the point."""

    service_type: UUID  # hvac: pooled for the hvac staff
    other_type: UUID  # survey: anyone's
    customers: list[Person]
    staff: list[Person]  # hvac staff, who work the load
    crowd: list[Person]  # everyone on shift (the hvac staff first)


async def build_world(
    settings: Settings,
    *,
    customers: int = 2,
    staff: int = 6,
    crowd: int = 50,
    channels: tuple[str, ...] = ("INAPP",),
) -> LoadWorld:
    """Create the load's rows on empty tables (before the app processes start, so they load
    the roles granted here): ``staff`` hvac staff among a ``crowd`` on shift."""
    await Region.insert(
        Region(code="xuhui", name_zh="徐汇", name_en="Xuhui", center_lat=POINT[0],
               center_lon=POINT[1], radius_km=20, neighbours=[]),
    )  # fmt: skip
    service = ServiceType(
        code="hvac", name_zh="空调维修", name_en="AC repair", price_minor=20000,
        service_hours={"start": "00:00", "end": "24:00"},
    )  # fmt: skip
    await service.save()
    other = ServiceType(
        code="survey", name_zh="上门勘察", name_en="Site survey", price_minor=0,
        service_hours={"start": "00:00", "end": "24:00"},
    )  # fmt: skip
    await other.save()
    functions = registry_for(create_plugin_manager(load_entrypoints=False))
    saved = await save_version("main", POLICY, functions=functions)
    await publish_version(saved.version.policy_id, 1, functions=functions)
    enforcer = await create_enforcer()

    async def person(role: str) -> Person:
        user = User(name=f"负载 Load {role}", phone=f"+86{next(_phones)}")
        await user.save()
        user_id = UUID(str(user.id))
        await enforcer.add_role_for_user(str(user_id), role)
        return Person(user_id, issue_access_token(settings, user_id, 0))

    people = [await person("customer") for _ in range(customers)]
    workers = [await person("staff") for _ in range(max(staff, crowd))]
    for n, worker in enumerate(workers):
        await StaffProfile(
            user=worker.id, level=3, years_experience=4, region="xuhui",
            home_lat=POINT[0], home_lon=POINT[1], lat=POINT[0], lon=POINT[1],
            availability="AVAILABLE", shifts=ALWAYS, max_active_orders=1000,
            notify_channels=list(channels),
        ).save()  # fmt: skip
        skill = "hvac" if n < staff else "plumbing"
        await StaffSkill(staff=worker.id, skill=skill, level=4, certified=True).save()
    return LoadWorld(UUID(str(service.id)), UUID(str(other.id)), people, workers[:staff], workers)


@dataclass
class Op:
    """One request and what its client saw."""

    kind: str  # booking | grab | status | pool
    actor: UUID
    outcome: str  # ok | refused | error | hang | unclear
    detail: str = ""  # the error's kind or the refusal's code
    key: str = ""  # a booking's idempotency key
    order: UUID | None = None
    status: str = ""  # the status asked for
    result: UUID | None = None  # the booking id acknowledged
    seconds: float = 0.0
    at: float = field(default_factory=time.monotonic)


@dataclass
class History:
    ops: list[Op] = field(default_factory=list)

    def count(self, *, kind: str | None = None, outcome: str | None = None) -> int:
        return sum(
            (kind is None or op.kind == kind) and (outcome is None or op.outcome == outcome)
            for op in self.ops
        )

    def errors_by_kind(self) -> dict[str, int]:
        seen: dict[str, int] = {}
        for op in self.ops:
            if op.outcome in {"error", "hang", "unclear"}:
                name = f"{op.outcome}:{op.detail}" if op.outcome != "error" else op.detail
                seen[name] = seen.get(name, 0) + 1
        return dict(sorted(seen.items()))


def _graphql_error_code(body: Any) -> str | None:
    """The code of the first GraphQL error of ``body`` (None when it has none)."""
    if not isinstance(body, dict) or not body.get("errors"):
        return None
    error = body["errors"][0]
    code = (error.get("extensions") or {}).get("code") if isinstance(error, dict) else None
    return str(code) if code else "NO_CODE"


class LoadDriver:
    """Customers booking, staff grabbing and working their orders, spread over ``ports``
    (one client each, round robin), until :meth:`stop`."""

    def __init__(
        self, world: LoadWorld, ports: list[int], *, pause: float = 0.05, book_every: float = 1.5
    ) -> None:
        self.world = world
        self.ports = list(ports)
        self.pause = pause
        self.book_every = book_every
        self.history = History()
        self._stopping = asyncio.Event()
        self._turn = itertools.count()
        self._tasks: list[asyncio.Task[None]] = []
        self._client: httpx.AsyncClient | None = None

    async def post(
        self, kind: str, who: Person, query: str, variables: dict[str, Any], **facts: Any
    ) -> tuple[Op, dict[str, Any] | None]:
        """Send one operation to the next port; record what was seen; return the record
        and the payload (``data[field]``) when the answer was a GraphQL answer."""
        assert self._client is not None
        port = self.ports[next(self._turn) % len(self.ports)]
        started = time.monotonic()
        op = Op(kind=kind, actor=who.id, outcome="unclear", **facts)
        payload: dict[str, Any] | None = None
        try:
            response = await self._client.post(
                f"http://127.0.0.1:{port}/graphql",
                json={"query": query, "variables": variables},
                headers=who.headers,
            )
        except httpx.TimeoutException:
            op.outcome, op.detail = "hang", "timeout"
        except httpx.TransportError as error:
            op.outcome, op.detail = "error", f"connection:{type(error).__name__}"
        else:
            is_json = response.headers.get("content-type", "").startswith("application/json")
            body = response.json() if is_json else None
            code = _graphql_error_code(body)
            if response.status_code == 503 and is_json:
                op.outcome, op.detail = "error", "http503"
            elif response.status_code == 200 and code is not None:
                op.outcome, op.detail = "error", f"graphql:{code}"
            elif response.status_code == 200 and isinstance(body, dict) and body.get("data"):
                payload = next(iter(body["data"].values()))
                refusals = (payload or {}).get("errors") or []
                if refusals:
                    op.outcome, op.detail = "refused", refusals[0]["code"]
                else:
                    op.outcome = "ok"
            else:
                op.detail = f"http{response.status_code}:{response.text[:80]!r}"
        op.seconds = time.monotonic() - started
        self.history.ops.append(op)
        return op, payload

    async def book(self, customer: Person, service_type: UUID | None = None) -> None:
        """One booking; after an error the same idempotency key is tried again once (what a
        client that did not hear the answer does)."""
        key = str(uuid4())
        start = datetime.now(UTC) + timedelta(days=2)
        variables = {"input": {
            "serviceTypeId": str(service_type or self.world.service_type),
            "description": "空调不制冷 / AC not cooling (load)",
            "scheduledStart": start.isoformat(), "address": "上海市徐汇区漕溪北路 88 号",
            "location": {"lat": POINT[0], "lon": POINT[1]}, "urgency": "NORMAL",
            "channel": "APP", "idempotencyKey": key,
        }}  # fmt: skip
        for _ in range(2):
            op, payload = await self.post("booking", customer, BOOKING_CREATE, variables, key=key)
            if op.outcome == "ok" and payload is not None:
                op.result = row_id(payload["booking"]["id"])
                return
            if op.outcome == "refused":
                return
            await asyncio.sleep(self.pause)

    async def customer_loop(self, customer: Person) -> None:
        while not self._stopping.is_set():
            await self.book(customer)
            await asyncio.sleep(self.book_every)

    async def staff_loop(self, staff: Person) -> None:
        mine: dict[UUID, str] = {}  # order -> its status as this client last saw it
        while not self._stopping.is_set():
            moving = next(((o, s) for o, s in mine.items() if s in NEXT_STATUS), None)
            if moving is not None:
                order, status = moving
                target = NEXT_STATUS[status]
                op, _ = await self.post(
                    "status", staff, STATUS_UPDATE, {"id": global_id("Order", order),
                                                     "status": target},
                    order=order, status=target,
                )  # fmt: skip
                if op.outcome == "ok":
                    mine[order] = target
                elif op.outcome == "refused":
                    mine[order] = "STUCK"  # e.g. a completion gate: leave it be
            else:
                op, payload = await self.post("pool", staff, POOL, {})
                edges = (payload or {}).get("edges") or []
                if edges:
                    order = row_id(edges[0]["node"]["id"])
                    op, _ = await self.post(
                        "grab", staff, ORDER_GRAB, {"id": global_id("Order", order)}, order=order
                    )
                    if op.outcome == "ok":
                        mine[order] = "ASSIGNED"
            await asyncio.sleep(self.pause)

    async def open(self, connections: int = 100) -> None:
        """Open the HTTP client (:meth:`post` alone, without the loops)."""
        limits = httpx.Limits(max_connections=connections)
        self._client = httpx.AsyncClient(timeout=CLIENT_TIMEOUT, limits=limits)

    async def __aenter__(self) -> LoadDriver:
        await self.open()
        self._tasks = [asyncio.create_task(self.customer_loop(c)) for c in self.world.customers]
        self._tasks += [asyncio.create_task(self.staff_loop(s)) for s in self.world.staff]
        return self

    async def stop(self) -> History:
        """Stop the clients (each finishes its request in flight) and return the history."""
        self._stopping.set()
        await asyncio.gather(*self._tasks)
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        return self.history

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

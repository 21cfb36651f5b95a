"""Orders: the dispatch side of a confirmed booking, and what every order operation shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from piccolo.engine.postgres import PostgresEngine

from dispatchhub import db
from dispatchhub.dispatch.policies import active_policy_set
from dispatchhub.dispatch.records import load_live_staff, load_tasks, task_records
from dispatchhub.errors import DomainError
from dispatchhub.orders import live
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.statuses import OrderChangeKind, OrderStatus
from dispatchhub.orders.tables import Offer, Order, OrderEvent
from dispatchhub.outbox.service import enqueue
from dispatchhub.rules_dsl import CompiledPolicy, FailedRequirement, FunctionRegistry

__all__ = [
    "Judgement",
    "add_event",
    "assign_to",
    "get_order",
    "judge",
    "order_number",
    "now",
    "open_order",
    "eligible_orders",
    "withdraw_offers",
]


def now() -> datetime:
    """The current UTC time."""
    return datetime.now(UTC)


def order_number(booking_number: str) -> str:
    """An order's number: its booking's (:func:`dispatchhub.bookings.numbers.new_number`),
    with ``D`` for ``B`` (``D20261124-7F3A9C``).

    So an order is numbered by the day its booking was made, never by its appointment,
    and a number read out on the phone finds both.
    """
    return "D" + booking_number[1:]


async def open_order(booking: dict[str, Any], *, actor_id: UUID | None) -> UUID:
    """Create the OPEN order of a just-confirmed booking, in the caller's transaction.

    Its automatic dispatch (``orders.dispatch``) is queued in the same transaction, so a
    committed order is always dispatched.

    Args:
        booking: the booking's row values (as written).
        actor_id: who confirmed it (None for the automatic review).

    Returns:
        The new order's id.
    """
    order = Order(
        number=order_number(booking["number"]),
        booking=booking["id"],
        service_type=booking["service_type"],
        status=OrderStatus.OPEN,
        urgency=booking["urgency"],
        region=booking["region"],
        lat=booking["lat"],
        lon=booking["lon"],
        scheduled_start=booking["scheduled_start"],
        scheduled_end=booking["scheduled_end"],
    )
    await order.save()
    order_id = UUID(str(order.id))
    await add_event(order_id, None, OrderStatus.OPEN, actor_id, "booking confirmed")
    await enqueue("orders.dispatch", {"order_id": str(order_id), "revision": order.revision})
    return order_id


async def get_order(order_id: UUID) -> dict[str, Any]:
    """The order's row.

    Raises:
        DomainError: ``NOT_FOUND``.
    """
    row = await Order.select().where(Order.id == order_id).first()
    if row is None:
        raise DomainError(OrdersErrorCode.NOT_FOUND, "id")
    return row


async def assign_to(
    order_id: UUID,
    staff_id: UUID,
    guard: Any,
    *,
    at: datetime | None = None,
    also: dict[Any, Any] | None = None,
) -> bool:
    """The one write that gives an order to a staff member, inside the caller's transaction:
    ASSIGNED, the assignee, when, and a new revision.

    Args:
        guard: the condition on the order row that decides a race (its status still
            grabbable, still OFFERED, or its revision unchanged); nothing moves without it.
        at: the moment of assignment (default now), which the caller may also need
            (the arrival promise counts from it).
        also: more columns to set in the same write.

    Returns:
        Whether the order moved (False: someone else changed it first).
    """
    at = at or now()
    moved = await (
        Order.update(
            {
                Order.status: OrderStatus.ASSIGNED,
                Order.assignee: staff_id,
                Order.assigned_at: at,
                Order.revision: Order.revision + 1,
                Order.updated_at: at,
                **(also or {}),
            }
        )
        .where((Order.id == order_id) & guard)
        .returning(Order.id)
    )
    return bool(moved)


async def add_event(
    order_id: UUID,
    from_status: str | None,
    to_status: str,
    actor_id: UUID | None,
    reason: str = "",
    *,
    point: tuple[float, float] | None = None,
    data: dict[str, Any] | None = None,
    kind: OrderChangeKind = OrderChangeKind.STATUS,
) -> None:
    """Record one transition of an order (in the caller's transaction) and tell its live
    subscribers once the transaction commits.

    ``kind`` says what happened when the status stays (a helper joined, an offer was
    turned down); it is kept in the event's ``data`` and sent live.
    """
    if kind is not OrderChangeKind.STATUS:
        data = {**(data or {}), "kind": kind.value}
    await OrderEvent.insert(
        OrderEvent(order=order_id, from_status=from_status, to_status=to_status,
                   actor=actor_id, reason=reason, lat=point[0] if point else None,
                   lon=point[1] if point else None, data=data or {})
    )  # fmt: skip
    facts: dict[str, Any] = {"status": to_status, "fromStatus": from_status, "reason": reason,
                             "at": now().isoformat(), "kind": kind.value}  # fmt: skip
    if actor_id is not None:
        facts["actorId"] = str(actor_id)
    if point is not None:
        facts["lat"], facts["lon"] = point
    live.publish_order_event(order_id, facts)


async def withdraw_offers(order_id: UUID, *, keep: UUID | None = None) -> None:
    """Withdraw the order's pending offers (but ``keep``'s): someone else has it now."""
    where = (Offer.order == order_id) & (Offer.status == "PENDING")
    if keep is not None:
        where &= Offer.staff != keep
    await Offer.update({Offer.status: "WITHDRAWN", Offer.answered_at: now()}).where(where)


@dataclass(frozen=True, slots=True)
class Judgement:
    """A staff member judged against the active policy for one order.

    Attributes:
        version: The active policy version's id and content hash (None without a policy).
        task: The order's task record.
        staff: The staff member's record; None when they have no staff profile.
        failed: The requirements they break (empty when eligible).
    """

    version: tuple[UUID, str] | None
    task: dict[str, Any]
    staff: dict[str, Any] | None
    failed: list[FailedRequirement] = field(default_factory=list)

    @property
    def reasons(self) -> str:
        """The broken requirements' reasons, for people."""
        if self.staff is None:
            return "无服务人员档案 / no staff profile"
        return "; ".join(f.reason or f.name for f in self.failed)


async def judge(
    functions: FunctionRegistry, zone: ZoneInfo, order_id: UUID, staff_id: UUID
) -> Judgement:
    """Judge ``staff_id`` for ``order_id`` by the active policy's hard requirements.

    Without an active policy nobody is refused by rules (only a staff profile is needed).
    """
    # On SQLite one read transaction: one connection instead of one per query (a grab rush
    # opens hundreds otherwise). PostgreSQL's pool needs none, and BEGIN and COMMIT are two
    # round trips on every grab; the conditional update, not this judgement, decides who wins.
    engine = db.current_engine()
    if isinstance(engine, PostgresEngine):
        return await _judge(functions, zone, order_id, staff_id)
    async with engine.transaction():
        return await _judge(functions, zone, order_id, staff_id)


async def _judge(
    functions: FunctionRegistry, zone: ZoneInfo, order_id: UUID, staff_id: UUID
) -> Judgement:
    tasks = await load_tasks([order_id], zone)
    if str(order_id) not in tasks:
        raise DomainError(OrdersErrorCode.NOT_FOUND, "id")
    task = tasks[str(order_id)]
    records = await load_live_staff(zone, staff_ids=[staff_id])
    staff = records[0] if records else None
    active = await active_policy_set(functions)
    if active is None:
        return Judgement(None, task, staff, [])
    version, policy_set = active
    policy: CompiledPolicy | None = policy_set.select(task)
    failed = policy.check_requirements(task, staff) if policy and staff else []
    return Judgement((version.id, version.content_hash), task, staff, list(failed))


async def eligible_orders(
    functions: FunctionRegistry,
    zone: ZoneInfo,
    orders: Sequence[dict[str, Any]],
    staff_id: UUID,
) -> set[str]:
    """Which of ``orders`` the active policy's requirements let ``staff_id`` take (ids as
    text); every one of them without an active policy, none without a staff profile.

    Args:
        orders: order rows read with (at least) :data:`~dispatchhub.dispatch.records.TASK_COLUMNS`.
    """
    tasks = await task_records(orders, zone)
    records = await load_live_staff(zone, staff_ids=[staff_id])
    if not records:
        return set()
    staff = records[0]
    active = await active_policy_set(functions)
    if active is None:
        return set(tasks)
    _, policy_set = active
    allowed = set()
    for order_id, task in tasks.items():
        policy = policy_set.select(task)
        if policy is None or not policy.check_requirements(task, staff):
            allowed.add(order_id)
    return allowed

"""Help requests: the assignee asks the supervisor and qualified colleagues nearby, who
join the job or take it over; the requester closes the request when done.

A request is OPEN until the requester (or a supervisor) closes it, or until someone takes
the order over (TAKEN_OVER). Who was asked, who joined and who took over is kept in
:class:`~dispatchhub.orders.tables.HelpParticipant`; a joined helper reads the order's
contact details as the assignee does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db, keyset
from dispatchhub.errors import DomainError
from dispatchhub.geo import great_circle_km
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.notices import order_params, tell_staff
from dispatchhub.orders.service import add_event, get_order, now
from dispatchhub.orders.statuses import HelpRole, HelpStatus, OrderChangeKind, OrderStatus
from dispatchhub.orders.tables import HelpParticipant, HelpRequest, Order
from dispatchhub.users.tables import StaffProfile, StaffSkill, User

__all__ = [
    "HELP_RADIUS_KM",
    "MAX_COLLEAGUES",
    "close_help",
    "helpers_of",
    "help_page",
    "join_help",
    "request_help",
    "take_over",
]

HELP_RADIUS_KM = 10.0
MAX_COLLEAGUES = 5
# A colleague who can help knows the job at least this well (levels 1..5).
MIN_SKILL = 3
# Orders someone is working on: the only ones help can be given on.
_WORKING = (OrderStatus.ASSIGNED, OrderStatus.EN_ROUTE, OrderStatus.IN_PROGRESS)


async def _colleagues(order: dict[str, object], requester: UUID, skill: str | None) -> list[UUID]:
    """The nearest available staff with the order's skill, within :data:`HELP_RADIUS_KM`."""
    if order["lat"] is None or order["lon"] is None or skill is None:
        return []
    skilled = StaffSkill.select(StaffSkill.staff).where(
        (StaffSkill.skill == skill) & (StaffSkill.level >= MIN_SKILL)
    )
    rows = await StaffProfile.select(StaffProfile.user, StaffProfile.lat, StaffProfile.lon).where(
        StaffProfile.user.is_in([r["staff"] for r in await skilled] or [requester])
        & (StaffProfile.user != requester)
        & (StaffProfile.availability == "AVAILABLE")
        & StaffProfile.lat.is_not_null()
    )
    lat, lon = float(order["lat"]), float(order["lon"])  # type: ignore[arg-type]
    near = sorted((great_circle_km(lat, lon, r["lat"], r["lon"]), str(r["user"])) for r in rows)
    return [UUID(sid) for km, sid in near if km <= HELP_RADIUS_KM][:MAX_COLLEAGUES]


async def request_help(order_id: UUID, staff_id: UUID, message: str, zone: ZoneInfo) -> UUID:
    """Record a help request and tell the requester's supervisor and nearby colleagues.

    Only the order's assignee may ask. Colleagues are available staff with the order's
    skill at level 3 or more, nearest first, at most :data:`MAX_COLLEAGUES` within
    :data:`HELP_RADIUS_KM`; messages go in-app (and by SMS where a profile asks for it).

    Returns:
        The help request's id.

    Raises:
        DomainError: ``MESSAGE_REQUIRED``, ``NOT_FOUND`` or ``NOT_ASSIGNEE``.
    """
    if not message.strip():
        raise DomainError(OrdersErrorCode.MESSAGE_REQUIRED, "message")
    order = await get_order(order_id)
    if order["assignee"] is None or UUID(str(order["assignee"])) != staff_id:
        raise DomainError(OrdersErrorCode.NOT_ASSIGNEE, "id")
    profile = (
        await StaffProfile.select(StaffProfile.supervisor)
        .where(StaffProfile.user == staff_id)
        .first()
    )
    requester = await User.select(User.name).where(User.id == staff_id).first()
    params = await order_params(order_id, zone)
    skill = params.pop("code", None)
    recipients = await _colleagues(order, staff_id, skill)
    if profile is not None and profile["supervisor"] is not None:
        recipients.insert(0, UUID(str(profile["supervisor"])))
    async with db.write():
        row = HelpRequest(order=order_id, requester=staff_id, message=message.strip())
        await row.save()
        if recipients:
            await HelpParticipant.insert(
                *(HelpParticipant(help_request=row.id, staff=r) for r in recipients)
            )
        await tell_staff(
            recipients,
            "order_help",
            {**params, "requester": requester["name"] if requester else "", "message": message},
            zone=zone,
        )
    return UUID(str(row.id))


async def _open_request(help_id: UUID, staff_id: UUID, *, supervises: bool) -> dict[str, Any]:
    """The open request ``staff_id`` may answer, or the reason they may not."""
    request = await HelpRequest.select().where(HelpRequest.id == help_id).first()
    if request is None:
        raise DomainError(OrdersErrorCode.HELP_NOT_FOUND, "id")
    if request["requester"] == staff_id:
        raise DomainError(OrdersErrorCode.OWN_HELP_REQUEST, "id")
    if request["status"] != HelpStatus.OPEN:
        raise DomainError(OrdersErrorCode.HELP_CLOSED, "id", status=request["status"])
    invited = await HelpParticipant.exists().where(
        (HelpParticipant.help_request == help_id) & (HelpParticipant.staff == staff_id)
    )
    if not invited and not supervises:
        raise DomainError(OrdersErrorCode.NOT_INVITED, "id")
    return request


async def _set_role(help_id: UUID, staff_id: UUID, role: str, at: datetime) -> None:
    updated = await (
        HelpParticipant.update({HelpParticipant.role: role, HelpParticipant.answered_at: at})
        .where((HelpParticipant.help_request == help_id) & (HelpParticipant.staff == staff_id))
        .returning(HelpParticipant.id)
    )
    if not updated:
        await HelpParticipant(
            help_request=help_id, staff=staff_id, role=role, answered_at=at
        ).save()


async def _tell_requester(
    request: dict[str, Any], staff_id: UUID, template: str, zone: ZoneInfo
) -> None:
    params = await order_params(request["order"], zone)
    params.pop("code", None)
    helper = await User.select(User.name).where(User.id == staff_id).first()
    await tell_staff(
        [request["requester"]],
        template,
        {**params, "helper": helper["name"] if helper else ""},
        zone=zone,
    )


async def join_help(help_id: UUID, staff_id: UUID, zone: ZoneInfo, *, supervises: bool) -> UUID:
    """Join an open help request: the colleague becomes a helper on the order.

    Invited colleagues may join; so may supervisors and admins (``supervises``) who were not
    invited. Joining twice changes nothing. The order's history records it (a live event)
    and the requester is told.

    Returns:
        The order's id.

    Raises:
        DomainError: ``HELP_NOT_FOUND``, ``OWN_HELP_REQUEST``, ``HELP_CLOSED``,
            ``NOT_INVITED`` (``HELP_CLOSED`` too when the order is no longer being worked on).
    """
    request = await _open_request(help_id, staff_id, supervises=supervises)
    order = await get_order(request["order"])
    if order["status"] not in _WORKING:
        raise DomainError(OrdersErrorCode.HELP_CLOSED, "id", status=order["status"])
    if str(staff_id) in (await helpers_of([request["order"]]))[str(request["order"])]:
        return UUID(str(request["order"]))
    async with db.write():
        await _set_role(help_id, staff_id, HelpRole.JOINED, now())
        await add_event(
            request["order"],
            order["status"],
            order["status"],
            staff_id,
            "help joined",
            data={"helpRequestId": str(help_id)},
            kind=OrderChangeKind.HELP_JOINED,
        )
        await _tell_requester(request, staff_id, "order_help_joined", zone)
    return UUID(str(request["order"]))


async def take_over(help_id: UUID, staff_id: UUID, zone: ZoneInfo, *, supervises: bool) -> UUID:
    """Take the order of an open help request over: ``staff_id`` becomes its assignee.

    Of any number of concurrent take-overs exactly one wins: the request moves from OPEN to
    TAKEN_OVER by one conditional update, and the order changes hands only while the
    requester still holds it in a working state (conditional on its revision). The requester
    stays on the order as a helper, to hand over; the history and the requester are told.

    Returns:
        The order's id.

    Raises:
        DomainError: as :func:`join_help`, and ``HELP_CLOSED`` for the loser of a race.
    """
    request = await _open_request(help_id, staff_id, supervises=supervises)
    order = await get_order(request["order"])
    if order["status"] not in _WORKING or order["assignee"] != request["requester"]:
        raise DomainError(OrdersErrorCode.HELP_CLOSED, "id", status=order["status"])
    at = now()
    async with db.write():
        won = await (
            HelpRequest.update(
                {
                    HelpRequest.status: HelpStatus.TAKEN_OVER,
                    HelpRequest.helper: staff_id,
                    HelpRequest.updated_at: at,
                }
            )
            .where((HelpRequest.id == help_id) & (HelpRequest.status == HelpStatus.OPEN))
            .returning(HelpRequest.id)
        )
        moved = won and await Order.update(
            {
                Order.assignee: staff_id,
                Order.assigned_at: at,
                Order.updated_at: at,
                Order.revision: order["revision"] + 1,
            }
        ).where(
            (Order.id == order["id"])
            & (Order.revision == order["revision"])
            & (Order.assignee == request["requester"])
        ).returning(Order.id)
        if not moved:
            raise DomainError(OrdersErrorCode.HELP_CLOSED, "id", status=HelpStatus.TAKEN_OVER)
        await _set_role(help_id, staff_id, HelpRole.TOOK_OVER, at)
        await _set_role(help_id, request["requester"], HelpRole.JOINED, at)
        await add_event(
            order["id"],
            order["status"],
            order["status"],
            staff_id,
            "help took over",
            data={"helpRequestId": str(help_id), "from": str(request["requester"])},
            kind=OrderChangeKind.TAKEN_OVER,
        )
        await _tell_requester(request, staff_id, "order_help_taken_over", zone)
    return UUID(str(order["id"]))


async def close_help(help_id: UUID, staff_id: UUID, resolution: str, *, supervises: bool) -> UUID:
    """Close an open help request (the requester, or a supervisor), with what came of it.

    Returns:
        The order's id.

    Raises:
        DomainError: ``HELP_NOT_FOUND``, ``NOT_REQUESTER`` or ``HELP_CLOSED``.
    """
    request = await HelpRequest.select().where(HelpRequest.id == help_id).first()
    if request is None:
        raise DomainError(OrdersErrorCode.HELP_NOT_FOUND, "id")
    if request["requester"] != staff_id and not supervises:
        raise DomainError(OrdersErrorCode.NOT_REQUESTER, "id")
    async with db.write():
        closed = await (
            HelpRequest.update(
                {
                    HelpRequest.status: HelpStatus.CLOSED,
                    HelpRequest.updated_at: now(),
                    HelpRequest.resolution: resolution.strip(),
                }
            )
            .where((HelpRequest.id == help_id) & (HelpRequest.status == HelpStatus.OPEN))
            .returning(HelpRequest.id)
        )
        if not closed:
            raise DomainError(OrdersErrorCode.HELP_CLOSED, "id", status=request["status"])
    return UUID(str(request["order"]))


async def helpers_of(order_ids: list[Any]) -> dict[str, set[str]]:
    """Who joined help on each order (by order id; whoever took an order over is its
    assignee instead)."""
    helpers: dict[str, set[str]] = {str(o): set() for o in order_ids}
    if order_ids:
        for row in await HelpParticipant.select(
            HelpParticipant.help_request.order.as_alias("order"), HelpParticipant.staff
        ).where(
            HelpParticipant.help_request.order.is_in(order_ids)
            & (HelpParticipant.role == HelpRole.JOINED)
        ):
            helpers[str(row["order"])].add(str(row["staff"]))
    return helpers


@dataclass(frozen=True, slots=True)
class HelpPage:
    """A page of help requests with each one's participants (``staff``, ``role``)."""

    rows: list[dict[str, Any]]
    participants: dict[str, list[dict[str, Any]]]
    has_next_page: bool


async def help_page(
    viewer: UUID | None,
    *,
    statuses: tuple[str, ...] = (),
    first: int = 20,
    after: str | None = None,
) -> HelpPage:
    """Help requests, newest first: all of them when ``viewer`` is None (supervisors), else
    those the viewer made or was asked to answer.

    Raises:
        DomainError: ``PAGE_SIZE`` when ``first`` is outside 1..100; ValueError for a bad cursor.
    """
    if not 1 <= first <= 100:
        raise DomainError(OrdersErrorCode.PAGE_SIZE, "first", limit=100)
    where = HelpRequest.id.is_not_null()
    if viewer is not None:
        asked = HelpParticipant.select(HelpParticipant.help_request).where(
            HelpParticipant.staff == viewer
        )
        where &= (HelpRequest.requester == viewer) | HelpRequest.id.is_in(
            [r["help_request"] for r in await asked] or [viewer]
        )
    if statuses:
        where &= HelpRequest.status.is_in(list(statuses))
    if after is not None:
        where &= keyset.after(HelpRequest.created_at, HelpRequest.id, after)
    rows = await (
        HelpRequest.select(
            *HelpRequest.all_columns(),
            HelpRequest.order.number.as_alias("order_number"),
            HelpRequest.requester.name.as_alias("requester_name"),
        )
        .where(where)
        .order_by(HelpRequest.created_at, HelpRequest.id, ascending=False)
        .limit(first + 1)
    )
    page = rows[:first]
    participants: dict[str, list[dict[str, Any]]] = {str(r["id"]): [] for r in page}
    if page:
        for p in await HelpParticipant.select(
            HelpParticipant.help_request, HelpParticipant.staff, HelpParticipant.role,
            HelpParticipant.answered_at,
        ).where(HelpParticipant.help_request.is_in([r["id"] for r in page])).order_by(
            HelpParticipant.created_at
        ):  # fmt: skip
            participants[str(p["help_request"])].append(p)
    return HelpPage(page, participants, len(rows) > first)

"""Help requests: the assignee asks the supervisor and qualified colleagues nearby."""

from __future__ import annotations

from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.errors import DomainError
from dispatchhub.geo import great_circle_km
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.notices import order_params, tell_staff
from dispatchhub.orders.service import get_order
from dispatchhub.orders.tables import HelpRequest
from dispatchhub.users.tables import StaffProfile, StaffSkill, User

__all__ = ["HELP_RADIUS_KM", "MAX_COLLEAGUES", "request_help"]

HELP_RADIUS_KM = 10.0
MAX_COLLEAGUES = 5
# A colleague who can help knows the job at least this well (levels 1..5).
MIN_SKILL = 3


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
        await tell_staff(
            recipients,
            "order_help",
            {**params, "requester": requester["name"] if requester else "", "message": message},
        )
    return UUID(str(row.id))

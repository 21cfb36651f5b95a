"""Staff go on and off shift and share their position: ``staffShiftStart``,
``staffShiftEnd``, ``staffPositionReport``."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from dispatchhub.graphql.common.enums import api_enum
from dispatchhub.graphql.common.geo import GeoPointInput
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.refusals import refusals
from dispatchhub.graphql.users.positions import StaffPosition
from dispatchhub.graphql.users.types import StaffProfileType
from dispatchhub.orders.deadlines import position_reported
from dispatchhub.users import positions
from dispatchhub.users.accounts import staff_profiles
from dispatchhub.users.positions import CoordinateSystem, ShiftErrorCode

__all__ = ["StaffShiftMutation"]

StaffShiftErrorCodeEnum = strawberry.enum(
    ShiftErrorCode,
    name="StaffShiftErrorCode",
    description="Why a shift change or a position report was refused.",
)


@strawberry.type(description="Why a shift change or a position report was refused.")
class StaffShiftError(Error):
    code: StaffShiftErrorCodeEnum  # type: ignore[valid-type]


error_type_for(StaffShiftError, StaffShiftErrorCodeEnum)

api_enum(
    CoordinateSystem,
    name="CoordinateSystem",
    description="The datum of a reported point.",
    values={
        "WGS84": "GPS and the browser's Geolocation API.",
        "GCJ02": "The datum of Chinese map SDKs (AMap, Tencent); converted to WGS-84 when stored.",
    },
)


@strawberry.input(description="A position from the staff member's device.")
class StaffPositionReportInput:
    location: GeoPointInput = strawberry.field(
        description="The point, in `coordinateSystem` (lat -90..90, lon -180..180)."
    )
    accuracy_meters: float | None = strawberry.field(
        default=None, description="The device's accuracy radius in metres (0..5000)."
    )
    coordinate_system: CoordinateSystem = strawberry.field(
        default=CoordinateSystem.WGS84,
        description="The datum of `location`; WGS84 unless the device's map SDK gave GCJ02.",
    )


@strawberry.type(description="The caller's shift after staffShiftStart / staffShiftEnd.")
class StaffShiftPayload:
    staff_profile: StaffProfileType | None = strawberry.field(
        description="The caller's staff profile after the change; null when refused."
    )
    errors: list[StaffShiftError] = strawberry.field(
        description="Why it was refused; empty on success."
    )


@strawberry.type(description="The outcome of staffPositionReport.")
class StaffPositionReportPayload:
    position: StaffPosition | None = strawberry.field(
        description="The position as stored (WGS-84); null when refused."
    )
    errors: list[StaffShiftError] = strawberry.field(
        description="Why it was refused (off shift, too frequent, a bad value at its field); "
        "empty on success."
    )


@refusals(StaffShiftPayload, StaffShiftError)
async def _shift(context: Context, start: bool) -> StaffShiftPayload:
    user_id = context.user_id
    change = positions.shift_start if start else positions.shift_end
    await change(user_id, datetime.now(UTC))
    record = (await staff_profiles([user_id]))[user_id]
    return StaffShiftPayload(staff_profile=StaffProfileType.of(record), errors=[])


@strawberry.type
class StaffShiftMutation:
    @strawberry.mutation(
        description="Go on shift: dispatch may offer you work and your app shares your "
        "position. Lasts 12 hours or until staffShiftEnd; then the weekly calendar rules."
    )
    async def staff_shift_start(self, info: strawberry.Info[Context, None]) -> StaffShiftPayload:
        return await _shift(info.context, start=True)

    @strawberry.mutation(
        description="Go off shift, even inside a calendar shift: no offers, no position "
        "shared. Lasts 12 hours or until staffShiftStart; then the weekly calendar rules."
    )
    async def staff_shift_end(self, info: strawberry.Info[Context, None]) -> StaffShiftPayload:
        return await _shift(info.context, start=False)

    @strawberry.mutation(
        description="Report where you are (on shift only; at most one report every 5 s). "
        "Kept as your last position, in WGS-84, with the time it arrived."
    )
    @refusals(StaffPositionReportPayload, StaffShiftError)
    async def staff_position_report(
        self, info: strawberry.Info[Context, None], input: StaffPositionReportInput
    ) -> StaffPositionReportPayload:
        context = info.context
        stored = await positions.record(
            context.user_id,
            input.location.lat,
            input.location.lon,
            accuracy_m=input.accuracy_meters,
            system=input.coordinate_system,
            now=datetime.now(UTC),
            zone=context.runtime.settings.zone,
        )
        await position_reported(context.user_id)  # ETAs of the orders they are on the way to
        return StaffPositionReportPayload(position=StaffPosition.of(stored), errors=[])

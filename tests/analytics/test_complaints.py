"""Recurring complaints against figures worked out by hand on six reviews."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.analytics.complaints import recurring_complaints, terms
from dispatchhub.analytics.sql import date_range
from dispatchhub.reviews.tables import Review, StaffFeedback
from tests.fixtures.bookings import Catalog
from tests.fixtures.reviews import T0, MakeOrder
from tests.fixtures.users import MakeUser

SHANGHAI = ZoneInfo("Asia/Shanghai")
MARCH = date_range(date(2026, 3, 1), date(2026, 3, 31), SHANGHAI)
WEEK = timedelta(days=7)


def test_terms_are_english_words_and_chinese_pairs_without_stop_words() -> None:
    assert terms("The AC was still leaking again") == ["ac", "leaking"]
    assert terms("漏水了") == ["漏水"]
    assert terms("师傅迟到") == ["师傅", "傅迟", "迟到"]


async def test_repeat_complainers_persistent_spots_and_frequent_terms(
    catalog: Catalog, make_user: MakeUser, make_order: MakeOrder
) -> None:
    # given: Wang complains twice about hvac in Xuhui (weeks 1 and 2), Li once about hvac in
    # Xuhui (week 2) and once about network in Pudong; a happy review does not count
    wang, li = await make_user("customer", name="王"), await make_user("customer", name="李")
    staff = (await make_user("staff")).id

    async def review(customer: UUID, service: UUID, region: str, at: datetime, low: bool,
                     comment: str) -> None:  # fmt: skip
        order = await make_order(customer, staff, service_type=service, region=region,
                                 created_at=at - timedelta(hours=3))  # fmt: skip
        level = 1 if low else 5
        await Review(order=order, customer=customer, staff=staff, attitude=5, quality=level,
                     speed=5, skill=5, comment=comment, created_at=at).save()  # fmt: skip

    await review(wang.id, catalog.hvac, "xuhui", T0, True, "空调漏水 water leaking")
    await review(wang.id, catalog.hvac, "xuhui", T0 + WEEK, True, "又漏水了 leaking again")
    await review(li.id, catalog.hvac, "xuhui", T0 + WEEK, True, "师傅迟到")
    await review(li.id, catalog.network, "pudong", T0 + 2 * WEEK, True, "")
    await review(li.id, catalog.hvac, "xuhui", T0 + 3 * WEEK, False, "漏水修好了")
    order = await make_order(wang.id, staff, service_type=catalog.hvac, created_at=T0)
    await StaffFeedback(order=order, staff=staff, category="PROBLEM",
                        message="管道老化漏水 old pipes leaking", created_at=T0).save()  # fmt: skip

    # when
    found = await recurring_complaints(MARCH)

    # then
    assert [(r.name, r.service_type, r.complaints) for r in found.repeat_complainers] == [
        ("王", "hvac", 2)
    ]
    assert [(s.service_type, s.region, s.weeks, s.complaints)
            for s in found.persistent_spots] == [("hvac", "xuhui", 2, 3)]  # fmt: skip
    # "leaking" in two complaints and the feedback; "漏水" likewise; the happy one not at all
    assert found.frequent_terms[:2] == [("leaking", 3), ("漏水", 3)]

"""Domain events: a lower domain tells a higher one, or asks it, without importing it."""

from __future__ import annotations

from typing import Any

import pytest

from dispatchhub import domain_events
from dispatchhub.domain_events import ask, publish, subscribe


@pytest.fixture
def own_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(domain_events, "_subscribers", {})


@pytest.mark.usefixtures("own_registry")
async def test_every_subscriber_hears_an_event_in_the_order_it_subscribed() -> None:
    heard: list[tuple[str, Any]] = []

    async def first(**facts: Any) -> None:
        heard.append(("first", facts))

    async def second(**facts: Any) -> None:
        heard.append(("second", facts))

    subscribe("thing.happened", first)
    subscribe("thing.happened", second)
    subscribe("thing.happened", first)  # a module imported twice

    await publish("thing.happened", what=1)

    assert heard == [("first", {"what": 1}), ("second", {"what": 1})]


@pytest.mark.usefixtures("own_registry")
async def test_a_question_has_the_one_answer() -> None:
    async def answer(booking_id: int) -> str:
        return f"stage of {booking_id}"

    subscribe("order.stage", answer)

    assert await ask("order.stage", booking_id=7) == "stage of 7"


@pytest.mark.usefixtures("own_registry")
async def test_an_event_nobody_hears_is_a_wiring_mistake() -> None:
    with pytest.raises(LookupError, match="domains.load"):
        await publish("nobody.listens")
    with pytest.raises(LookupError):
        await ask("nobody.answers")


def test_the_loaded_domains_hear_what_bookings_publish() -> None:
    from dispatchhub import domains

    domains.load()

    for event in ("booking.confirmed", "booking.changed", "booking.rescheduled",
                  "booking.cancelled", "booking.charged", "order.stage", "order.follow_up",
                  "bookings.type_examples"):  # fmt: skip
        assert domain_events._heard(event)

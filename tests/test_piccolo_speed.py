"""The fast foreign-key method lookup (dispatchhub/piccolo_speed.py) answers exactly what
Piccolo's own lookup answers, without computing dir() for a column method."""

from __future__ import annotations

from typing import Any

import pytest
from piccolo.columns import column_types
from piccolo.columns.column_types import ForeignKey

from dispatchhub import piccolo_speed
from dispatchhub.bookings.tables import Booking
from dispatchhub.orders.tables import Order

KEYS: list[Any] = [Order.assignee, Order.booking, Booking.customer, Booking.follow_up_of]


def test_installing_twice_keeps_piccolos_lookup_underneath(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ForeignKey, "__getattribute__", piccolo_speed._original)
    assert not piccolo_speed.installed()
    piccolo_speed.install()
    piccolo_speed.install()
    assert piccolo_speed.installed()
    assert piccolo_speed._original is not ForeignKey.__getattribute__


@pytest.mark.parametrize("key", KEYS, ids=lambda k: k._meta.name)
def test_every_public_name_resolves_as_piccolo_resolves_it(key: Any) -> None:
    piccolo_speed.install()
    for name in [n for n in dir(key) if not n.startswith("_")]:
        ours, theirs = getattr(key, name), piccolo_speed._original(key, name)
        if callable(ours) and hasattr(ours, "__func__"):
            assert ours.__func__ is theirs.__func__ and ours.__self__ is theirs.__self__, name
        elif isinstance(ours, column_types.Column):
            # a column reached through the key: a fresh copy each time, with the join
            assert type(ours) is type(theirs) and ours._meta.name == theirs._meta.name, name
            assert ours._meta.call_chain == theirs._meta.call_chain, name
        else:
            assert ours == theirs, name


def test_joins_through_keys_still_work() -> None:
    piccolo_speed.install()
    customer = Order.booking.customer  # the lazily referenced table's key, reached by a join
    assert isinstance(customer, ForeignKey)
    assert [c._meta.name for c in customer._meta.call_chain] == ["booking"]
    assert "orders$booking" in str(customer.get_select_string(engine_type="postgres"))
    assert Order.booking.follow_up_of.status._meta.call_chain[-1]._meta.name == "follow_up_of"


def test_a_method_of_a_key_costs_no_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def counting(*args: Any) -> list[str]:
        calls.append(args)
        return dir(*args)

    piccolo_speed.install()
    monkeypatch.setattr(column_types, "dir", counting, raising=False)
    Order.assignee.is_in(["00000000-0000-0000-0000-000000000000"])
    Order.assignee.is_not_null()
    assert calls == []
    Order.booking.customer  # noqa: B018 (a join still asks Piccolo, dir and all)
    assert calls

"""Demo data for a Shanghai field-service company: catalog, people, bookings, orders, reviews.

:func:`load_demo_data` fills an empty, migrated database in one transaction and returns a
:class:`DemoSummary` (row counts and example logins; ``describe()`` is the text to print on
start-up). It is deterministic for a seed and a ``now``, and idempotent: when the demo admin
exists it returns the summary of what is there and writes nothing. Every demo account shares
:data:`DEMO_PASSWORD`, hashed with cheap argon2id parameters; change it on a shared server.

Modules: :mod:`~.summary` (accounts, summary), :mod:`~.loader`, the generator parts
:mod:`~.builder`, :mod:`~.catalog`, :mod:`~.people`, :mod:`~.bookings`, :mod:`~.orders`,
:mod:`~.cancel`, :mod:`~.aftercare` (with :mod:`~.events`), and the fixed tables ``data_*``.

Shapes of the catalog's JSON fields (times are Asia/Shanghai local, ``"HH:MM"``):

- ``ServiceType.form_schema``: JSON Schema (draft 2020-12); each property has a zh ``title``
  and ``x-title-en``, string enums ``x-enum-labels: {value: {zh, en}}``.
- ``ServiceType.special_options``: ``[{"code", "zh", "en"}]``; bookings'
  ``special_requirements`` list chosen codes.
- ``ServiceType.service_hours``: ``{"start", "end"}``, every day; a booking's whole window
  lies inside. ``urgency_options``: some of NORMAL, URGENT, EMERGENCY.
- ``ServiceType.cancellation_policy``: ``{"rules": [{"hours_before_gte", "fee_minor" |
  "fee_percent"}], "staff_en_route_fee_minor", "staff_fault_compensation_minor"}``. The
  hours left before ``scheduled_start`` (0 if past) pick the first rule, by descending
  threshold, that they reach: a fee in fen, or a percentage of the price (rounded down).
  Once staff are EN_ROUTE the fee is at least ``staff_en_route_fee_minor``; when staff or
  the platform are at fault the customer is owed ``staff_fault_compensation_minor`` instead
  (a negative :class:`~dispatchhub.payments.tables.CancellationCharge`).
- ``StaffProfile.shifts``: ``[{"weekday": 0..6 (Monday = 0), "start", "end"}]``.
- ``Booking.review_errors``: ``[{"field", "code", "message"}]``, in the customer's language.
"""

from __future__ import annotations

from dispatchhub.demo.loader import load_demo_data
from dispatchhub.demo.summary import (
    ADMIN_PHONE,
    DEMO_PASSWORD,
    DemoLogin,
    DemoSummary,
    read_demo_summary,
)

__all__ = [
    "ADMIN_PHONE",
    "DEMO_PASSWORD",
    "DemoLogin",
    "DemoSummary",
    "load_demo_data",
    "read_demo_summary",
]

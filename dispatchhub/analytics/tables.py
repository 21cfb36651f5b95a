"""Daily rollups the reports read instead of scanning orders and reviews.

Each table holds, per local day of the business time zone, one row per ``dimension`` and
``key``: ``ALL`` (key ``''``), ``TYPE`` (service type code), ``CHANNEL``, ``REGION``,
``STATUS`` (orders) and ``STAFF`` (reviews: the staff member's id). Database triggers (see
the migration ``rollup_triggers``) note in :class:`RollupChange` the creation time of every
order or review written, and :func:`dispatchhub.analytics.rollups.refresh` rebuilds the days
those notes name. Rows are only ever rebuilt whole, never edited.
"""

from __future__ import annotations

from piccolo.columns import Date, Integer, Timestamptz, Varchar
from piccolo.table import Table

__all__ = ["OrderDaily", "OrderTimeDaily", "ReviewDaily", "RollupChange", "RollupState"]


class OrderDaily(Table, tablename="order_daily"):
    """Orders created on ``day``: how many, completed, cancelled, completed ones the
    customer booked a repeat visit for, and the histogram bins holding the day's median and
    p90 processing and response times (a day's report needs no histogram merge)."""

    day = Date(index=True)
    dimension = Varchar(length=8)
    key = Varchar(length=64)
    total = Integer()
    completed = Integer()
    cancelled = Integer()
    revisited = Integer()
    processing_median = Integer(null=True, default=None)
    processing_p90 = Integer(null=True, default=None)
    response_median = Integer(null=True, default=None)
    response_p90 = Integer(null=True, default=None)


class OrderTimeDaily(Table, tablename="order_time_daily"):
    """A mergeable histogram of the processing or response times of orders created on
    ``day``: ``n`` times fell in ``bin`` (:func:`dispatchhub.analytics.rollups.bin_of`)."""

    day = Date(index=True)
    dimension = Varchar(length=8)
    key = Varchar(length=64)
    metric = Varchar(length=10)
    bin = Integer()
    n = Integer()


class ReviewDaily(Table, tablename="review_daily"):
    """Reviews submitted on ``day``: count, sums of the four levels and of their total,
    reviews averaging 4 or more, low (≤ 2) ratings per dimension and reviews with any."""

    day = Date(index=True)
    dimension = Varchar(length=8)
    key = Varchar(length=64)
    n = Integer()
    attitude = Integer()
    quality = Integer()
    speed = Integer()
    skill = Integer()
    total = Integer()
    satisfied = Integer()
    low_attitude = Integer()
    low_quality = Integer()
    low_speed = Integer()
    low_skill = Integer()
    any_low = Integer()


class RollupChange(Table, tablename="rollup_changes"):
    """Written by triggers: an order (``source`` ``orders``) or review (``reviews``) created
    at ``at`` changed, so the rollup of its day is due for a rebuild."""

    source = Varchar(length=8)
    at = Timestamptz()


class RollupState(Table, tablename="rollup_state"):
    """The time zone the rollups were built in (a different one forces a full rebuild) and
    when they last caught up."""

    name = Varchar(length=20, unique=True)
    zone = Varchar(length=64)
    refreshed_at = Timestamptz()

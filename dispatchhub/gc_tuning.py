"""The garbage collector of a serving process, tuned for requests (docs/performance.md).

A GraphQL list page allocates hundreds of thousands of short-lived objects (graphql-core's
results, Strawberry's ``Info``, asyncio's tasks); with CPython's default thresholds that is
hundreds of young-generation collections a page, and the older generations' collections walk
every object the process holds (the schema, Piccolo's tables, the rules DSL's parser), which
never die. Measured in process (``bench.load.cpu``): about two thirds of a customer's
"my bookings" page's CPU went to the collector.

:func:`tune` moves what the process holds after start-up out of the collector's sight
(``gc.freeze``) and collects the young generation after :data:`YOUNG` allocations instead of
700. Reference counting still frees almost everything at once; only reference cycles wait
for a collection, a little longer.
"""

from __future__ import annotations

import gc

__all__ = ["YOUNG", "tune"]

YOUNG = 20_000  # allocations between young-generation collections (CPython's default: 700)


def tune() -> None:
    """Freeze what survives start-up and raise the young generation's threshold."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG, max(middle, 50), max(old, 100))

"""A serving process's collector: start-up's objects frozen, the young generation's threshold
raised (dispatchhub/gc_tuning.py)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from dispatchhub.gc_tuning import YOUNG, tune


@pytest.fixture
def restored() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_tune_freezes_what_is_alive_and_collects_the_young_less_often(restored: None) -> None:
    gc.unfreeze()
    held = [object() for _ in range(10)]
    tune()
    assert gc.get_freeze_count() > len(held)
    assert gc.get_threshold()[0] == YOUNG
    assert all(t >= d for t, d in zip(gc.get_threshold()[1:], (10, 10), strict=True))


def test_cycles_made_after_tuning_are_still_collected(restored: None) -> None:
    tune()

    class Node:
        other: object

    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    assert gone() is not None  # a cycle: reference counting alone cannot free it
    gc.collect()
    assert gone() is None

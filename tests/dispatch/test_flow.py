"""Min-cost flow with potentials: the certificate the batch solver's pricing relies on."""

from __future__ import annotations

import numpy as np
import pytest

from dispatchhub.dispatch.flow import residual_potentials, solve


def arrays(*rows: tuple[int, int, int, int]) -> tuple[np.ndarray, ...]:
    """Arc columns (tail, head, capacity, cost) from arc rows."""
    return tuple(np.array(column, dtype=np.int64) for column in zip(*rows, strict=True))


def test_potentials_make_every_residual_arc_non_negative() -> None:
    # two tasks (0, 1), two staff (2, 3), a sink (4); task 0 may take either staff member
    tails, heads, capacity, cost = arrays(
        (0, 2, 1, 5), (0, 3, 1, 7), (1, 2, 1, 4), (2, 4, 1, 0), (3, 4, 1, 0)
    )
    supplies = np.array([1, 1, 0, 0, -2], dtype=np.int64)

    flow, pi = solve(tails, heads, capacity, cost, supplies)

    # task 1 has only staff 2, so task 0 must take staff 3
    assert flow.tolist() == [0, 1, 1, 1, 1]
    forward = flow < capacity
    backward = flow > 0
    assert (cost[forward] + pi[tails[forward]] - pi[heads[forward]] >= 0).all()
    assert (-cost[backward] + pi[heads[backward]] - pi[tails[backward]] >= 0).all()


def test_a_flow_that_is_not_optimal_is_refused() -> None:
    tails, heads, capacity, cost = arrays((0, 2, 1, 5), (0, 3, 1, 1), (2, 4, 1, 0), (3, 4, 1, 0))
    # task 0 sent through the dearer arc: the residual graph has a negative cycle
    with pytest.raises(ValueError, match="negative cycle"):
        residual_potentials(5, tails, heads, capacity, cost, np.array([1, 0, 1, 0]))


def test_an_infeasible_flow_raises() -> None:
    tails, heads, capacity, cost = arrays((0, 1, 1, 1))
    with pytest.raises(RuntimeError, match="status"):
        solve(tails, heads, capacity, cost, np.array([2, -2], dtype=np.int64))

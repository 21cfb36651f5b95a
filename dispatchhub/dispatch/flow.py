"""Min-cost flow with node potentials: OR-Tools solves, the potentials come from its answer.

OR-Tools' ``SimpleMinCostFlow`` returns flows but not the dual values (node potentials) that
say whether an arc left out of the model could lower the cost. They are recovered here as
shortest-path distances in the residual graph of the optimal flow, which has no negative
cycle, with a vectorised Bellman-Ford. On a 1,000-task batch that takes a few milliseconds.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from ortools.graph.python import min_cost_flow

__all__ = ["IntArray", "residual_potentials", "solve"]

IntArray = NDArray[np.int64]


def residual_potentials(
    nodes: int, tails: IntArray, heads: IntArray, capacity: IntArray, cost: IntArray, flow: IntArray
) -> IntArray:
    """Node potentials ``pi`` with ``cost + pi[tail] - pi[head] >= 0`` on every residual arc.

    Args:
        nodes: Number of nodes (ids ``0 .. nodes - 1``).
        tails: Arc tails.
        heads: Arc heads.
        capacity: Arc capacities.
        cost: Arc unit costs (integers).
        flow: An optimal flow.

    Returns:
        The potentials (all ≤ 0): distances from a virtual root joined to every node at
        zero cost.

    Raises:
        ValueError: The flow is not optimal (its residual graph has a negative cycle).
    """
    forward = flow < capacity
    backward = flow > 0
    tail = np.concatenate([tails[forward], heads[backward]])
    head = np.concatenate([heads[forward], tails[backward]])
    weight = np.concatenate([cost[forward], -cost[backward]])
    order = np.argsort(head, kind="stable")
    tail, head, weight = tail[order], head[order], weight[order]
    if not len(head):
        return np.zeros(nodes, dtype=np.int64)
    starts = np.concatenate([[0], np.nonzero(np.diff(head))[0] + 1])
    targets = head[starts]
    distance = np.zeros(nodes, dtype=np.int64)
    for _ in range(nodes + 1):
        best = np.minimum.reduceat(distance[tail] + weight, starts)
        relaxed = np.minimum(distance[targets], best)
        if np.array_equal(relaxed, distance[targets]):
            return distance
        distance[targets] = relaxed
    raise ValueError("the residual graph has a negative cycle: the flow is not optimal")


def solve(
    tails: IntArray, heads: IntArray, capacity: IntArray, cost: IntArray, supplies: IntArray
) -> tuple[IntArray, IntArray]:
    """Solve a min-cost flow exactly.

    Args:
        tails: Arc tails (node ids from 0).
        heads: Arc heads.
        capacity: Arc capacities.
        cost: Arc unit costs (integers; negative allowed).
        supplies: Supply per node (positive: source, negative: sink); they sum to zero.

    Returns:
        The flow per arc and the node potentials of :func:`residual_potentials`.

    Raises:
        RuntimeError: The problem is infeasible or the solver failed.
    """
    model = min_cost_flow.SimpleMinCostFlow()
    model.add_arcs_with_capacity_and_unit_cost(tails, heads, capacity, cost)
    model.set_nodes_supplies(np.arange(len(supplies)), supplies)
    status = model.solve()
    if status != model.OPTIMAL:
        raise RuntimeError(f"min-cost flow ended with status {status}")
    flow = np.asarray(model.flows(np.arange(len(tails))), dtype=np.int64)
    return flow, residual_potentials(len(supplies), tails, heads, capacity, cost, flow)

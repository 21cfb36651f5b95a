"""The batch assignment model and its exact solver: min-cost flow over sparse candidates,
completed by pricing.

The model: each task goes to one eligible staff member (eligible = the requirements of the
policy that applies to it) or stays unassigned at a penalty; each staff member takes at most
their free capacity (``max_orders - active_orders``). The cost is the great-circle travel,
plus a penalty for a pair that crosses into a neighbouring region because the task's region
is overloaded, plus a convex workload-balance charge per extra order
(:func:`~dispatchhub.dispatch.workload.balance_marginal_m`). Costs are whole metres.

Solving it densely over every task × staff pair is exact but slow (and hopeless at scale), and
the nearest candidates alone can be far from optimal where hotspots drain local staff. So the
solver judges the nearest few staff of each task, solves the min-cost flow (OR-Tools), reads
node potentials off the residual graph (:mod:`.flow`), and adds the left-out eligible pairs
whose reduced cost is negative, found with a kd-tree ball around each task whose potential
says it could gain, until none is left. The flow is then optimal for the full dense problem,
not only for the candidates it started from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from dispatchhub.dispatch.candidates import (
    DEFAULT_MAX_RADIUS_KM,
    chord_from_km,
    great_circle_from_chord,
    to_xyz,
)
from dispatchhub.dispatch.flow import IntArray, solve
from dispatchhub.dispatch.policy_scope import allowed_regions, distance_limit_km, for_region_load
from dispatchhub.dispatch.workload import balance_marginal_m, free_capacity, overloaded_regions
from dispatchhub.geo import EARTH_RADIUS_KM
from dispatchhub.rules_dsl import CompiledPolicy, CompiledPolicySet

__all__ = ["BatchModel", "BatchOptions", "arc_cost_m"]

Record = Mapping[str, Any]
# Largest batch (tasks × staff) whose known pairs are kept as one flag each.
_FLAG_LIMIT = 64_000_000


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How a batch is solved.

    Attributes:
        candidates: Nearest staff judged per task before the first solve; pricing adds
            farther ones where they lower the cost.
        radius_km: The first radius of each candidate search.
        max_radius_km: No task goes farther than this, whatever its policy allows.
        balance_km: Weight of workload balance; 0 optimises travel alone.
        unassigned_km: What leaving a task unassigned costs, in kilometres of travel.
        cross_region_km: Extra cost of taking staff from a neighbouring region.
        neighbour_pull: Let tasks of overloaded regions take staff from neighbouring regions
            (when their policy's ladder has a ``neighbours`` step).
        arcs_per_round: At most this many pairs added per task in one pricing round.
        max_rounds: Pricing rounds before giving up the optimality proof.
    """

    candidates: int = 32
    radius_km: float = 3.0
    max_radius_km: float = DEFAULT_MAX_RADIUS_KM
    balance_km: float = 3.0
    unassigned_km: float = 100.0
    cross_region_km: float = 2.0
    neighbour_pull: bool = True
    arcs_per_round: int = 16
    max_rounds: int = 200


def arc_cost_m(distance_km: Any, crossing: Any, cross_region_km: float) -> IntArray:
    """Cost in metres of task-staff pairs: travel plus the crossing penalty where it applies."""
    km = np.asarray(distance_km, dtype=np.float64) + np.where(crossing, cross_region_km, 0.0)
    return np.rint(1000 * km).astype(np.int64)


class BatchModel:
    """One batch: tasks, staff with room, the candidate pairs found so far, and the flow.

    Tasks and staff are numbered by position; a pair is coded ``t * len(staff) + s``.
    """

    def __init__(
        self,
        tasks: Sequence[Record],
        staff: Sequence[Record],
        policies: CompiledPolicySet,
        options: BatchOptions,
    ) -> None:
        self.options = options
        self.tasks = list(tasks)
        self.staff = [s for s in staff if free_capacity(s) > 0]
        self.capacity = [free_capacity(s) for s in self.staff]
        self.position = {str(s["id"]): i for i, s in enumerate(self.staff)}
        codes: dict[str, int] = {}
        self.staff_region = np.array(
            [codes.setdefault(str(s["region"]), len(codes)) for s in self.staff], dtype=np.int64
        )
        self.task_region = np.array(
            [codes.setdefault(str(t["region"]), len(codes)) for t in self.tasks], dtype=np.int64
        )
        self.task_xyz = to_xyz([t["lat"] for t in tasks], [t["lon"] for t in tasks])
        self.staff_xyz = to_xyz([s["lat"] for s in self.staff], [s["lon"] for s in self.staff])
        overloaded = overloaded_regions(tasks, staff) if options.neighbour_pull else set()
        count = len(self.tasks)
        self.policy: list[CompiledPolicy | None] = [None] * count
        self.crossing = np.zeros(count, dtype=bool)
        self.limit_km = np.zeros(count)
        self.regions: list[tuple[int, ...] | None] = [None] * count
        self.region_cache: dict[tuple[int, ...] | None, IntArray] = {}
        for t, task in enumerate(self.tasks):
            policy = policies.select(task)
            if policy is None or not self.staff:
                continue
            policy, self.crossing[t] = for_region_load(policy, task, overloaded)
            self.policy[t] = policy
            own = distance_limit_km(policy)
            self.limit_km[t] = min(options.max_radius_km, own if own is not None else np.inf)
            regions = allowed_regions(policy, task)
            if regions is not None:
                self.regions[t] = tuple(sorted(codes.setdefault(r, len(codes)) for r in regions))
        # allowed[t, r]: staff of region r may qualify for task t (by the policy's syntax)
        self.allowed = np.ones((count, len(codes)), dtype=bool)
        for t, only in enumerate(self.regions):
            if only is not None:
                self.allowed[t] = False
                self.allowed[t, list(only)] = True
        # how far the search reached (every eligible pair nearer is in the model) and how far
        # pricing looks for now
        self.reach_km = np.full(count, np.inf)
        self.scope_km = np.full(count, np.inf)
        # pairs already in the model or found ineligible: pricing skips them. One flag per
        # pair while that fits in _FLAG_LIMIT bytes (a 1,000 × 5,000 batch takes 5 MB), else
        # a set of pair codes.
        pairs = count * len(self.staff)
        self.known_flags = np.zeros(pairs, dtype=bool) if pairs <= _FLAG_LIMIT else None
        self.known: set[int] = set()
        # Unjudged pairs near each task, with their costs, from earlier pricing rounds: the
        # geometry does not change between rounds, only the potentials do.
        self.cached_km = np.full(count, -1.0)
        self.cache_t = np.empty(0, dtype=np.int64)
        self.cache_s = np.empty(0, dtype=np.int64)
        self.cache_cost = np.empty(0, dtype=np.int64)
        self.arc_t: list[int] = []
        self.arc_s: list[int] = []
        self.arc_cost: list[int] = []

    def seed(self) -> None:
        """Pair each task with the eligible ones among its ``candidates`` nearest staff.

        One vectorised kd-tree query serves every task. A task with nobody eligible among
        them stays unassigned in the first solve, and pricing looks further for it.
        """
        searchable = np.array([t for t, p in enumerate(self.policy) if p is not None], dtype=int)
        if not len(searchable):
            return
        fetch = min(self.options.candidates, len(self.staff))
        got = self.tree.query(
            self.task_xyz[searchable],
            k=max(fetch, 2),
            distance_upper_bound=float(chord_from_km(self.limit_km[searchable].max())),
        )
        chords, near = np.asarray(got[0]), np.asarray(got[1])
        km = great_circle_from_chord(np.minimum(chords[:, :fetch], 2 * EARTH_RADIUS_KM))
        for row, t in enumerate(searchable.tolist()):
            # slots the query could not fill have an infinite distance
            nearest = near[row, :fetch][km[row] <= self.limit_km[t]]
            nearest = nearest[self.allowed[t, self.staff_region[nearest]]]
            # all staff nearer than the last one fetched are judged here; none is left when
            # the query ran out within the limit
            self.reach_km[t] = km[row, -1] if km[row, -1] <= self.limit_km[t] else np.inf
            self.scope_km[t] = max(2 * self.reach_km[t], self.options.radius_km)
            self.add_arcs(t, self.eligible(t, nearest.tolist()))

    def pair_costs(self, t: IntArray, s: IntArray) -> tuple[IntArray, NDArray[np.float64]]:
        """Costs (metres) and distances (km) of the pairs ``(t[i], s[i])``."""
        km = great_circle_from_chord(np.linalg.norm(self.staff_xyz[s] - self.task_xyz[t], axis=1))
        crossing = self.crossing[t] & (self.staff_region[s] != self.task_region[t])
        return arc_cost_m(km, crossing, self.options.cross_region_km), km

    def costs(self, t: int, staff: Sequence[int]) -> tuple[IntArray, NDArray[np.float64]]:
        """Costs (metres) and distances (km) from task ``t`` to ``staff`` positions."""
        index = np.asarray(staff, dtype=np.int64)
        return self.pair_costs(np.full(len(index), t, dtype=np.int64), index)

    def add_arcs(
        self,
        t: int,
        staff: Sequence[int],
        bonus_m: int = 0,
        costs: Mapping[int, int] | None = None,
    ) -> None:
        """Add pairs of task ``t``, ``bonus_m`` off their cost (for kept offers); ``costs``
        gives the pairs' costs by staff position when the caller has them already."""
        width = len(self.staff)
        flags = self.known_flags
        if flags is not None:
            fresh = [s for s in staff if not flags[t * width + s]]
        else:
            fresh = [s for s in staff if t * width + s not in self.known]
        if not fresh:
            return
        self.remember([t * width + s for s in fresh])
        self.arc_t += [t] * len(fresh)
        self.arc_s += fresh
        found = [costs[s] for s in fresh] if costs is not None else self.costs(t, fresh)[0].tolist()
        self.arc_cost += [c - bonus_m for c in found]

    def remember(self, pairs: list[int]) -> None:
        """Mark pair codes as in the model or ineligible."""
        if self.known_flags is not None:
            self.known_flags[pairs] = True
        else:
            self.known.update(pairs)

    def is_known(self, pairs: IntArray) -> NDArray[np.bool_]:
        """Which pair codes are in the model or ineligible (vectorised)."""
        if self.known_flags is not None:
            flags: NDArray[np.bool_] = self.known_flags[pairs]
            return flags
        known = self.known
        return np.fromiter((p in known for p in pairs.tolist()), dtype=bool, count=len(pairs))

    def eligible(self, t: int, staff: Sequence[int]) -> list[int]:
        """Which of ``staff`` task ``t``'s policy admits; the others are remembered."""
        policy = self.policy[t]
        assert policy is not None
        records = [self.staff[s] for s in staff]
        admitted = {row[-1]["id"] for row in policy.score(self.tasks[t], records)[0]}
        keep = [s for s, r in zip(staff, records, strict=True) if r["id"] in admitted]
        width = len(self.staff)
        self.remember([t * width + s for s in set(staff).difference(keep)])
        return keep

    def balance_m(self, s: int, nth: int) -> int:
        """Balance charge for staff position ``s``'s ``nth`` new order."""
        return balance_marginal_m(self.staff[s], nth, self.options.balance_km)

    def flow_base(self) -> tuple[IntArray, IntArray, IntArray]:
        """The arcs that never change: staff → sink (one per free place) and task → sink.

        Each staff member reaches the sink by one unit arc per free place, charged its
        balance marginal; each task reaches it directly at the unassigned penalty.
        """
        tasks, count = len(self.tasks), len(self.staff)
        sink = tasks + count
        tails = np.concatenate(
            [np.repeat(np.arange(count, dtype=np.int64) + tasks, self.capacity), np.arange(tasks)]
        )
        balance = [
            self.balance_m(s, j) for s in range(count) for j in range(1, self.capacity[s] + 1)
        ]
        cost = np.concatenate(
            [
                np.asarray(balance, dtype=np.int64),
                np.full(tasks, round(1000 * self.options.unassigned_km), dtype=np.int64),
            ]
        )
        return tails, np.full(len(tails), sink, dtype=np.int64), cost

    def solve(self, base: tuple[IntArray, IntArray, IntArray]) -> tuple[IntArray, IntArray]:
        """Solve the flow over the current pairs; returns task-arc flows and potentials."""
        tasks = len(self.tasks)
        tails = np.concatenate([np.asarray(self.arc_t, dtype=np.int64), base[0]])
        heads = np.concatenate([np.asarray(self.arc_s, dtype=np.int64) + tasks, base[1]])
        cost = np.concatenate([np.asarray(self.arc_cost, dtype=np.int64), base[2]])
        supplies = np.zeros(tasks + len(self.staff) + 1, dtype=np.int64)
        supplies[:tasks], supplies[-1] = 1, -tasks
        flow, potentials = solve(tails, heads, np.ones(len(tails), dtype=np.int64), cost, supplies)
        return flow[: len(self.arc_t)], potentials

    def price(self, potentials: IntArray) -> int:
        """Add left-out eligible pairs with negative reduced cost; returns how many.

        Zero means none is left anywhere: the current flow is optimal for the full problem.
        """
        tasks = len(self.tasks)
        task_pi, staff_pi = potentials[:tasks], potentials[tasks:-1]
        # a left-out pair (t, s) gains only when cost < staff_pi[s] - task_pi[t]; the cost is
        # at least the distance, so no pair farther than the largest staff potential allows
        # can gain, and none nearer than the search reached is left out
        need = np.minimum((staff_pi.max() - task_pi) / 1000, self.limit_km)
        pending = need > self.reach_km
        while pending.any():
            # look close first (an unassigned task's need is the whole limit) and widen
            # only where nothing closer gains
            todo = np.flatnonzero(pending)
            added = self.add_gaining(todo, np.minimum(need, self.scope_km)[todo], potentials)
            if added:
                return added
            pending &= need > self.scope_km
            self.scope_km[pending] *= 2
        return 0

    def pairs_within(
        self, todo: IntArray, radius: NDArray[np.float64]
    ) -> tuple[IntArray, IntArray]:
        """Pairs of each task of ``todo`` with the staff within ``radius`` of it, or more.

        A kd-tree ball in general; but a task whose policy admits only some regions is paired
        with those regions' staff when they are fewer than the ball holds (a wide ball around
        an unassigned task holds most of the city). Such pairs may lie beyond the radius.
        """
        chords = chord_from_km(radius)
        regional = np.array([self.regions[t] is not None for t in todo.tolist()], dtype=bool)
        by_region = np.zeros(len(todo), dtype=bool)
        if regional.any():
            counts = self.tree.query_ball_point(
                self.task_xyz[todo[regional]], chords[regional], return_length=True
            )
            sizes = [self.region_size(self.regions[t]) for t in todo[regional].tolist()]
            by_region[regional] = np.asarray(counts) > np.asarray(sizes)
        balls = self.tree.query_ball_point(self.task_xyz[todo[~by_region]], chords[~by_region])
        lengths = np.fromiter((len(b) for b in balls), dtype=np.int64, count=len(balls))
        pair_t = [np.repeat(todo[~by_region], lengths)]
        pair_s = [np.fromiter(chain.from_iterable(balls), dtype=np.int64, count=int(lengths.sum()))]
        groups: dict[tuple[int, ...], list[int]] = defaultdict(list)
        for t in todo[by_region].tolist():
            groups[self.regions[t] or ()].append(t)
        for only, members in groups.items():
            staff = self.region_staff(only)
            pair_t.append(np.repeat(np.asarray(members, dtype=np.int64), len(staff)))
            pair_s.append(np.tile(staff, len(members)))
        return np.concatenate(pair_t), np.concatenate(pair_s)

    def region_staff(self, only: tuple[int, ...] | None) -> IntArray:
        """Positions of the staff whose home region is one of ``only``."""
        if only not in self.region_cache:
            self.region_cache[only] = np.flatnonzero(np.isin(self.staff_region, only or ()))
        return self.region_cache[only]

    def region_size(self, only: tuple[int, ...] | None) -> int:
        """How many staff live in the regions ``only``."""
        return len(self.region_staff(only))

    def unjudged_pairs(
        self, todo: IntArray, radius: NDArray[np.float64]
    ) -> tuple[IntArray, IntArray, IntArray]:
        """The pairs of each task of ``todo`` with the staff within ``radius`` (or more) that
        may qualify and are not yet known, with their costs.

        Kept between pricing rounds: a task's ball is searched again only when its radius
        grows, and pairs that became known since are dropped.
        """
        width = len(self.staff)
        grows = radius > self.cached_km[todo]
        if grows.any():
            stale = todo[grows]
            pair_t, pair_s = self.pairs_within(stale, radius[grows])
            cost, km = self.pair_costs(pair_t, pair_s)
            keep = self.allowed[pair_t, self.staff_region[pair_s]]
            keep &= km <= self.limit_km[pair_t]
            was_stale = np.zeros(len(self.tasks), dtype=bool)
            was_stale[stale] = True
            old = ~was_stale[self.cache_t]
            self.cache_t = np.concatenate([self.cache_t[old], pair_t[keep]])
            self.cache_s = np.concatenate([self.cache_s[old], pair_s[keep]])
            self.cache_cost = np.concatenate([self.cache_cost[old], cost[keep]])
            self.cached_km[stale] = radius[grows]
        fresh = ~self.is_known(self.cache_t * width + self.cache_s)
        self.cache_t, self.cache_s = self.cache_t[fresh], self.cache_s[fresh]
        self.cache_cost = self.cache_cost[fresh]
        wanted = np.zeros(len(self.tasks), dtype=bool)
        wanted[todo] = True
        chosen = wanted[self.cache_t]
        return self.cache_t[chosen], self.cache_s[chosen], self.cache_cost[chosen]

    def add_gaining(self, todo: IntArray, radius: NDArray[np.float64], potentials: IntArray) -> int:
        """Add the eligible left-out pairs of negative reduced cost within ``radius`` of
        each task of ``todo`` (or farther, when known from a wider search before), the most
        negative first; returns how many."""
        tasks = len(self.tasks)
        task_pi, staff_pi = potentials[:tasks], potentials[tasks:-1]
        pair_t, pair_s, cost = self.unjudged_pairs(todo, radius)
        reduced = cost + task_pi[pair_t] - staff_pi[pair_s]
        keep = reduced < 0
        pair_t, pair_s, reduced, cost = pair_t[keep], pair_s[keep], reduced[keep], cost[keep]
        if not len(pair_t):
            return 0
        order = np.lexsort((reduced, pair_t))
        pair_t, pair_s, cost = pair_t[order], pair_s[order], cost[order]
        step = self.options.arcs_per_round
        starts = np.flatnonzero(np.diff(pair_t, prepend=-1))
        added = 0
        for t, queue, costs in zip(
            pair_t[starts].tolist(),
            np.split(pair_s, starts[1:]),
            np.split(cost, starts[1:]),
            strict=True,
        ):
            found: list[int] = []
            for first in range(0, len(queue), 2 * step):
                found += self.eligible(t, queue[first : first + 2 * step].tolist())
                if len(found) >= step:
                    break
            by_staff = dict(zip(queue.tolist(), costs.tolist(), strict=True))
            self.add_arcs(t, found[:step], costs=by_staff)
            added += len(found[:step])
        return added

    def run(self) -> tuple[dict[int, int], bool, int]:
        """Find candidates, then solve and price until no pair is left to add.

        Returns:
            Task → staff positions, whether optimality was proven, and the flow solves made.
        """
        if not self.staff:
            return {}, True, 0
        self.tree = cKDTree(self.staff_xyz)
        self.seed()
        base = self.flow_base()
        rounds = 0
        while True:
            flow, potentials = self.solve(base)
            rounds += 1
            added = self.price(potentials) if rounds < self.options.max_rounds else -1
            if added <= 0:
                used = np.nonzero(flow)[0].tolist()
                return {self.arc_t[a]: self.arc_s[a] for a in used}, added == 0, rounds

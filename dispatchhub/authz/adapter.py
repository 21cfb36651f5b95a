"""A Casbin adapter that keeps policy in the database through Piccolo.

Two layers: the policy shipped with the code (``dispatchhub/authz/policies/*.csv``, one file
per domain, read-only at run time) and the rules admins add (``casbin_rules`` rows: role
grants to users, extra permissions). Loading merges both; saving and removing touch the
database layer only, so an upgrade that changes a shipped rule takes effect everywhere
without a data migration.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from importlib.resources import files
from typing import Any

from casbin.persist import load_policy_line
from casbin.persist.adapters.asyncio import AsyncAdapter

from dispatchhub.authz.tables import CasbinRule

__all__ = ["PiccoloAdapter", "shipped_policy"]

_COLUMNS = ("v0", "v1", "v2", "v3", "v4", "v5")


@cache
def shipped_policy() -> tuple[tuple[str, ...], ...]:
    """Every rule of the shipped CSV files as (ptype, v0, ...), comments dropped."""
    rules: list[tuple[str, ...]] = []
    for resource in sorted(files("dispatchhub.authz.policies").iterdir(), key=lambda r: r.name):
        if not resource.name.endswith(".csv"):
            continue
        for line in resource.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                rules.append(tuple(part.strip() for part in line.split(",")))
    return tuple(rules)


class PiccoloAdapter(AsyncAdapter):  # type: ignore[misc]
    """Shipped CSV rules plus ``CasbinRule`` rows."""

    async def load_policy(self, model: Any) -> None:
        """Load the shipped rules, then the database's."""
        for rule in shipped_policy():
            load_policy_line(", ".join(rule), model)
        for row in await CasbinRule.select().order_by(CasbinRule.ptype):
            values = [row[column] for column in _COLUMNS]
            while values and values[-1] == "":
                values.pop()
            load_policy_line(", ".join([row["ptype"], *values]), model)

    async def save_policy(self, model: Any) -> bool:
        """Replace the database layer with the model's rules that were not shipped."""
        shipped = set(shipped_policy())
        rows = [
            _row(ptype, rule)
            for sec in ("p", "g")
            for ptype, assertion in model.model.get(sec, {}).items()
            for rule in assertion.policy
            if (ptype, *rule) not in shipped
        ]
        await CasbinRule.delete(force=True)
        if rows:
            await CasbinRule.insert(*rows)
        return True

    async def add_policy(self, sec: str, ptype: str, rule: Sequence[str]) -> None:
        """Store one rule (Casbin calls it on add with auto-save on)."""
        await CasbinRule.insert(_row(ptype, rule))

    async def add_policies(self, sec: str, ptype: str, rules: Sequence[Sequence[str]]) -> None:
        """Store several rules at once."""
        if rules:
            await CasbinRule.insert(*(_row(ptype, rule) for rule in rules))

    async def remove_policy(self, sec: str, ptype: str, rule: Sequence[str]) -> bool:
        """Delete one stored rule; shipped rules cannot be removed."""
        where = CasbinRule.ptype == ptype
        for column, value in zip(_COLUMNS, _padded(rule), strict=True):
            where &= getattr(CasbinRule, column) == value
        await CasbinRule.delete().where(where)
        return True

    async def remove_filtered_policy(
        self, sec: str, ptype: str, field_index: int, *field_values: str
    ) -> bool:
        """Delete stored rules whose fields from ``field_index`` on match the given values."""
        where = CasbinRule.ptype == ptype
        for column, value in zip(_COLUMNS[field_index:], field_values, strict=False):
            if value:
                where &= getattr(CasbinRule, column) == value
        await CasbinRule.delete().where(where)
        return True


def _padded(rule: Sequence[str]) -> Iterator[str]:
    values = list(rule)[: len(_COLUMNS)]
    yield from values + [""] * (len(_COLUMNS) - len(values))


def _row(ptype: str, rule: Sequence[str]) -> CasbinRule:
    values: dict[str, Any] = dict(zip(_COLUMNS, _padded(rule), strict=True))
    return CasbinRule(ptype=ptype, **values)

"""Breaking-change gate: the schema the code serves against main's previous schema.

Every breaking change graphql-core's ``find_breaking_changes`` reports (a type, field,
argument or enum value removed, a type changed, a required argument or input field added)
fails the gate unless the text CHANGELOG.md gained since the base names it by its schema
coordinate: ``Order.urgency``, ``Query.order(id:)``, ``OrderStatus.ESCALATED``,
``BookingStatus``; a root field may be named without its root type (``bookingCancel``,
``order(id:)``).

The base, where no ``DISPATCHHUB_SCHEMA_BASE`` (a commit or ref) is given:

- on a branch: the merge-base with ``main``, so every commit of the branch counts;
- on ``main`` itself (CI's fresh clone of main): the first parent of HEAD, main's previous
  state (with a merge commit, everything the merge brought in).

A base that is not in the clone (a shallow clone, the first commit) fails the gate with what
to do, rather than passing unchecked.

Usage (scripts/test runs it): ``.venv/bin/python scripts/schema_gate.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graphql import BreakingChange, build_schema, find_breaking_changes, find_dangerous_changes

REPO = Path(__file__).resolve().parents[1]
ROOT_TYPES = ("Query.", "Mutation.", "Subscription.")
_NAME = r"[_A-Za-z][_0-9A-Za-z]*"
# Where the changed thing's coordinate sits in graphql-core's descriptions, most specific first.
_COORDINATES = (
    re.compile(rf"(@?{_NAME}\.{_NAME}\({_NAME}:\))"),  # Argument Type.field(arg:)
    re.compile(rf"(@{_NAME}\({_NAME}:\))"),  # directive argument
    re.compile(rf"(?:from|to) union type ({_NAME})"),
    re.compile(rf"(?<![@\w])({_NAME}\.{_NAME})\b"),  # field, input field, enum value
    re.compile(rf"(@{_NAME})"),  # directive
    re.compile(rf"^(?:Standard scalar )?({_NAME})\b"),  # a type
)


class GateError(Exception):
    """The gate cannot compare (no base, no git): a message for the developer."""


@dataclass(frozen=True)
class Finding:
    """One breaking change and the coordinate CHANGELOG.md must name."""

    coordinate: str
    description: str


def coordinate_of(change: BreakingChange) -> str:
    """The schema coordinate a breaking change is about."""
    for pattern in _COORDINATES:
        found = pattern.search(change.description)
        if found:
            return found.group(1)
    return change.description


def names(text: str, coordinate: str) -> bool:
    """Whether ``text`` names ``coordinate`` (or a root field without its root type)."""
    spellings = [coordinate]
    if coordinate.startswith(ROOT_TYPES):
        spellings.append(coordinate.split(".", 1)[1])
    return any(re.search(rf"(?<![\w.]){re.escape(s)}(?!\w)", text) for s in spellings)


def unnamed_breaking_changes(old_sdl: str, new_sdl: str, changelog_added: str) -> list[Finding]:
    """Breaking changes from ``old_sdl`` to ``new_sdl`` that ``changelog_added`` leaves out."""
    changes = find_breaking_changes(build_schema(old_sdl), build_schema(new_sdl))
    findings = [Finding(coordinate_of(change), change.description) for change in changes]
    return [f for f in findings if not names(changelog_added, f.coordinate)]


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo``; GateError with git's message when it fails."""
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GateError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def base_commit(repo: Path, override: str | None = None) -> str:
    """The commit to compare with (see the module's docstring)."""
    if override:
        return _resolve(repo, override, "DISPATCHHUB_SCHEMA_BASE")
    head = _resolve(repo, "HEAD", "HEAD")
    main = _try_resolve(repo, "main") or _try_resolve(repo, "origin/main")
    if main is not None:
        base = git(repo, "merge-base", head, main).strip()
        if base != head:
            return base
    parent = _try_resolve(repo, "HEAD^1")
    if parent is None:
        shallow = git(repo, "rev-parse", "--is-shallow-repository").strip() == "true"
        why = "the clone is shallow" if shallow else "HEAD has no parent"
        raise GateError(
            f"no previous state of main to compare the schema with ({why}): fetch more "
            "history (git fetch --deepen=1) or set DISPATCHHUB_SCHEMA_BASE to a commit"
        )
    return parent


def _try_resolve(repo: Path, ref: str) -> str | None:
    done = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        cwd=repo, capture_output=True, text=True, check=False,
    )  # fmt: skip
    return done.stdout.strip() if done.returncode == 0 else None


def _resolve(repo: Path, ref: str, what: str) -> str:
    commit = _try_resolve(repo, ref)
    if commit is None:
        raise GateError(f"{what} {ref!r} is not a commit in this clone")
    return commit


def file_at(repo: Path, commit: str, path: str) -> str | None:
    """The file's text at ``commit``, or None where it did not exist."""
    done = subprocess.run(
        ["git", "show", f"{commit}:{path}"], cwd=repo, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    return done.stdout if done.returncode == 0 else None


def added_lines(old: str, new: str) -> str:
    """The lines of ``new`` that ``old`` lacks (what a changelog gained)."""
    before = set(old.splitlines())
    return "\n".join(line for line in new.splitlines() if line not in before)


def check(repo: Path, current_sdl: str, override: str | None = None) -> list[Finding]:
    """The unnamed breaking changes between the base's schema.graphql and ``current_sdl``."""
    base = base_commit(repo, override)
    old_sdl = file_at(repo, base, "schema.graphql")
    if old_sdl is None:
        return []  # nothing was published to break
    changelog = repo / "CHANGELOG.md"
    now = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    gained = added_lines(file_at(repo, base, "CHANGELOG.md") or "", now)
    return unnamed_breaking_changes(old_sdl, current_sdl, gained)


def _report(findings: Iterable[Finding]) -> str:
    lines = [f"  `{f.coordinate}`: {f.description}" for f in findings]
    return (
        "Breaking schema changes that CHANGELOG.md does not name:\n" + "\n".join(lines) + "\n"
        "Name each (its coordinate, in the new changelog text) with its replacement, or keep "
        "the old field with @deprecated(reason:) instead."
    )


def main() -> int:
    """Compare the exported schema with the base's; 1 when a breaking change is unnamed."""
    sys.path.insert(0, str(REPO))
    from dispatchhub.graphql.schema import build_schema as build_served_schema

    current = str(build_served_schema()) + "\n"
    try:
        base = base_commit(REPO, os.environ.get("DISPATCHHUB_SCHEMA_BASE"))
        findings = check(REPO, current, base)
    except GateError as error:
        print(f"schema gate: {error}", file=sys.stderr)
        return 1
    old_sdl = file_at(REPO, base, "schema.graphql")
    if old_sdl is not None:
        for change in find_dangerous_changes(build_schema(old_sdl), build_schema(current)):
            print(f"schema gate: note (not breaking): {change.description}")
    if findings:
        print(_report(findings), file=sys.stderr)
        return 1
    print(f"schema gate: no unnamed breaking change since {base[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

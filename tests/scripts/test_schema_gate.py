"""scripts/schema_gate.py: a breaking schema change fails unless CHANGELOG.md names it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
OLD = """type Query {
  order(id: ID!): Order
  orders(first: Int! = 20): [Order!]!
}

type Order {
  id: ID!
  urgency: String!
  status: OrderStatus!
}

enum OrderStatus {
  OPEN
  ESCALATED
}
"""


def _load_gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("schema_gate", REPO / "scripts/schema_gate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["schema_gate"] = module
    spec.loader.exec_module(module)
    return module


gate = _load_gate()


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def commit(
    repo: Path, message: str, schema: str | None = None, changelog: str | None = None
) -> str:
    if schema is not None:
        (repo / "schema.graphql").write_text(schema, encoding="utf-8")
    if changelog is not None:
        (repo / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", message)
    return git(repo, "rev-parse", "HEAD")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose main has published OLD, with a changelog."""
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "dev@example.com")
    git(tmp_path, "config", "user.name", "dev")
    commit(tmp_path, "first", OLD, "# Changelog\n\n## 2026-12-01\n\n- `Order.urgency` added.\n")
    commit(tmp_path, "published", OLD)
    return tmp_path


WITHOUT_URGENCY = OLD.replace("  urgency: String!\n", "")


def test_a_removed_field_fails_on_main_unless_the_changelog_names_it(repo: Path) -> None:
    # given: main's last commit removes a field, and the changelog says nothing new
    commit(repo, "remove urgency", WITHOUT_URGENCY)
    # when / then: the gate names what is missing (an old mention does not count)
    (finding,) = gate.check(repo, WITHOUT_URGENCY)
    assert finding.coordinate == "Order.urgency"
    assert "was removed" in finding.description
    # and when the change is named in the new changelog text, it passes
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    commit(repo, "name it", changelog=changelog + "\n## 2026-12-08\n\n- **Removed** "
           "`Order.urgency`: read `Order.priority`.\n")  # fmt: skip
    git(repo, "reset", "-q", "--soft", "HEAD~2")  # one commit: the removal and its note
    commit(repo, "remove urgency, with a note")
    assert gate.check(repo, WITHOUT_URGENCY) == []


def test_every_kind_of_change_is_named_by_its_coordinate(repo: Path) -> None:
    new = (
        OLD.replace("order(id: ID!)", "order(key: ID!)")
        .replace("urgency: String!", "urgency: Urgency!")
        .replace("  ESCALATED\n", "")
        .replace("orders(first: Int! = 20)", "orders(first: Int! = 20, region: String!)")
        + "\nenum Urgency {\n  NORMAL\n}\n"
    )
    findings = gate.check(repo, new)
    assert {f.coordinate for f in findings} == {
        "Query.order(id:)", "Query.order(key:)", "Order.urgency", "OrderStatus.ESCALATED",
        "Query.orders(region:)",
    }  # fmt: skip
    note = (
        "- `order(key:)` replaces `order(id:)`; `Order.urgency` is the `Urgency` enum; "
        "`OrderStatus.ESCALATED` is gone; `orders(region:)` is required.\n"
    )
    (repo / "CHANGELOG.md").write_text(
        (repo / "CHANGELOG.md").read_text(encoding="utf-8") + note, encoding="utf-8"
    )
    assert gate.check(repo, new) == []  # uncommitted changelog text counts too


def test_a_near_name_is_not_a_name(repo: Path) -> None:
    (repo / "CHANGELOG.md").write_text("- `Order.urgencyLevel`, `MyOrder.urgency`\n")
    assert [f.coordinate for f in gate.check(repo, WITHOUT_URGENCY)] == ["Order.urgency"]


def test_on_a_branch_every_commit_since_main_counts(repo: Path) -> None:
    git(repo, "switch", "-q", "-c", "feature")
    commit(repo, "remove urgency", WITHOUT_URGENCY)
    commit(repo, "something else")  # HEAD~1 already lacks the field; the merge-base does not
    assert [f.coordinate for f in gate.check(repo, WITHOUT_URGENCY)] == ["Order.urgency"]


def test_additions_are_not_breaking(repo: Path) -> None:
    added = OLD.replace("  id: ID!\n", "  id: ID!\n  region: String\n")
    assert gate.check(repo, added) == []


def test_without_a_previous_state_the_gate_fails_clearly(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "dev@example.com")
    git(tmp_path, "config", "user.name", "dev")
    commit(tmp_path, "only", OLD)
    with pytest.raises(gate.GateError, match="no previous state of main"):
        gate.check(tmp_path, WITHOUT_URGENCY)


def test_a_shallow_clone_says_so(repo: Path, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    with pytest.raises(gate.GateError, match="the clone is shallow"):
        gate.check(clone, WITHOUT_URGENCY)
    # a base given explicitly is used as it is
    with pytest.raises(gate.GateError, match="DISPATCHHUB_SCHEMA_BASE 'nowhere'"):
        gate.check(clone, WITHOUT_URGENCY, "nowhere")

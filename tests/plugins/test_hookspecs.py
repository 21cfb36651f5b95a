"""Every hook is documented, and every hook is exercised by a test named after it."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from dispatchhub.plugins import hookspecs

TESTS = Path(__file__).resolve().parents[1]
HOOKS = sorted(
    name
    for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
    if hasattr(function, "dispatchhub_spec")
)


def test_there_are_hooks() -> None:
    assert len(HOOKS) >= 4


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented_with_every_argument(hook: str) -> None:
    function = getattr(hookspecs, hook)
    doc = inspect.getdoc(function) or ""

    assert len(doc.splitlines()) >= 3, f"{hook} needs a docstring: purpose, when, arguments"
    assert "Called" in doc, f"{hook}'s docstring must say when it is called"
    for argument in inspect.signature(function).parameters:
        assert f"{argument}:" in doc, f"{hook}'s docstring does not describe {argument!r}"
    if function.dispatchhub_spec["firstresult"]:
        assert "first non-None" in doc, f"{hook} must say it stops at the first answer"


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_test(hook: str) -> None:
    sources = "\n".join(path.read_text() for path in TESTS.rglob("test_*.py"))

    assert f"def test_hook_{hook}" in sources, f"write test_hook_{hook} to show {hook} works"


def test_generated_reference_is_current() -> None:
    from dispatchhub.plugins.reference import hook_reference

    committed = (TESTS.parent / "docs" / "plugin-hooks.md").read_text(encoding="utf-8")

    assert committed == hook_reference(), "run `dispatchhub plugin-reference` and commit it"

"""``dispatchhub policy validate|test FILE``: positioned diagnostics, examples, exit status."""

from __future__ import annotations

from pathlib import Path

import pytest

from dispatchhub.cli import main
from dispatchhub.demo.data_policy import DEMO_POLICY

BROKEN = """\
policy near priority 5
  applies when task.type == "hvac"
  require close : distance(staff, task) <= 10
  prefer rating weight 2 : scale(staff.ratng ?? 3, worst 1, best 5)
default policy anyone
  require on_shift : staff.on_shift
"""
EXAMPLES = """\
policy near
  applies when task.type == "hvac"
  require close : distance(staff, task) <= 10 km reason "距离 {distance(staff, task)}"
  example "nearby" given task {type: "hvac", lat: 31.2, lon: 121.4}
                   staff {lat: 31.21, lon: 121.4} expect eligible
  example "far away" given task {type: "hvac", lat: 31.2, lon: 121.4}
                     staff {lat: 31.21, lon: 121.4} expect ineligible close
default policy anyone
  require on_shift : staff.on_shift
"""


@pytest.fixture(autouse=True)
def core_plugins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCHHUB_LOAD_PLUGINS", "")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.dsl"
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_prints_each_diagnostic_with_a_caret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, BROKEN)

    status = main(["policy", "validate", str(path)])

    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    first = lines.index(f"{path}:3:44: error MISSING_UNIT: `10` in this comparison is a plain "
                        "number but must be a distance (hint: add a unit, e.g. 10 km)")  # fmt: skip
    assert lines[first + 1] == "    require close : distance(staff, task) <= 10"
    assert lines[first + 2] == " " * 45 + "^^"
    assert any("4:34: error UNKNOWN_FIELD" in line and "did you mean staff.rating?" in line
               for line in lines)  # fmt: skip
    assert lines[-1] == f"{path}: 2 error(s), 0 warning(s)"


def test_validate_a_clean_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "validate", str(write(tmp_path, DEMO_POLICY))]) == 0
    assert capsys.readouterr().out.endswith("0 error(s), 0 warning(s)\n")


def test_test_runs_the_examples_and_fails_on_a_failing_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, EXAMPLES)

    status = main(["policy", "test", str(path)])

    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert f"PASS {path}:4 near / nearby: eligible" in out
    assert f"FAIL {path}:6 near / far away: eligible, but the example expects ineligible" in out
    assert out[-1] == "1 passed, 1 failed"


def test_test_passes_when_every_example_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["policy", "test", str(write(tmp_path, DEMO_POLICY))]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "3 passed, 0 failed"


def test_test_stops_at_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "test", str(write(tmp_path, BROKEN))]) == 1
    out = capsys.readouterr().out
    assert "MISSING_UNIT" in out and "passed" not in out

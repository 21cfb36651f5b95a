"""No top-level package of ours may shadow a standard-library module (the card's ``platform/``
would have broken uuid, Starlette, redis and pytest)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def top_level_packages() -> set[str]:
    names = {path.parent.name for path in REPO.glob("*/__init__.py")}
    for project in [*REPO.glob("plugins/*/pyproject.toml"), *REPO.glob("clients/*/pyproject.toml")]:
        names |= {path.parent.name for path in project.parent.glob("*/__init__.py")}
    return names - {"tests"}


def test_our_packages_are_found() -> None:
    assert {"dispatchhub", "dispatchhub_sms", "dispatchhub_maps", "dispatchhub_client"} <= (
        top_level_packages()
    )


def test_no_package_shadows_the_standard_library() -> None:
    assert top_level_packages() & sys.stdlib_module_names == set()


def test_plugin_distributions_use_the_entry_point_group() -> None:
    for project in REPO.glob("plugins/*/pyproject.toml"):
        data = tomllib.loads(project.read_text())
        assert "dispatchhub.plugins" in data["project"]["entry-points"], project

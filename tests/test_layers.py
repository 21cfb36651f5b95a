"""The packages of ``dispatchhub`` import each other in one direction only.

``lint-imports`` checks the contracts in pyproject.toml; this test reads the code itself,
imports inside functions included (only those under ``if TYPE_CHECKING:`` are left out,
as the contracts leave them out: they never run), and finds no circle between packages.
The imports the contracts list as known debt are the only exceptions, and each of them must
still exist, so the list only shrinks.
"""

from __future__ import annotations

import ast
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "dispatchhub"
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for stmt in node.body for inner in ast.walk(stmt))
    return skipped


def _imported(module: str, is_package: bool, node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = module.split(".")
        base = base if is_package else base[:-1]
        base = base[: len(base) - node.level + 1]
        source = ".".join([*base, node.module] if node.module else base)
    else:
        source = node.module or ""
    return [source] + [f"{source}.{alias.name}" for alias in node.names]


def imports() -> Iterator[tuple[str, str, int]]:
    """Every (importer, imported, line) inside dispatchhub, at any depth of the code."""
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        if module == "dispatchhub":
            continue  # the package itself: its face re-exports hookimpl from the core
        tree = ast.parse(path.read_text(), str(path))
        skipped = _type_checking_only(tree)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in skipped:
                for name in _imported(module, path.name == "__init__.py", node):
                    if name.startswith("dispatchhub."):
                        yield module, name, node.lineno


def _unit(module: str) -> str:
    return module.split(".")[1]


def _known_debt() -> set[tuple[str, str]]:
    pairs = set()
    for contract in CONFIG["contracts"]:
        for line in contract.get("ignore_imports", []):
            importer, imported = (part.strip() for part in line.split("->"))
            pairs.add((importer, imported))
    return pairs


def _is_debt(importer: str, imported: str, debt: set[tuple[str, str]]) -> bool:
    return any(importer == a and (imported == b or imported.startswith(b + ".")) for a, b in debt)


def _circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(unit: str) -> None:
        index[unit] = low[unit] = len(index)
        stack.append(unit)
        for other in sorted(edges[unit]):
            if other not in index:
                visit(other)
                low[unit] = min(low[unit], low[other])
            elif other in stack:
                low[unit] = min(low[unit], index[other])
        if low[unit] == index[unit]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == unit:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for unit in sorted(edges):
        if unit not in index:
            visit(unit)
    return found


def test_no_circle_between_packages_counting_imports_inside_functions() -> None:
    debt = _known_debt()
    edges: dict[str, set[str]] = defaultdict(set)
    where: dict[tuple[str, str], str] = {}
    for importer, imported, line in imports():
        source, target = _unit(importer), _unit(imported)
        edges[source]
        if source != target and not _is_debt(importer, imported, debt):
            edges[source].add(target)
            where.setdefault((source, target), f"{importer}:{line} -> {imported}")

    circles = _circles(edges)

    assert circles == [], "\n".join(
        " ↔ ".join(group)
        + "".join(f"\n  {where[(a, b)]}" for a in group for b in group if (a, b) in where)
        for group in circles
    )


def test_known_debt_is_still_there() -> None:
    """A debt paid is struck from pyproject.toml's ignore_imports, so the list only shrinks."""
    seen = {(importer, imported) for importer, imported, _ in imports()}

    paid = [
        f"{a} -> {b}"
        for a, b in sorted(_known_debt())
        if not any(i == a and (m == b or m.startswith(b + ".")) for i, m in seen)
    ]

    assert paid == []


def test_every_package_has_its_layer() -> None:
    units = {
        path.stem if path.suffix == ".py" else path.name
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").exists()
    }
    (layers,) = [c for c in CONFIG["contracts"] if c["type"] == "layers"]
    named = {
        name.strip() for layer in layers["layers"] for name in layer.replace(":", "|").split("|")
    }

    assert units - named == set()
    assert named - units == set()

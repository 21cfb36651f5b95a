"""The fault tests' figures, printed at the end of the run (``pytest_terminal_summary``)."""

from __future__ import annotations

FIGURES: list[str] = []


def report(line: str) -> None:
    """Keep ``line`` for the summary (and print it, for ``-s`` runs)."""
    FIGURES.append(line)
    print(f"\n{line}")

"""Cells that are safe to open: every CSV and XLSX the platform writes goes through here.

Text in exports comes from customers (descriptions, addresses, names), so it is data that a
spreadsheet must never run (OWASP "CSV injection"):

- **XLSX**: every text cell is written as a string cell, so ``=HYPERLINK(…)`` shows as the
  text it is and is never evaluated; characters that XML 1.0 cannot hold (NUL and the other
  C0 controls) are replaced with U+FFFD, so one stored control character cannot break an
  export.
- **CSV**: a cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
  leading apostrophe, which spreadsheet programs read as "this is text" and which keeps the
  rest readable; control characters are replaced as for XLSX.

Numbers, dates and empty cells pass unchanged.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import IO, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["FORMULA_PREFIXES", "csv_cell", "csv_writer", "xlsx_row"]

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def _clean(text: str) -> str:
    return _UNSTORABLE.sub("\ufffd", text)


def csv_cell(value: Any) -> Any:
    """``value`` as a CSV cell that no spreadsheet evaluates."""
    if not isinstance(value, str):
        return value
    text = _clean(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class _SafeWriter:
    """A ``csv.writer`` whose rows go through :func:`csv_cell`."""

    def __init__(self, handle: IO[str]) -> None:
        self.writer = csv.writer(handle)

    def writerow(self, values: Iterable[Any]) -> None:
        self.writer.writerow([csv_cell(v) for v in values])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: IO[str]) -> _SafeWriter:
    """A CSV writer for exports (see the module docs)."""
    return _SafeWriter(handle)


def xlsx_row(sheet: WriteOnlyWorksheet, values: Iterable[Any]) -> list[Any]:
    """``values`` as cells of a write-only sheet, text always as string cells."""
    cells: list[Any] = []
    for value in values:
        if isinstance(value, str):
            cell = WriteOnlyCell(sheet, value=_clean(value))
            cell.data_type = "s"  # never a formula, whatever the text starts with
            cells.append(cell)
        else:
            cells.append(value)
    return cells

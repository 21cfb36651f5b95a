"""Export cells are data, never formulas (OWASP CSV injection), and always storable."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from dispatchhub.spreadsheets import csv_cell, csv_writer, xlsx_row


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_a_csv_cell_starting_like_a_formula_is_quoted(lead: str) -> None:
    assert csv_cell(f"{lead}1+1") == f"'{lead}1+1"


@pytest.mark.parametrize("value", ["厨房水管漏水", "a=b", "", 12, 3.5, None])
def test_other_csv_cells_pass_unchanged(value: object) -> None:
    assert csv_cell(value) == value


def test_csv_cells_lose_what_a_file_cannot_hold() -> None:
    out = io.StringIO()
    csv_writer(out).writerow(["a\x00b", "\x01=SUM(A1)"])
    assert out.getvalue() == "a\ufffdb,\ufffd=SUM(A1)\r\n"


def test_xlsx_text_is_a_string_cell_whatever_it_starts_with() -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("s")
    sheet.append(xlsx_row(sheet, ["=1+1", "@SUM(A1)", "bell\x07", 42]))
    data = io.BytesIO()
    book.save(data)

    row = next(load_workbook(data).active.iter_rows())  # type: ignore[union-attr]
    assert [(c.data_type, c.value) for c in row] == [
        ("s", "=1+1"), ("s", "@SUM(A1)"), ("s", "bell\ufffd"), ("n", 42),
    ]  # fmt: skip

"""Export 100,000 bookings to XLSX: time and peak memory, against a non-streaming baseline.

Run: ``.venv/bin/python bench/bench_export.py [--rows 100000]``. It builds a scratch SQLite
database under a temporary folder, fills it, runs the real export job's writer
(``dispatchhub.bookings.export``: keyset batches from the database, openpyxl write-only
mode), and, as the baseline in the same run, the naive approach: load every row, then
build a normal (in-memory) workbook. Each is timed once untraced, then run again under
tracemalloc (Python allocations) for its peak memory.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

from openpyxl import Workbook

from dispatchhub import db
from dispatchhub.bookings.export import HEADER, _rows, write_export
from dispatchhub.bookings.listing import BookingFilter
from dispatchhub.bookings.tables import Booking
from dispatchhub.config import Settings
from dispatchhub.users.tables import User

SNAPSHOT = {"code": "hvac", "name_zh": "空调维修", "name_en": "AC repair", "currency": "CNY"}
WORDS = ["空调不制冷", "漏水", "有异响", "AC not cooling", "leaking", "no hot water", "跳闸"]


async def fill(rows: int) -> None:
    customers = [User(id=uuid4(), name=f"客户{i}", phone=f"+86139{i:08d}") for i in range(500)]
    await User.insert(*customers)
    rng = random.Random(7)
    start = datetime(2026, 1, 1, 2, tzinfo=UTC)
    batch: list[Booking] = []
    for i in range(rows):
        batch.append(
            Booking(
                number=f"B2026{i:07d}", customer=customers[i % 500].id, channel="WEB",
                service_snapshot=SNAPSHOT, description=" ".join(rng.sample(WORDS, 3)),
                scheduled_start=start + timedelta(minutes=37 * i), address=f"徐汇区 {i} 号",
                region="xuhui", urgency="NORMAL", status="COMPLETED", price_minor=20000,
            )
        )  # fmt: skip
        if len(batch) == 1000:
            await Booking.insert(*batch)
            batch = []
    if batch:
        await Booking.insert(*batch)


async def measure(label: str, run: Callable[[], Awaitable[int]]) -> tuple[float, float]:
    """Time one run untraced (tracemalloc slows allocation several-fold), then trace another
    for the peak."""
    began = time.perf_counter()
    count = await run()
    seconds = time.perf_counter() - began
    tracemalloc.start()
    await run()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"{label:<34} {count:>8,} rows  {seconds:7.2f} s  peak {peak:8.1f} MiB")
    return seconds, peak


async def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=f"sqlite:///{folder}/bench.sqlite")
        db.configure(settings)
        await db.migrate()
        began = time.perf_counter()
        await fill(rows)
        print(f"filled {rows:,} bookings in {time.perf_counter() - began:.1f} s\n")

        async def streaming() -> int:
            return await write_export(
                _rows(settings, BookingFilter()), Path(folder) / "s.xlsx", "XLSX"
            )

        async def naive() -> int:
            everything: list[tuple[Any, ...]] = [
                row async for row in _rows(settings, BookingFilter())
            ]
            book = Workbook()
            sheet = book.active
            sheet.append(HEADER)
            for values in everything:
                sheet.append(values)
            book.save(Path(folder) / "n.xlsx")
            return len(everything)

        s_time, s_peak = await measure("dispatchhub export (streaming)", streaming)
        n_time, n_peak = await measure("baseline: load all + normal workbook", naive)
        print(f"\npeak memory ratio streaming / baseline: {s_peak / n_peak:.3f}")
        print(f"time ratio streaming / baseline:        {s_time / n_time:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    asyncio.run(main(parser.parse_args().rows))

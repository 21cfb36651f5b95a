"""Copy the screenshots the user manual (docs/manual.md) shows from a browser-test run.

Usage: ``python scripts/manual_screenshots.py BASETEMP`` where BASETEMP is the ``--basetemp``
of a pytest run of the console's browser tests (see docs/manual.md, "Screenshots"). Each
picture the manual names is taken from the newest file of that name under BASETEMP.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "docs" / "manual.md"
IMAGES = ROOT / "docs" / "manual" / "img"


def main(basetemp: Path) -> int:
    """Copy every ``manual/img/<name>.png`` the manual links; 1 when one is missing."""
    wanted = sorted(set(re.findall(r"manual/img/([\w.-]+\.png)", MANUAL.read_text("utf-8"))))
    IMAGES.mkdir(parents=True, exist_ok=True)
    missing = []
    for name in wanted:
        found = sorted(basetemp.rglob(name), key=lambda p: p.stat().st_mtime)
        if not found:
            missing.append(name)
            continue
        shutil.copyfile(found[-1], IMAGES / name)
    for name in missing:
        print(f"missing: {name}", file=sys.stderr)
    print(f"copied {len(wanted) - len(missing)} of {len(wanted)} screenshots to {IMAGES}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

"""The demo catalog rows: districts, service types (with their booking snapshots), items."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Final

from dispatchhub.catalog.tables import Region, ServiceItem, ServiceType
from dispatchhub.demo.builder import Builder
from dispatchhub.demo.data_catalog import SERVICE_TYPES
from dispatchhub.demo.data_places import REGIONS, neighbours

__all__ = ["add_catalog"]

_URGENCIES: Final = ("NORMAL", "URGENT", "EMERGENCY")


def add_catalog(b: Builder) -> None:
    """Every district, service type and service item; fills ``type_ids``, ``item_ids`` and
    ``snapshots`` for the bookings."""
    for r in REGIONS:
        b.add(Region(id=b.uid(), neighbours=neighbours(r["code"]), **r))
    created = b.now - timedelta(days=120)
    for spec in SERVICE_TYPES:
        type_id = b.type_ids[spec["code"]] = b.uid()
        columns: dict[str, Any] = {
            "urgency_options": list(_URGENCIES),
            "currency": "CNY",
            "revision": 1,
        }
        columns |= {k: v for k, v in spec.items() if k not in ("items", "samples", "texts")}
        b.snapshots[spec["code"]] = {"id": str(type_id), **columns}
        b.add(ServiceType(id=type_id, created_at=created, updated_at=created, **columns))
        for code, zh, en, price, minutes in spec["items"]:
            b.item_ids[code] = b.uid()
            b.add(
                ServiceItem(
                    id=b.item_ids[code],
                    service_type=type_id,
                    code=code,
                    name_zh=zh,
                    name_en=en,
                    price_minor=price,
                    duration_min=minutes,
                )
            )

"""dispatchhub-maps: road distances from the AMap (高德) Web Service distance API.

The hook lives in :mod:`dispatchhub_maps.plugin`; :mod:`dispatchhub_maps.fake_amap` is a
local stand-in for AMap's endpoint, used by the tests and for demos.
"""

from __future__ import annotations

__all__: list[str] = []
__version__ = "0.1.0"

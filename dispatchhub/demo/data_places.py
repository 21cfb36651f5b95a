"""Where the demo happens: Shanghai districts, which border which, and their streets."""

from __future__ import annotations

from typing import Any, Final

__all__ = ["REGIONS", "REGION_LINKS", "STREETS", "neighbours"]

# Approximate district centres (WGS-84) and a radius that covers most of the built-up area.
REGIONS: Final[list[dict[str, Any]]] = [
    {"code": "huangpu", "name_zh": "黄浦区", "name_en": "Huangpu",
     "center_lat": 31.2317, "center_lon": 121.4846, "radius_km": 4.0},
    {"code": "xuhui", "name_zh": "徐汇区", "name_en": "Xuhui",
     "center_lat": 31.1885, "center_lon": 121.4365, "radius_km": 6.0},
    {"code": "jingan", "name_zh": "静安区", "name_en": "Jing'an",
     "center_lat": 31.2459, "center_lon": 121.4556, "radius_km": 5.5},
    {"code": "pudong", "name_zh": "浦东新区", "name_en": "Pudong",
     "center_lat": 31.2215, "center_lon": 121.5447, "radius_km": 15.0},
    {"code": "changning", "name_zh": "长宁区", "name_en": "Changning",
     "center_lat": 31.2204, "center_lon": 121.4246, "radius_km": 5.0},
    {"code": "putuo", "name_zh": "普陀区", "name_en": "Putuo",
     "center_lat": 31.2495, "center_lon": 121.3972, "radius_km": 5.5},
    {"code": "yangpu", "name_zh": "杨浦区", "name_en": "Yangpu",
     "center_lat": 31.2596, "center_lon": 121.5260, "radius_km": 5.5},
    {"code": "minhang", "name_zh": "闵行区", "name_en": "Minhang",
     "center_lat": 31.1129, "center_lon": 121.3817, "radius_km": 12.0},
]  # fmt: skip

# Districts that share a border (or a short river crossing): where dispatch may pull staff from.
REGION_LINKS: Final[list[tuple[str, str]]] = [
    ("huangpu", "jingan"), ("huangpu", "xuhui"), ("huangpu", "pudong"), ("huangpu", "yangpu"),
    ("xuhui", "changning"), ("xuhui", "minhang"), ("xuhui", "jingan"), ("xuhui", "pudong"),
    ("jingan", "changning"), ("jingan", "putuo"), ("changning", "putuo"),
    ("changning", "minhang"), ("pudong", "yangpu"), ("pudong", "minhang"),
]  # fmt: skip

STREETS: Final[dict[str, list[str]]] = {
    "huangpu": ["南京东路", "淮海中路", "西藏南路", "复兴东路", "中华路", "建国东路"],
    "xuhui": ["漕溪北路", "肇嘉浜路", "天钥桥路", "虹桥路", "宜山路", "龙华中路"],
    "jingan": ["南京西路", "延安中路", "共和新路", "威海路", "江宁路", "大统路"],
    "pudong": ["世纪大道", "张杨路", "浦东南路", "锦绣路", "东方路", "张江路", "川沙路"],
    "changning": ["愚园路", "天山路", "仙霞路", "延安西路", "古北路", "剑河路"],
    "putuo": ["曹杨路", "真北路", "长寿路", "中山北路", "武宁路", "金沙江路"],
    "yangpu": ["国定路", "控江路", "黄兴路", "淞沪路", "长阳路", "平凉路"],
    "minhang": ["七莘路", "莘松路", "虹井路", "都市路", "沪闵路", "龙吴路"],
}


def neighbours(code: str) -> list[str]:
    """The districts linked to ``code`` in :data:`REGION_LINKS`, sorted."""
    return sorted(
        {b for a, b in REGION_LINKS if a == code} | {a for a, b in REGION_LINKS if b == code}
    )

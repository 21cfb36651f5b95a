"""Names for demo people (Chinese with pinyin, and English) and weekly shift calendars."""

from __future__ import annotations

from typing import Any, Final

__all__ = ["EN_FIRST_NAMES", "EN_LAST_NAMES", "GIVEN_NAMES", "SHIFT_PATTERNS", "SURNAMES"]

SURNAMES: Final[list[tuple[str, str]]] = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
    ("郭", "guo"), ("何", "he"), ("林", "lin"), ("高", "gao"), ("罗", "luo"),
    ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
    ("顾", "gu"), ("沈", "shen"), ("陆", "lu"), ("蒋", "jiang"), ("钱", "qian"),
]  # fmt: skip

GIVEN_NAMES: Final[list[tuple[str, str]]] = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"),
    ("艳", "yan"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"),
    ("秀英", "xiuying"), ("建国", "jianguo"), ("志强", "zhiqiang"), ("晓东", "xiaodong"),
    ("海燕", "haiyan"), ("丽华", "lihua"), ("文博", "wenbo"), ("子涵", "zihan"),
    ("雨欣", "yuxin"), ("浩然", "haoran"), ("佳怡", "jiayi"), ("国平", "guoping"),
    ("春梅", "chunmei"), ("建华", "jianhua"), ("思远", "siyuan"),
]  # fmt: skip
EN_FIRST_NAMES: Final[list[str]] = (
    "Emma Oliver Sophie Lucas Mia Noah Hannah Daniel Chloe Ethan".split()
)
EN_LAST_NAMES: Final[list[str]] = (
    "Smith Müller Martin Johnson Brown Tanaka Kim Dubois Rossi Clark".split()
)

# Weekly shift calendars; weekday 0 is Monday (Python's ``date.weekday()``), local time.
SHIFT_PATTERNS: Final[list[list[dict[str, Any]]]] = [
    [{"weekday": d, "start": "08:00", "end": "18:00"} for d in range(5)],
    [{"weekday": d, "start": "09:00", "end": "19:00"} for d in range(1, 6)],
    [{"weekday": d, "start": "10:00", "end": "20:00"} for d in (0, 2, 4, 5, 6)],
    [{"weekday": d, "start": "07:00", "end": "15:00"} for d in (0, 1, 2, 5, 6)],
    [{"weekday": d, "start": "12:00", "end": "21:00"} for d in (3, 4, 5, 6)],
]

"""Demo texts, Chinese first and English second: cancel reasons, reviews, staff notes."""

from __future__ import annotations

from typing import Final

__all__ = ["CANCEL_REASONS", "FEEDBACK", "HELP_MESSAGES", "REVIEW_COMMENTS"]

# Reasons a booking was cancelled: (zh, en, fault). Fault decides fee or compensation.
CANCEL_REASONS: Final[list[tuple[str, str, str]]] = [
    ("计划有变，暂时不需要了", "Plans changed, no longer needed", "CUSTOMER"),
    ("问题已经自己解决了", "Fixed it myself", "CUSTOMER"),
    ("找了物业的师傅处理", "The building's own technician fixed it", "CUSTOMER"),
    ("时间冲突，改天再约", "Time clash, will book again later", "CUSTOMER"),
    ("师傅临时无法上门", "The technician could not come", "STAFF"),
]

# Review comments by sentiment: positive (levels 4..5) and critical (levels 1..3).
REVIEW_COMMENTS: Final[dict[str, dict[str, list[str]]]] = {
    "zh": {
        "good": [
            "师傅很准时，活干得干净利落。",
            "态度很好，还讲解了日常保养方法。",
            "专业，半小时就搞定了，推荐！",
            "上门前电话联系了，穿了鞋套，很细心。",
            "",
        ],
        "bad": ["迟到了四十分钟，也没提前说。", "修完第二天又坏了。", "收费和预约时说的不一样。"],
    },
    "en": {
        "good": [
            "On time and very tidy work.",
            "Friendly and explained everything clearly.",
            "Fixed in half an hour, highly recommended!",
            "",
        ],
        "bad": ["Arrived 40 minutes late without calling.", "The problem came back the next day."],
    },
}

# Staff feedback on jobs: (category, message).
FEEDBACK: Final[list[tuple[str, str]]] = [
    (
        "EXECUTION",
        "外机支架锈蚀严重，已提醒客户尽快更换。/ Outdoor bracket badly rusted; told customer.",
    ),
    ("PROBLEM", "需要更换主板，已下单配件，约三天到货。/ Needs a new control board, ordered."),
    (
        "CUSTOMER_SITUATION",
        "客户不在家，等待二十分钟后电话联系上。/ Customer not home, reached by phone.",
    ),
    ("PROBLEM", "配电箱无漏电保护，建议加装。/ No RCD in the fuse box, recommended one."),
    ("EXECUTION", "小区门禁需要提前登记，下次请备注。/ Gate needs pre-registration; add a note."),
    (
        "CUSTOMER_SITUATION",
        "客户要求额外服务，已按价目表报价。/ Extra work requested, quoted per list.",
    ),
]

HELP_MESSAGES: Final[list[tuple[str, str]]] = [
    (
        "中央空调系统故障比较复杂，需要有经验的同事协助。/ Complex central AC fault, need help.",
        "主管已安排同组高级师傅远程指导，问题已解决。/ Senior colleague guided remotely; fixed.",
    ),
    ("现场需要两个人搬运设备，请求附近同事支援。/ Need a second person to lift the unit.", ""),
    (
        "客户对报价有异议，请主管协助沟通。/ Customer disputes the quote, please help.",
        "主管已与客户电话沟通并确认价格。/ Supervisor called the customer and agreed the price.",
    ),
]

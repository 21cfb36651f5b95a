"""Why a notification preference was refused: stable codes with zh-CN and English messages."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["NotificationsErrorCode"]


class NotificationsErrorCode(ErrorCode):
    """Codes of notification preference failures."""

    NO_STAFF_PROFILE = ("您没有服务人员档案", "You have no staff profile.")
    NO_EMAIL = ("请先在账号中绑定邮箱", "Add an e-mail address to your account first.")
    NO_PHONE = ("请先在账号中绑定手机号", "Add a phone number to your account first.")
    BAD_TIME = ("时间格式应为 HH:MM(00:00–23:59)", "Use HH:MM, from 00:00 to 23:59.")
    EMPTY_QUIET_HOURS = (
        "免打扰开始与结束时间不能相同",
        "Quiet hours must not start when they end.",
    )

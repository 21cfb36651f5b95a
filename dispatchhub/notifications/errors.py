"""Why a notification preference was refused: stable codes with zh-CN and English messages."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["NotificationsErrorCode"]


class NotificationsErrorCode(ErrorCode):
    """Codes of notification preference and push subscription failures."""

    NO_STAFF_PROFILE = ("您没有服务人员档案", "You have no staff profile.")
    NO_EMAIL = ("请先在账号中绑定邮箱", "Add an e-mail address to your account first.")
    NO_PHONE = ("请先在账号中绑定手机号", "Add a phone number to your account first.")
    BAD_TIME = ("时间格式应为 HH:MM(00:00–23:59)", "Use HH:MM, from 00:00 to 23:59.")
    NO_PUSH_SUBSCRIPTION = (
        "请先在浏览器中允许推送通知",
        "Allow notifications in your browser first (no push subscription).",
    )
    BAD_ENDPOINT = (
        "推送地址须为 https 网址",
        "The push endpoint must be an https URL.",
    )
    BAD_KEY = ("推送密钥无效", "The push subscription key is not valid.")
    EMPTY_QUIET_HOURS = (
        "免打扰开始与结束时间不能相同",
        "Quiet hours must not start when they end.",
    )

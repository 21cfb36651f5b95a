"""Why an order operation was refused: stable codes with zh-CN and English messages."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["OrdersErrorCode"]


class OrdersErrorCode(ErrorCode):
    """Codes of order, grab, offer, execution and help failures."""

    NOT_FOUND = ("订单不存在", "No such order.")
    NOT_ELIGIBLE = ("您不符合接单条件:{reasons}", "You may not take this order: {reasons}")
    ALREADY_TAKEN = ("订单已被他人接走", "Someone else has already taken this order.")
    NOT_OFFERED = ("该订单未派给您", "This order is not offered to you.")
    OFFER_EXPIRED = (
        "派单已过期,无法再应答",
        "The offer has expired and can no longer be answered.",
    )
    NOT_ASSIGNEE = ("只有接单人可以操作该订单", "Only the assigned staff member may do this.")
    ILLEGAL_TRANSITION = (
        "订单不能从 {from_status} 变为 {to_status}",
        "An order cannot go from {from_status} to {to_status}.",
    )
    NOT_ASSIGNABLE = (
        "订单当前状态 {status} 不能指派",
        "An order in state {status} cannot be assigned.",
    )
    STAFF_NOT_FOUND = ("服务人员不存在", "No such staff member.")
    REASON_REQUIRED = ("请填写原因", "A reason is required.")
    MESSAGE_REQUIRED = ("请填写求助内容", "Say what help you need.")
    HELP_NOT_FOUND = ("求助不存在", "No such help request.")
    HELP_CLOSED = ("该求助已结束({status})", "This help request is over ({status}).")
    NOT_INVITED = ("您未被邀请协助该订单", "You were not asked to help with this order.")
    OWN_HELP_REQUEST = ("不能应答自己的求助", "You cannot answer your own help request.")
    NOT_REQUESTER = (
        "只有求助人或主管可以结束求助",
        "Only the requester or a supervisor may close it.",
    )
    PAGE_SIZE = ("每页数量须在 1 到 {limit} 之间", "first must be between 1 and {limit}.")
    CHECKLIST_ITEM_REQUIRED = (
        "完工前请完成检查项「{item}」",
        "Complete the checklist item “{item_en}” before finishing.",
    )
    CHECKLIST_ITEM_INVALID = (
        "检查项「{item}」填写有误",
        "The checklist item “{item_en}” is not valid.",
    )
    IDEMPOTENCY_KEY_INVALID = (
        "幂等键须为 1 到 {max} 个字母、数字、- 或 _",
        "An idempotency key is 1 to {max} letters, digits, - or _.",
    )
    IDEMPOTENCY_KEY_REUSED = (
        "该幂等键已用于另一项操作",
        "This idempotency key was already used for another request.",
    )
    FILE_TYPE = (
        "只接受 JPEG 或 PNG 图片",
        "Only JPEG or PNG images are accepted.",
    )
    FILE_TOO_LARGE = (
        "文件过大(上限 {limit} 字节)",
        "The file is too large (at most {limit} bytes).",
    )
    FILE_MISSING = ("请附上文件", "Attach the file.")
    PROOF_KIND = (
        "类型须为 BEFORE、AFTER 或 SIGNATURE",
        "kind must be BEFORE, AFTER or SIGNATURE.",
    )

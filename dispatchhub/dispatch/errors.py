"""Error codes of policies: saving, publishing, diffing, simulating and shadowing them."""

from __future__ import annotations

from collections.abc import Iterable

from dispatchhub.errors import ErrorCode, FieldError, ValidationFailed
from dispatchhub.rules_dsl import Diagnostic

__all__ = ["PolicyErrorCode", "SourceRejected"]


class PolicyErrorCode(ErrorCode):
    """Why a policy operation was refused."""

    INVALID_NAME = (
        "策略名称须为 1–100 个字母、数字、下划线或连字符。",
        "A policy name is 1-100 letters, digits, underscores or hyphens.",
    )
    SOURCE_TOO_LARGE = (
        "规则文本过长（最多 {limit} 个字符）。",
        "The policy text is too long (at most {limit} characters).",
    )
    SOURCE_ERROR = (
        "第 {line} 行第 {column} 列：{detail}",
        "Line {line}, column {column}: {detail}",
    )
    POLICY_NOT_FOUND = ("找不到该策略。", "No such policy.")
    VERSION_NOT_FOUND = ("该策略没有版本 {version}。", "The policy has no version {version}.")
    EXAMPLES_FAILED = (
        "有 {count} 个样例未通过，不能发布：{names}",
        "{count} example(s) fail, so the version cannot be published: {names}",
    )
    SOURCE_OR_VERSION = (
        "请提供规则文本，或者策略 ID（可带版本号），二者选一。",
        "Give either the policy text or a policy id (with an optional version), not both.",
    )
    ORDERS_OR_SINCE = (
        "请提供订单 ID 列表或起始时间，二者选一。",
        "Give either order ids or a start time, not both.",
    )
    TOO_MANY_ORDERS = (
        "一次最多模拟 {limit} 个订单。",
        "At most {limit} orders can be simulated at once.",
    )
    ORDER_NOT_FOUND = ("找不到订单 {order}。", "No such order: {order}.")
    STAFF_NOT_FOUND = (
        "找不到该服务人员(或其没有位置)。",
        "No such staff member (or they have no position).",
    )
    NO_ACTIVE_POLICY = ("没有已发布的派单策略。", "No dispatch policy is published.")


class SourceRejected(ValidationFailed):
    """Policy text with errors: one :class:`FieldError` per error diagnostic, on ``field``.

    ``diagnostics`` keeps every finding (warnings too) so an editor can underline them.
    """

    def __init__(self, diagnostics: Iterable[Diagnostic], field: str = "source") -> None:
        self.diagnostics = tuple(diagnostics)
        super().__init__(
            [
                FieldError(
                    PolicyErrorCode.SOURCE_ERROR,
                    field,
                    {"line": d.line, "column": d.column, "detail": d.message, "diagnostic": d},
                )
                for d in self.diagnostics
                if d.is_error
            ]
        )

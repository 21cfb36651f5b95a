"""Message templates, zh-CN first and English second, rendered with named parameters."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TEMPLATES", "Template", "render"]


@dataclass(frozen=True, slots=True)
class Template:
    """A message in both languages; ``subject`` is used for e-mail only."""

    subject_zh: str
    subject_en: str
    body_zh: str
    body_en: str


TEMPLATES: dict[str, Template] = {
    "verification_code": Template(
        subject_zh="您的验证码",
        subject_en="Your verification code",
        body_zh="您的验证码为 {code},{minutes} 分钟内有效。请勿告诉他人。",
        body_en="Your verification code is {code}. It expires in {minutes} minutes. "
        "Do not share it.",
    ),
    "password_changed": Template(
        subject_zh="您的密码已重置",
        subject_en="Your password was reset",
        body_zh="您的账号密码刚刚通过验证码重置,所有设备已退出登录。如非本人操作,请立即联系客服。",
        body_en="The password of your account was just reset with a verification code and "
        "every device was signed out. If this was not you, contact support at once.",
    ),
    "review_invitation": Template(
        subject_zh="请评价您的服务 {number}",
        subject_en="How was your service? {number}",
        body_zh="您的订单 {number}({service})已完成,"
        "欢迎在 {days} 天内对服务态度、质量、速度和技能进行评价。",
        body_en="Your order {number} ({service}) is complete. Please rate the staff's attitude, "
        "quality, speed and skill within {days} days.",
    ),
    "service_report_ready": Template(
        subject_zh="服务报告 {number}",
        subject_en="Service report {number}",
        body_zh="订单 {number} 的服务报告已生成,可在订单详情中查看。",
        body_en="The service report of order {number} is ready: open it from the order.",
    ),
    "payment_received": Template(
        subject_zh="已收到付款 {number}",
        subject_en="Payment received {number}",
        body_zh="已通过{provider}收到您为预约 {booking} 支付的 {amount},谢谢!",
        body_en="We received your payment of {amount} for booking {booking} by {provider}. "
        "Thank you!",
    ),
    "refund_done": Template(
        subject_zh="退款已完成 {number}",
        subject_en="Refund done {number}",
        body_zh="预约 {booking} 的 {amount} 已退回您的{provider}账户。原因:{reason}",
        body_en="{amount} for booking {booking} was returned to your {provider} account. "
        "Reason: {reason}",
    ),
    "booking_confirmed": Template(
        subject_zh="预约已确认 {number}",
        subject_en="Booking confirmed {number}",
        body_zh="您的预约 {number} 已确认:{service},{time},地址 {address}。"
        "服务人员确定后会再通知您。",
        body_en="Your booking {number} is confirmed: {service}, {time}, at {address}. "
        "We will tell you who is coming once staff are assigned.",
    ),
    "booking_needs_changes": Template(
        subject_zh="预约需要补充信息 {number}",
        subject_en="Booking {number} needs changes",
        body_zh="您的预约 {number} 还需补充或修改:{problems}。请在个人中心修改后重新提交。",
        body_en="Your booking {number} needs changes: {problems}. Please edit it in your account.",
    ),
    "booking_rescheduled": Template(
        subject_zh="预约已改期 {number}",
        subject_en="Booking {number} rescheduled",
        body_zh="您的预约 {number} 已改到 {time}。{charge}",
        body_en="Your booking {number} is moved to {time}. {charge}",
    ),
    "booking_cancelled": Template(
        subject_zh="预约已取消 {number}",
        subject_en="Booking {number} cancelled",
        body_zh="您的预约 {number} 已取消。{charge}",
        body_en="Your booking {number} is cancelled. {charge}",
    ),
    "order_new": Template(
        subject_zh="新订单 {number}",
        subject_en="New order {number}",
        body_zh="新订单 {number}({how}):{service},紧急程度 {urgency},{time},地址 {address}。",
        body_en="New order {number} ({how}): {service}, urgency {urgency}, {time}, at {address}.",
    ),
    "arrival_jeopardy": Template(
        subject_zh="可能迟到 {number}",
        subject_en="Late arrival risk {number}",
        body_zh="订单 {number}({service},{address}):{staff} 预计 {eta} 到达,"
        "晚于承诺的 {deadline}。",
        body_en="Order {number} ({service}, {address}): {staff} expected at {eta}, after the "
        "promised {deadline}.",
    ),
    "arrival_missed": Template(
        subject_zh="无法按时到达,已改派 {number}",
        subject_en="Arrival missed, re-dispatched {number}",
        body_zh="订单 {number}({service},{address}):{staff} 已无法在 {deadline} 前到达,"
        "订单已按派单策略重新派单。",
        body_en="Order {number} ({service}, {address}): {staff} can no longer arrive by "
        "{deadline}; the order was re-dispatched by the policy.",
    ),
    "order_help": Template(
        subject_zh="求助 {number}",
        subject_en="Help wanted {number}",
        body_zh="{requester} 在订单 {number}({service},{address})请求协助:{message}",
        body_en="{requester} asks for help on order {number} ({service}, {address}): {message}",
    ),
    "order_help_joined": Template(
        subject_zh="{helper} 来协助 {number}",
        subject_en="{helper} joins you on {number}",
        body_zh="{helper} 已响应您在订单 {number}({address})的求助,正在赶来协助。",
        body_en="{helper} answered your help request on order {number} ({address}) and is "
        "coming to help.",
    ),
    "order_help_taken_over": Template(
        subject_zh="{helper} 接手 {number}",
        subject_en="{helper} takes over {number}",
        body_zh="{helper} 已接手订单 {number}({address}),请与其交接。",
        body_en="{helper} has taken over order {number} ({address}); please hand it over.",
    ),
}


def render(template: str, params: dict[str, str], locale: str) -> tuple[str, str]:
    """Subject and body of ``template`` in ``locale`` (``zh*`` → Chinese, else English).

    Raises:
        KeyError: the template does not exist or a parameter is missing.
    """
    t = TEMPLATES[template]
    if locale.lower().startswith("zh"):
        return t.subject_zh.format_map(params), t.body_zh.format_map(params)
    return t.subject_en.format_map(params), t.body_en.format_map(params)

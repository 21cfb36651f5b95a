"""Error codes of accounts and sign-in."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["UsersErrorCode"]


class UsersErrorCode(ErrorCode):
    """Why an identity operation was refused."""

    INVALID_PHONE = ("手机号码格式不正确。", "The phone number is not valid.")
    INVALID_EMAIL = ("邮箱地址格式不正确。", "The e-mail address is not valid.")
    RATE_LIMITED = (
        "发送过于频繁,请 {retry_after} 秒后再试。",
        "Too many codes requested; try again in {retry_after} seconds.",
    )
    IDENTIFIER_REQUIRED = (
        "请填写手机号码或邮箱地址(二选一)。",
        "Give a phone number or an e-mail address (one of them).",
    )
    INVALID_NAME = ("请填写姓名(最多 {max} 个字)。", "Enter a name (at most {max} characters).")
    INVALID_CODE = (
        "验证码不正确或已失效,请重新获取。",
        "The code is wrong or no longer valid; request a new one.",
    )
    INVALID_CREDENTIALS = ("账号或密码不正确。", "The login or password is not correct.")
    LOGIN_THROTTLED = (
        "登录失败次数过多,请 {retry_after} 秒后再试,或使用验证码登录。",
        "Too many failed sign-ins; try again in {retry_after} seconds or sign in with a code.",
    )
    INVALID_REFRESH_TOKEN = (
        "登录已失效,请重新登录。",
        "The session has ended; sign in again.",
    )
    PASSWORD_TOO_SHORT = (
        "密码至少需要 {min} 个字符。",
        "The password needs at least {min} characters.",
    )
    PASSWORD_TOO_LONG = (
        "密码最多 {max} 个字符。",
        "The password can have at most {max} characters.",
    )
    PASSWORD_TOO_SIMPLE = (
        "密码需同时包含字母、数字和特殊字符(或使用不少于 {passphrase} 个字符的长密码)。",
        "The password needs letters, digits and special characters (or use a passphrase of "
        "{passphrase} characters or more).",
    )
    PASSWORD_TOO_COMMON = (
        "这个密码太常见,很容易被猜到,请换一个。",
        "This password is too common and easy to guess; choose another.",
    )
    PASSWORD_CONTAINS_PERSONAL_INFO = (
        "密码不能包含您的手机号、邮箱或姓名。",
        "The password must not contain your phone number, e-mail or name.",
    )
    USER_NOT_FOUND = ("找不到该用户。", "No such user.")
    PHONE_TAKEN = ("该手机号码已被其他账号使用。", "Another account uses this phone number.")
    EMAIL_TAKEN = ("该邮箱地址已被其他账号使用。", "Another account uses this e-mail address.")
    INVALID_STAFF_PROFILE = ("服务人员资料有误:{reason}", "The staff profile is invalid: {reason}")
    UNKNOWN_ROLE = ("没有这个角色:{role}。", "There is no role {role}.")
    CANNOT_DISABLE_SELF = ("不能停用自己的账号。", "You cannot disable your own account.")
    INVALID_POLICY = ("密码规则设置有误:{reason}", "The password policy is invalid: {reason}")
    SEARCH_TOO_LONG = ("搜索词最多 {max} 个字。", "The search can have at most {max} characters.")
    PAGE_SIZE = ("每页数量须在 1 到 {max} 之间。", "first must be between 1 and {max}.")
    INVALID_CURSOR = ("分页位置无效,请从第一页重新开始。", "after is not a cursor of this list.")

"""Error codes of third-party (OpenID Connect) sign-in."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["ExternalLoginErrorCode"]


class ExternalLoginErrorCode(ErrorCode):
    """Why a third-party sign-in was refused; nothing is created when one is."""

    UNKNOWN_PROVIDER = (
        "未知的第三方登录方式:{provider}。",
        "Unknown sign-in provider: {provider}.",
    )
    INVALID_RETURN_URL = (
        "登录后的返回地址不在允许范围内。",
        "The address to return to after sign-in is not allowed.",
    )
    INVALID_STATE = (
        "登录请求无效、已过期或已使用,请重新发起登录。",
        "The sign-in request is invalid, expired or already used; start the sign-in again.",
    )
    PROVIDER_ERROR = (
        "第三方登录未完成:{detail}。",
        "The sign-in provider did not complete the sign-in: {detail}.",
    )
    PROVIDER_UNAVAILABLE = (
        "暂时无法连接第三方登录服务,请稍后再试。",
        "The sign-in provider cannot be reached; try again later.",
    )
    INVALID_ID_TOKEN = (
        "第三方身份凭证未通过校验:{reason}。",
        "The provider's ID token failed verification: {reason}.",
    )
    ACCOUNT_DISABLED = ("该账号已停用。", "This account is disabled.")

"""Error codes of role and policy management."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["AuthzErrorCode"]


class AuthzErrorCode(ErrorCode):
    """Why a change to roles or policy rules was refused."""

    UNKNOWN_ROLE = ("没有这个角色:{role}。", "There is no role {role}.")
    ROLE_NOT_ASSIGNABLE = (
        "角色 {role} 由系统自动赋予,不能手动分配。",
        "The role {role} is given automatically and cannot be assigned.",
    )
    INVALID_ROLE_NAME = (
        "角色名需为 2–40 个小写字母、数字或下划线,并以字母开头。",
        "A role name is 2–40 lower-case letters, digits or underscores, starting with a letter.",
    )
    ROLE_EXISTS = ("角色 {role} 已存在。", "The role {role} already exists.")
    USER_NOT_FOUND = ("找不到该用户。", "No such user.")
    CANNOT_REVOKE_OWN_ADMIN = (
        "不能撤销自己的管理员角色。",
        "You cannot take the admin role away from yourself.",
    )
    INVALID_RULE = ("规则有误:{reason}", "The rule is invalid: {reason}")
    RULE_EXISTS = ("该规则已存在。", "This rule exists already.")
    RULE_NOT_FOUND = ("没有这条规则。", "There is no such rule.")
    RULE_SHIPPED = (
        "这条规则随系统发布,不能删除;可以新增规则。",
        "This rule ships with the platform and cannot be removed; add rules instead.",
    )

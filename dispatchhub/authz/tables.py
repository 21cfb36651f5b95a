"""Casbin policy rules stored in the database, and the audit log of changes to them."""

from __future__ import annotations

from piccolo.columns import JSON, ForeignKey, Varchar
from piccolo.columns.reference import LazyTableReference
from piccolo.table import Table

from dispatchhub.tables_common import created_at, primary_key

__all__ = ["AuditLog", "CasbinRule"]


# Users sit above this domain: the reference names their table without importing it.
_USER = LazyTableReference("User", module_path="dispatchhub.users.tables")


class CasbinRule(Table, tablename="casbin_rules"):
    """One Casbin policy line: ``ptype, v0, v1, ...`` (p = permission, g = role grant)."""

    id = primary_key()
    ptype = Varchar(length=8, index=True)
    v0 = Varchar(length=200, default="")
    v1 = Varchar(length=200, default="")
    v2 = Varchar(length=200, default="")
    v3 = Varchar(length=200, default="")
    v4 = Varchar(length=200, default="")
    v5 = Varchar(length=200, default="")


class AuditLog(Table, tablename="audit_log"):
    """Who changed roles, policies or other sensitive settings, and how."""

    id = primary_key()
    actor: ForeignKey[Table] = ForeignKey(_USER, null=True)
    action = Varchar(length=50, index=True)
    target = Varchar(length=200)
    detail = JSON(default="{}")
    at = created_at()

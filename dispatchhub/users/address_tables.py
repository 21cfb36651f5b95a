"""A customer's saved addresses (home, office …), offered when they book."""

from __future__ import annotations

from piccolo.columns import DoublePrecision, ForeignKey, Varchar
from piccolo.table import Table

from dispatchhub.tables_common import created_at, primary_key, updated_at
from dispatchhub.users.tables import User

__all__ = ["SavedAddress"]


class SavedAddress(Table, tablename="saved_addresses"):
    """One address a customer keeps in their profile; only they read or change it."""

    id = primary_key()
    user = ForeignKey(User, null=False, index=True)
    label = Varchar(length=40, help_text="the customer's name for it: 家, 公司, Home")
    address = Varchar(length=300)
    lat = DoublePrecision(null=True, default=None)
    lon = DoublePrecision(null=True, default=None)
    created_at = created_at()
    updated_at = updated_at()

"""The core's Piccolo app: every table and the migrations in ``dispatchhub/migrations``.

It sits on top with the app and the CLI: it names every domain's tables, which the core's
:mod:`dispatchhub.db` does not know.
"""

from __future__ import annotations

from pathlib import Path

from piccolo.conf.apps import AppConfig
from piccolo.table import Table

__all__ = ["APP_CONFIG", "all_tables"]


def all_tables() -> list[type[Table]]:
    """Every table of the platform, in dependency order (referenced tables first)."""
    from dispatchhub.analytics.tables import (
        OrderDaily,
        OrderTimeDaily,
        ReviewDaily,
        RollupChange,
        RollupState,
    )
    from dispatchhub.authz.tables import AuditLog, CasbinRule
    from dispatchhub.bookings.tables import Booking, BookingEvent, BookingExport
    from dispatchhub.catalog.tables import Region, ServiceItem, ServiceType
    from dispatchhub.dispatch.tables import (
        AssignmentDecision,
        Policy,
        PolicyVersion,
        StaffTypeStats,
    )
    from dispatchhub.notifications.tables import Notification, PushSubscription
    from dispatchhub.orders.arrival_tables import ArrivalPromise
    from dispatchhub.orders.tables import (
        HelpParticipant,
        HelpRequest,
        Offer,
        Order,
        OrderEvent,
        OrderFile,
        OrderRequest,
    )
    from dispatchhub.outbox.tables import OutboxMessage
    from dispatchhub.payments.tables import (
        CancellationCharge,
        Payment,
        PaymentNotification,
        Refund,
    )
    from dispatchhub.reviews.tables import Review, StaffFeedback
    from dispatchhub.users.address_tables import SavedAddress
    from dispatchhub.users.oidc_tables import ExternalLoginAttempt
    from dispatchhub.users.tables import (
        ExternalIdentity,
        LoginAttempt,
        PlatformSetting,
        RefreshToken,
        StaffProfile,
        StaffSkill,
        User,
        VerificationCode,
    )

    return [
        User, ExternalIdentity, StaffProfile, StaffSkill, VerificationCode, RefreshToken,
        LoginAttempt, PlatformSetting, ExternalLoginAttempt, SavedAddress,
        Region, ServiceType, ServiceItem,
        Booking, BookingEvent, BookingExport,
        Order, OrderEvent, Offer, HelpRequest, HelpParticipant, ArrivalPromise, OrderRequest,
        OrderFile,
        Policy, PolicyVersion, AssignmentDecision, StaffTypeStats,
        Review, StaffFeedback,
        OrderDaily, OrderTimeDaily, ReviewDaily, RollupChange, RollupState,
        Notification, PushSubscription,
        Payment, CancellationCharge, Refund, PaymentNotification,
        CasbinRule, AuditLog,
        OutboxMessage,
    ]  # fmt: skip


APP_CONFIG = AppConfig(
    app_name="dispatchhub",
    migrations_folder_path=str(Path(__file__).parent / "migrations"),
    table_classes=all_tables(),
    migration_dependencies=[],
    commands=[],
)

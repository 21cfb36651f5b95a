from dispatchhub.migration_support import PortableMigrationManager
from piccolo.columns.column_types import DoublePrecision
from piccolo.columns.column_types import Text
from piccolo.columns.column_types import Varchar

ID = "2026-11-24T18:01:32:672691"
VERSION = "1.38.0"
DESCRIPTION = "nullable columns default to NULL, not an empty string"


async def forwards():
    manager = PortableMigrationManager(
        migration_id=ID, app_name="dispatchhub", description=DESCRIPTION
    )

    manager.alter_column(
        table_class_name="User",
        tablename="users",
        column_name="phone",
        db_column_name="phone",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="User",
        tablename="users",
        column_name="email",
        db_column_name="email",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="User",
        tablename="users",
        column_name="password_hash",
        db_column_name="password_hash",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="ExternalIdentity",
        tablename="external_identities",
        column_name="email",
        db_column_name="email",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="StaffProfile",
        tablename="staff_profiles",
        column_name="team",
        db_column_name="team",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="StaffProfile",
        tablename="staff_profiles",
        column_name="home_lat",
        db_column_name="home_lat",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="StaffProfile",
        tablename="staff_profiles",
        column_name="home_lon",
        db_column_name="home_lon",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="StaffProfile",
        tablename="staff_profiles",
        column_name="lat",
        db_column_name="lat",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="StaffProfile",
        tablename="staff_profiles",
        column_name="lon",
        db_column_name="lon",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Booking",
        tablename="bookings",
        column_name="lat",
        db_column_name="lat",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Booking",
        tablename="bookings",
        column_name="lon",
        db_column_name="lon",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Booking",
        tablename="bookings",
        column_name="region",
        db_column_name="region",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Booking",
        tablename="bookings",
        column_name="idempotency_key",
        db_column_name="idempotency_key",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Booking",
        tablename="bookings",
        column_name="cancel_reason",
        db_column_name="cancel_reason",
        params={"default": None},
        old_params={"default": ""},
        column_class=Text,
        old_column_class=Text,
        schema=None,
    )

    manager.alter_column(
        table_class_name="BookingEvent",
        tablename="booking_events",
        column_name="from_status",
        db_column_name="from_status",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="BookingEvent",
        tablename="booking_events",
        column_name="to_status",
        db_column_name="to_status",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="BookingExport",
        tablename="booking_exports",
        column_name="path",
        db_column_name="path",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Order",
        tablename="orders",
        column_name="region",
        db_column_name="region",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Order",
        tablename="orders",
        column_name="lat",
        db_column_name="lat",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Order",
        tablename="orders",
        column_name="lon",
        db_column_name="lon",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Order",
        tablename="orders",
        column_name="escalation_queue",
        db_column_name="escalation_queue",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="OrderEvent",
        tablename="order_events",
        column_name="from_status",
        db_column_name="from_status",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="OrderEvent",
        tablename="order_events",
        column_name="lat",
        db_column_name="lat",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="OrderEvent",
        tablename="order_events",
        column_name="lon",
        db_column_name="lon",
        params={"default": None},
        old_params={"default": 0.0},
        column_class=DoublePrecision,
        old_column_class=DoublePrecision,
        schema=None,
    )

    manager.alter_column(
        table_class_name="AssignmentDecision",
        tablename="assignment_decisions",
        column_name="content_hash",
        db_column_name="content_hash",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Notification",
        tablename="notifications",
        column_name="provider",
        db_column_name="provider",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Notification",
        tablename="notifications",
        column_name="provider_message_id",
        db_column_name="provider_message_id",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Payment",
        tablename="payments",
        column_name="provider_ref",
        db_column_name="provider_ref",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="Refund",
        tablename="refunds",
        column_name="provider_ref",
        db_column_name="provider_ref",
        params={"default": None},
        old_params={"default": ""},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    return manager

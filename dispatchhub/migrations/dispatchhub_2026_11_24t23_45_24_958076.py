from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import JSON
from piccolo.columns.indexes import IndexMethod

ID = "2026-11-24T23:45:24:958076"
VERSION = "1.38.0"
DESCRIPTION = "Staff quiet hours"


async def forwards():
    manager = MigrationManager(
        migration_id=ID, app_name="dispatchhub", description=DESCRIPTION
    )

    manager.add_column(
        table_class_name="StaffProfile",
        tablename="staff_profiles",
        column_name="quiet_hours",
        db_column_name="quiet_hours",
        column_class_name="JSON",
        column_class=JSON,
        params={
            "default": None,
            "null": True,
            "primary_key": False,
            "unique": False,
            "index": False,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )

    return manager

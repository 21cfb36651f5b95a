"""Payment and refund numbers are unique: a unique index each, since SQLite cannot ADD a
UNIQUE column (NULL numbers, those of rows older than the previous migration, never
collide)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-12-06T13:40:12:000000"
VERSION = "1.38.0"
DESCRIPTION = "Payment and refund numbers are unique"

STATEMENTS = [
    'CREATE UNIQUE INDEX payments_number_key ON "payments" ("number")',
    'CREATE UNIQUE INDEX refunds_number_key ON "refunds" ("number")',
]


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="dispatchhub", description=DESCRIPTION)

    async def run() -> None:
        from dispatchhub import piccolo_conf

        for statement in STATEMENTS:
            await piccolo_conf.DB.run_ddl(statement)

    manager.add_raw(run)
    return manager

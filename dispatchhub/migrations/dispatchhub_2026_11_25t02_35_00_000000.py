"""Review rollups follow their order: an order whose service type or region changes notes
each of its reviews in ``rollup_changes``, so the review rollup rows (keyed by the order's
type and region) are rebuilt too."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine.postgres import PostgresEngine

ID = "2026-11-25T02:35:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "Review rollups follow order type and region"

_NOTE_REVIEWS = (
    "INSERT INTO rollup_changes (source, at)"
    " SELECT 'reviews', created_at FROM reviews WHERE \"order\" = NEW.id"
)

POSTGRES = [
    f"""
    CREATE FUNCTION rollup_note_order_reviews() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {_NOTE_REVIEWS};
        RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER orders_rollup_reviews AFTER UPDATE OF service_type, region ON orders"
    " FOR EACH ROW WHEN (OLD.service_type IS DISTINCT FROM NEW.service_type"
    " OR OLD.region IS DISTINCT FROM NEW.region)"
    " EXECUTE FUNCTION rollup_note_order_reviews()",
]
SQLITE = [
    "CREATE TRIGGER orders_rollup_reviews AFTER UPDATE OF service_type, region ON orders"
    " WHEN OLD.service_type IS NOT NEW.service_type OR OLD.region IS NOT NEW.region"
    f" BEGIN {_NOTE_REVIEWS}; END"
]


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="dispatchhub", description=DESCRIPTION)

    async def run() -> None:
        from dispatchhub import piccolo_conf

        engine = piccolo_conf.DB
        for statement in POSTGRES if isinstance(engine, PostgresEngine) else SQLITE:
            await engine.run_ddl(statement)

    manager.add_raw(run)
    return manager

"""Rollup triggers: every write to an order, a review or a follow-up booking notes the
creation time of the order or review it concerns in ``rollup_changes``, whichever code path
(or SQL console) made it. Plus the (dimension, day) indexes the reports read by."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine.postgres import PostgresEngine

ID = "2026-11-25T01:38:04:000000"
VERSION = "1.38.0"
DESCRIPTION = "Rollup triggers"

INDEXES = [
    f"CREATE INDEX {table}_dimension_day ON {table} (dimension, day)"
    for table in ("order_daily", "order_time_daily", "review_daily")
]

POSTGRES = [
    """
    CREATE FUNCTION rollup_note() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO rollup_changes (source, at) VALUES (TG_ARGV[0], OLD.created_at);
        ELSE
            INSERT INTO rollup_changes (source, at) VALUES (TG_ARGV[0], NEW.created_at);
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION rollup_note_follow_up() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' AND OLD.follow_up_of IS NOT NULL THEN
            INSERT INTO rollup_changes (source, at)
            SELECT 'orders', created_at FROM orders WHERE id = OLD.follow_up_of;
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.follow_up_of IS NOT NULL THEN
            INSERT INTO rollup_changes (source, at)
            SELECT 'orders', created_at FROM orders WHERE id = NEW.follow_up_of;
        END IF;
        RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER orders_rollup AFTER INSERT OR UPDATE OR DELETE ON orders"
    " FOR EACH ROW EXECUTE FUNCTION rollup_note('orders')",
    "CREATE TRIGGER reviews_rollup AFTER INSERT OR UPDATE OR DELETE ON reviews"
    " FOR EACH ROW EXECUTE FUNCTION rollup_note('reviews')",
    "CREATE TRIGGER bookings_rollup AFTER INSERT OR UPDATE OF follow_up_of OR DELETE"
    " ON bookings FOR EACH ROW EXECUTE FUNCTION rollup_note_follow_up()",
]


def _sqlite_notes(table: str, source: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_rollup_{event.lower()} AFTER {event} ON {table} BEGIN"
        f" INSERT INTO rollup_changes (source, at) VALUES ('{source}', {row}.created_at); END"
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))
    ]


def _sqlite_follow_up(event: str, rows: str) -> str:
    return (
        f"CREATE TRIGGER bookings_rollup_{event.split()[0].lower()} AFTER {event} ON bookings"
        " BEGIN INSERT INTO rollup_changes (source, at)"
        f" SELECT 'orders', created_at FROM orders WHERE id IN ({rows}); END"
    )


SQLITE = [
    *_sqlite_notes("orders", "orders"),
    *_sqlite_notes("reviews", "reviews"),
    _sqlite_follow_up("INSERT", "NEW.follow_up_of"),
    _sqlite_follow_up("UPDATE OF follow_up_of", "OLD.follow_up_of, NEW.follow_up_of"),
    _sqlite_follow_up("DELETE", "OLD.follow_up_of"),
]


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="dispatchhub", description=DESCRIPTION)

    async def run() -> None:
        from dispatchhub import piccolo_conf

        engine = piccolo_conf.DB
        statements = POSTGRES if isinstance(engine, PostgresEngine) else SQLITE
        for statement in [*INDEXES, *statements]:
            await engine.run_ddl(statement)

    manager.add_raw(run)
    return manager

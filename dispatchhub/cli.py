"""The ``dispatchhub`` command: serve, worker, migrate, demo, export-schema, plugin-reference,
policy."""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path

from dispatchhub import domains
from dispatchhub.config import Settings

__all__ = ["main"]

SCHEMA_FILE = Path("schema.graphql")
HOOKS_FILE = Path("docs/plugin-hooks.md")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    from dispatchhub.logs import configure_logging

    domains.load()
    configure_logging(Settings())
    result: int = args.run(args)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dispatchhub", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="command")

    serve = commands.add_parser("serve", help="run the web app (GraphQL, admin UI)")
    serve.add_argument("--host", help="default DISPATCHHUB_HOST or 127.0.0.1")
    serve.add_argument("--port", type=int, help="default DISPATCHHUB_PORT or 8000")
    serve.add_argument(
        "--workers",
        type=int,
        help="uvicorn worker processes; default DISPATCHHUB_WORKERS, or one per CPU core",
    )
    serve.add_argument("--demo", action="store_true", help="migrate and load demo data first")
    serve.set_defaults(run=_serve)

    worker = commands.add_parser("worker", help="run a Celery worker with beat (needs Redis)")
    worker.add_argument("--concurrency", type=int, default=2)
    worker.add_argument("--no-beat", action="store_true", help="run beat separately")
    worker.set_defaults(run=_worker)

    migrate = commands.add_parser("migrate", help="apply pending database migrations")
    migrate.set_defaults(run=_migrate)

    demo = commands.add_parser("demo", help="migrate and load demo data (idempotent)")
    demo.set_defaults(run=_demo)

    export = commands.add_parser("export-schema", help="write the GraphQL SDL")
    export.add_argument("--output", type=Path, default=SCHEMA_FILE)
    export.set_defaults(run=_export_schema)

    reference = commands.add_parser("plugin-reference", help="write the plugin hook reference")
    reference.add_argument("--output", type=Path, default=HOOKS_FILE)
    reference.set_defaults(run=_plugin_reference)

    from dispatchhub.dispatch.policy_cli import add_policy_commands

    add_policy_commands(commands)
    return parser


def _settings() -> Settings:
    """Settings from the environment; the embedded mode keeps a stable secret in ./var."""
    if "DISPATCHHUB_SECRET_KEY" not in os.environ:
        key_file = Path("var/secret.key")
        if not key_file.exists():
            key_file.parent.mkdir(parents=True, exist_ok=True)
            key_file.write_text(secrets.token_urlsafe(48))
            key_file.chmod(0o600)
        os.environ["DISPATCHHUB_SECRET_KEY"] = key_file.read_text().strip()
    return Settings()


def _migrate(args: argparse.Namespace) -> int:
    from dispatchhub import db

    db.configure(_settings())
    asyncio.run(db.migrate())
    return 0


def _demo(args: argparse.Namespace) -> int:
    summary = asyncio.run(_load_demo(_settings()))
    print(summary.describe())
    return 0


async def _load_demo(settings: Settings):  # type: ignore[no-untyped-def]
    from dispatchhub import db
    from dispatchhub.demo import load_demo_data

    db.configure(settings)
    await db.migrate()
    return await load_demo_data()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    settings = _settings()
    host = args.host or settings.host
    port = args.port or settings.port
    if args.demo:
        summary = asyncio.run(_load_demo(settings))
        print(summary.describe())
    else:
        _migrate(args)
    url = f"http://{host}:{port}"
    print(
        f"\ndispatchhub {settings.database_kind} · jobs "
        f"{'celery' if settings.redis_url else 'in-process'}\n"
        f"  Admin UI : {url}/admin/\n  GraphQL  : {url}/graphql\n  Ready    : {url}/readyz\n",
        flush=True,
    )
    uvicorn.run(
        "dispatchhub.asgi:app",
        host=host,
        port=port,
        workers=args.workers or settings.serve_workers,
        # a worker imports the app before it answers the supervisor's ping: on a busy
        # machine that took longer than uvicorn's 5 s, and every worker was killed and
        # restarted in a loop (the load run's two-process leg never started)
        timeout_worker_healthcheck=30,
        log_level="info",
        # The app itself believes X-Forwarded-* from DISPATCHHUB_TRUSTED_PROXIES only.
        proxy_headers=False,
    )
    return 0


def _worker(args: argparse.Namespace) -> int:
    settings = _settings()
    if not settings.redis_url:
        print("dispatchhub worker needs DISPATCHHUB_REDIS_URL; without it jobs run in the app.")
        return 2
    from dispatchhub.worker import celery_app

    argv = ["worker", "--loglevel=INFO", f"--concurrency={args.concurrency}"]
    if not args.no_beat:
        Path("var").mkdir(exist_ok=True)
        argv += ["--beat", "--schedule=var/celerybeat-schedule"]
    celery_app.worker_main(argv)
    return 0


def _export_schema(args: argparse.Namespace) -> int:
    from dispatchhub.graphql.schema import build_schema

    args.output.write_text(str(build_schema()) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


def _plugin_reference(args: argparse.Namespace) -> int:
    from dispatchhub.plugins.reference import hook_reference

    args.output.write_text(hook_reference(), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

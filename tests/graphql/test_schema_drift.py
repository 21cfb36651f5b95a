"""The committed ``schema.graphql`` is the schema the code serves."""

from __future__ import annotations

from pathlib import Path

from dispatchhub.graphql.schema import build_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_committed_schema_matches_the_code() -> None:
    committed = SCHEMA_FILE.read_text(encoding="utf-8")

    assert committed == str(build_schema()) + "\n", (
        "schema.graphql is stale: run `dispatchhub export-schema` and commit it "
        "(with a changelog note if a client-visible name changed)"
    )

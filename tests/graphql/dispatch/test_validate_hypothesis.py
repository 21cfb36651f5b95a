"""policyValidate never faults: random and mutated text only ever gives positioned diagnostics."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatchhub.demo.data_policy import DEMO_POLICY
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser

VALIDATE = """
mutation Validate($source: String!) {
  policyValidate(input: {source: $source}) {
    valid policies
    diagnostics { line column endLine endColumn severity code message hint }
    examples { passed }
    errors { code }
  }
}
"""
TOKENS = (
    "policy default priority applies when require reason prefer weight tie break mode push "
    "accept within broadcast then pool if none relax to neighbours escalate example given task "
    "staff expect eligible ineligible and or not in exists true false null scale best worst asc "
    "desc : , . ( ) [ ] { } ?? < <= > >= == != + - * / 10 km 5 min 0.5 08:30 \"x\" 'y' # "
    "staff.rating task.type distance(staff, task) \n \n\n \t 空调 \\ \" ' ` €"
).split(" ")
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """The demo policy with a few characters or tokens inserted, deleted or replaced."""
    text = DEMO_POLICY
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 12))
        piece = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)))
        text = text[:at] + piece + text[at + cut :]
    return text


sources = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join),
    mutated(),
)


def check_payload(source: str, body: dict[str, Any]) -> None:
    assert "errors" not in body, body
    payload = body["data"]["policyValidate"]
    assert payload["errors"] == []
    lines = source.count("\n") + 2
    for d in payload["diagnostics"]:
        assert 1 <= d["line"] <= lines and d["column"] >= 1, d
        assert (d["endLine"], d["endColumn"]) >= (d["line"], d["column"]), d
        assert d["severity"] in ("ERROR", "WARNING") and d["message"], d
        assert re.fullmatch(r"[A-Z_]+", d["code"]), d
    has_errors = any(d["severity"] == "ERROR" for d in payload["diagnostics"])
    assert payload["valid"] is not has_errors
    if has_errors:
        assert payload["policies"] == [] and payload["examples"] == []


@pytest.fixture
async def dispatcher(gql: GraphQLClient, make_user: MakeUser) -> GraphQLClient:
    gql.headers.update((await make_user("dispatcher")).headers)
    return gql


@SETTINGS
@given(source=sources)
async def test_any_text_gets_positioned_diagnostics(dispatcher: GraphQLClient, source: str) -> None:
    body = await dispatcher.execute(VALIDATE, {"source": source})

    check_payload(source, body)


async def test_escaped_lone_surrogates_are_diagnosed_too(dispatcher: GraphQLClient) -> None:
    raw = '{"query": %s, "variables": {"source": "policy \\ud800x\\n"}}'
    response = await dispatcher.http.post(
        "/graphql",
        content=raw % json.dumps(VALIDATE),
        headers={**dispatcher.headers, "content-type": "application/json"},
    )

    assert response.status_code == 200
    check_payload("policy x\n", response.json())

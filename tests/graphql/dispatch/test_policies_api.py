"""Policies over GraphQL: validate, save, publish, versions, diff, schema, and who may."""

from __future__ import annotations

from typing import Any

import pytest

from dispatchhub.demo.data_policy import DEMO_POLICY
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser

VALIDATE = """
mutation Validate($source: String!) {
  policyValidate(input: {source: $source}) {
    valid policies
    diagnostics { line column endLine endColumn severity code message hint }
    examples { policy name line passed message }
    errors { field code message }
  }
}
"""
SAVE = """
mutation Save($name: String!, $source: String!) {
  policySave(input: {name: $name, source: $source, note: "周末规则 / weekend rules"}) {
    created
    version { id policyId policyName version status contentHash note createdById source }
    diagnostics { line column severity code }
    examples { name passed }
    errors { field code message line column endLine endColumn severity hint diagnosticCode }
  }
}
"""
PUBLISH = """
mutation Publish($id: ID!, $version: Int!, $shadow: Boolean! = false) {
  policyPublish(input: {id: $id, version: $version, shadow: $shadow}) {
    policy { id name activeVersion shadowVersion latestVersion }
    version { version status publishedAt }
    errors { field code message }
  }
}
"""
SHADOW_STOP = """
mutation Stop($id: ID!) {
  policyShadowStop(input: {id: $id}) { policy { shadowVersion } errors { code } }
}
"""
POLICIES = """
query Policies($first: Int!, $after: String) {
  policies(first: $first, after: $after) {
    edges { cursor node { id name activeVersion latestVersion } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
VERSIONS = """
query Versions($id: ID!, $first: Int!, $after: String) {
  policyVersions(policyId: $id, first: $first, after: $after) {
    edges { node { version status } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
DIFF = """
query Diff($id: ID!) {
  policyDiff(policyId: $id, fromVersion: 1, toVersion: 2) {
    unified comparable
    changes { policy change clauses requirements { added removed changed } }
  }
}
"""
RULE_SCHEMA = """
{ ruleSchema { fields { path type optional choices } methods { path parameter type }
               functions { name params { name type } returns } units { name kind factor } } }
"""
NODE = """
query Node($id: ID!) { node(id: $id) { __typename ... on Policy { name } } }
"""
NEAR = """\
policy near priority 5
  applies when task.type == "hvac"
  require close : distance(staff, task) <= {km} km
default policy anyone
  require on_shift : staff.on_shift
"""


async def call(gql: GraphQLClient, document: str, **variables: Any) -> dict[str, Any]:
    body = await gql.execute(document, variables)
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


@pytest.fixture
async def admin(gql: GraphQLClient, make_user: MakeUser) -> GraphQLClient:
    gql.headers.update((await make_user("admin")).headers)
    return gql


async def test_validate_reports_positioned_diagnostics_and_examples(admin: GraphQLClient) -> None:
    admin.headers["accept-language"] = "en"
    broken = NEAR.format(km=10).replace("10 km", "10")

    bad = (await call(admin, VALIDATE, source=broken))["policyValidate"]
    good = (await call(admin, VALIDATE, source=DEMO_POLICY))["policyValidate"]

    assert bad["valid"] is False and bad["examples"] == [] and bad["errors"] == []
    assert bad["diagnostics"] == [
        {"line": 3, "column": 44, "endLine": 3, "endColumn": 46, "severity": "ERROR",
         "code": "MISSING_UNIT",
         "message": "`10` in this comparison is a plain number but must be a distance",
         "hint": "add a unit, e.g. 10 km"},
    ]  # fmt: skip
    assert good["valid"] and good["diagnostics"] == []
    assert good["policies"] == ["urgent", "technical", "everyday"]
    assert [e["passed"] for e in good["examples"]] == [True, True, True]


async def test_diagnostics_and_source_errors_in_chinese_under_zh_cn(admin: GraphQLClient) -> None:
    # given a request in Chinese and text with a missing unit and a misspelt field
    admin.headers["accept-language"] = "zh-CN,zh;q=0.9"
    broken = NEAR.format(km=10).replace("10 km", "10").replace("staff.on_shift", "staff.onshift")

    checked = (await call(admin, VALIDATE, source=broken))["policyValidate"]
    saved = (await call(admin, SAVE, name="main", source=broken))["policySave"]

    # then messages and hints are Chinese, the DSL text in them as written
    unit, field = checked["diagnostics"]
    assert (unit["code"], unit["message"], unit["hint"]) == (
        "MISSING_UNIT",
        "这个比较中的 `10` 是不带单位的数字,但这里需要 distance",
        "加上单位,例如 10 km",
    )
    assert (field["message"], field["hint"]) == ("未知字段 staff.onshift", "是不是 staff.on_shift?")
    first, second = saved["errors"]
    assert first["message"].endswith("这个比较中的 `10` 是不带单位的数字,但这里需要 distance")
    assert first["message"].startswith("第 3 行")
    assert second["hint"] == "是不是 staff.on_shift?"


async def test_save_publish_list_and_diff(admin: GraphQLClient) -> None:
    # given two saved versions
    first = (await call(admin, SAVE, name="main", source=NEAR.format(km=10)))["policySave"]
    second = (await call(admin, SAVE, name="main", source=NEAR.format(km=12)))["policySave"]
    again = (await call(admin, SAVE, name="main", source=NEAR.format(km=12)))["policySave"]
    assert (first["created"], second["created"], again["created"]) == (True, True, False)
    version = second["version"]
    assert (version["version"], version["status"], version["policyName"]) == (2, "DRAFT", "main")
    assert version["note"] == "周末规则 / weekend rules" and version["createdById"]
    assert again["version"]["id"] == version["id"]
    policy_id = version["policyId"]

    # when one is published
    published = (await call(admin, PUBLISH, id=policy_id, version=2))["policyPublish"]

    # then
    assert published["errors"] == []
    assert published["version"]["status"] == "PUBLISHED" and published["version"]["publishedAt"]
    assert published["policy"] == {"id": policy_id, "name": "main", "activeVersion": 2,
                                   "shadowVersion": None, "latestVersion": 2}  # fmt: skip
    shadowed = (await call(admin, PUBLISH, id=policy_id, version=1, shadow=True))["policyPublish"]
    assert shadowed["policy"]["shadowVersion"] == 1 and shadowed["version"]["status"] == "SHADOW"
    stopped = (await call(admin, SHADOW_STOP, id=policy_id))["policyShadowStop"]
    assert stopped == {"policy": {"shadowVersion": None}, "errors": []}

    versions = (await call(admin, VERSIONS, id=policy_id, first=1))["policyVersions"]
    assert [e["node"] for e in versions["edges"]] == [{"version": 2, "status": "PUBLISHED"}]
    cursor = versions["pageInfo"]["endCursor"]
    older = (await call(admin, VERSIONS, id=policy_id, first=1, after=cursor))["policyVersions"]
    assert [e["node"]["version"] for e in older["edges"]] == [1]
    assert older["pageInfo"]["hasNextPage"] is False

    diff = (await call(admin, DIFF, id=policy_id))["policyDiff"]
    assert (
        diff["comparable"]
        and "+  require close : distance(staff, task) <= 12 km" in (diff["unified"])
    )
    assert diff["changes"] == [
        {"policy": "near", "change": "CHANGED", "clauses": [],
         "requirements": {"added": [], "removed": [], "changed": ["close"]}},
    ]  # fmt: skip
    node = (await call(admin, NODE, id=policy_id))["node"]
    assert node == {"__typename": "Policy", "name": "main"}


async def test_a_save_with_errors_is_refused_with_positions(admin: GraphQLClient) -> None:
    admin.headers["accept-language"] = "en"
    broken = NEAR.format(km=10).replace("10 km", "10").replace("staff.on_shift", "staff.onshift")

    payload = (await call(admin, SAVE, name="main", source=broken))["policySave"]

    assert payload["version"] is None and payload["created"] is False
    first, second = payload["errors"]
    assert first == {
        "field": "source", "code": "SOURCE_ERROR",
        "message": "Line 3, column 44: `10` in this comparison is a plain number but must be "
                   "a distance",
        "line": 3, "column": 44, "endLine": 3, "endColumn": 46, "severity": "ERROR",
        "hint": "add a unit, e.g. 10 km", "diagnosticCode": "MISSING_UNIT",
    }  # fmt: skip
    assert (second["line"], second["diagnosticCode"]) == (5, "UNKNOWN_FIELD")
    assert second["hint"] == "did you mean staff.on_shift?"
    assert [d["code"] for d in payload["diagnostics"]] == ["MISSING_UNIT", "UNKNOWN_FIELD"]
    policies = (await call(admin, POLICIES, first=10))["policies"]
    assert policies["edges"] == []


async def test_publish_refusals_are_payload_errors(admin: GraphQLClient) -> None:
    saved = (await call(admin, SAVE, name="main", source=NEAR.format(km=10)))["policySave"]

    missing = await call(admin, PUBLISH, id=saved["version"]["policyId"], version=9)
    wrong_id = await call(admin, PUBLISH, id=saved["version"]["id"], version=1)

    assert missing["policyPublish"]["errors"] == [
        {"field": "version", "code": "VERSION_NOT_FOUND", "message": "该策略没有版本 9。"}
    ]
    assert wrong_id["policyPublish"]["errors"][0]["code"] == "POLICY_NOT_FOUND"


async def test_policies_page_by_cursor(admin: GraphQLClient) -> None:
    for name in ("b-rules", "a-rules", "c-rules"):
        await call(admin, SAVE, name=name, source=NEAR.format(km=10))

    page = (await call(admin, POLICIES, first=2))["policies"]
    rest = (await call(admin, POLICIES, first=2, after=page["pageInfo"]["endCursor"]))["policies"]

    assert [e["node"]["name"] for e in page["edges"]] == ["a-rules", "b-rules"]
    assert page["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["name"] for e in rest["edges"]] == ["c-rules"]
    too_many = await admin.execute(POLICIES, {"first": 101})
    assert too_many["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    bad_cursor = await admin.execute(POLICIES, {"first": 2, "after": "bm90LWEtY3Vyc29y"})
    assert bad_cursor["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    unknown = await admin.execute(VERSIONS, {"id": "UG9saWN5Om5vcGU=", "first": 5})
    assert unknown["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_rule_schema_for_editor_autocomplete(admin: GraphQLClient) -> None:
    schema = (await call(admin, RULE_SCHEMA))["ruleSchema"]

    fields = {f["path"]: f for f in schema["fields"]}
    assert fields["staff.rating"] == {"path": "staff.rating", "type": "number",
                                      "optional": True, "choices": []}  # fmt: skip
    assert "urgent" in fields["task.urgency"]["choices"]
    assert {"path": "staff.skill", "parameter": "string", "type": "number"} in schema["methods"]
    functions = {f["name"]: f for f in schema["functions"]}
    assert functions["distance"]["returns"] == "distance"
    assert [p["type"] for p in functions["distance"]["params"]] == ["staff", "task"]
    assert {"name": "m", "kind": "distance", "factor": 0.001} in schema["units"]


@pytest.mark.parametrize(
    ("role", "document", "variables", "allowed"),
    [
        ("dispatcher", VALIDATE, {"source": NEAR.format(km=1)}, True),
        ("dispatcher", RULE_SCHEMA, {}, True),
        ("dispatcher", SAVE, {"name": "main", "source": NEAR.format(km=1)}, False),
        ("dispatcher", POLICIES, {"first": 5}, False),
        ("supervisor", VALIDATE, {"source": NEAR.format(km=1)}, False),
        ("staff", RULE_SCHEMA, {}, False),
        ("customer", VALIDATE, {"source": NEAR.format(km=1)}, False),
        ("customer", PUBLISH, {"id": "UG9saWN5OjE=", "version": 1}, False),
    ],
)
async def test_who_may(
    gql: GraphQLClient,
    make_user: MakeUser,
    role: str,
    document: str,
    variables: dict[str, Any],
    allowed: bool,
) -> None:
    gql.headers.update((await make_user(role)).headers)

    body = await gql.execute(document, variables)

    if allowed:
        assert "errors" not in body, body
    else:
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_signed_out_callers_are_asked_to_sign_in(gql: GraphQLClient) -> None:
    body = await gql.execute(VALIDATE, {"source": "policy x"})

    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_policies_are_not_nodes_for_other_roles(
    admin: GraphQLClient, make_user: MakeUser
) -> None:
    saved = (await call(admin, SAVE, name="main", source=NEAR.format(km=10)))["policySave"]
    dispatcher = await make_user("dispatcher")
    admin.headers.update(dispatcher.headers)

    body = await admin.execute(NODE, {"id": saved["version"]["policyId"]})

    assert body.get("data", {}).get("node") is None

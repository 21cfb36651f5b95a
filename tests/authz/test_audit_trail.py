"""The audit trail: admins read who changed roles and rules, newest first (auditLog)."""

from __future__ import annotations

from tests.authz.test_roles_and_rules import ADD, ASSIGN, REMOVE
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser
from tests.users.test_signin import mutate

AUDIT = """query ($first: Int!, $action: String) {
  auditLog(first: $first, action: $action) { id at action target detail actorId actorName } }"""


async def test_an_admin_reads_the_changes_to_roles_and_rules_newest_first(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    # given an admin who adds a rule, grants a role and removes the rule again
    admin = await make_user("admin", name="审计管理员 Auditing admin")
    someone = await make_user(None)
    gql.headers.update(admin.headers)
    await mutate(gql, ADD, s="dispatcher", o="ServerInfo.plugins", a="read")
    await mutate(gql, ASSIGN, user=someone.global_id, role="supervisor")
    await mutate(gql, REMOVE, s="dispatcher", o="ServerInfo.plugins", a="read")

    # when the admin reads the audit log
    body = await gql.execute(AUDIT, {"first": 50})
    log = body["data"]["auditLog"]

    # then every change is there, newest first, with who made it and what changed
    assert [e["action"] for e in log] == ["policy_rule.remove", "role.assign", "policy_rule.add"]
    assert {(e["actorId"], e["actorName"]) for e in log} == {
        (admin.global_id, "审计管理员 Auditing admin")
    }
    assert "ServerInfo.plugins" in log[0]["target"]
    assert log[0]["at"] >= log[1]["at"] >= log[2]["at"]

    # and a prefix keeps one kind of change, first limits the count
    rules_only = (await gql.execute(AUDIT, {"first": 50, "action": "policy_rule"}))["data"]
    assert [e["action"] for e in rules_only["auditLog"]] == [
        "policy_rule.remove",
        "policy_rule.add",
    ]
    newest = (await gql.execute(AUDIT, {"first": 1}))["data"]["auditLog"]
    assert [e["id"] for e in newest] == [log[0]["id"]]


async def test_only_admins_read_the_audit_log(gql: GraphQLClient, make_user: MakeUser) -> None:
    for role in ("dispatcher", "supervisor"):
        user = await make_user(role)
        gql.headers.update(user.headers)
        body = await gql.execute(AUDIT, {"first": 5})
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"

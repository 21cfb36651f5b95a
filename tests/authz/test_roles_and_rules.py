"""Admins grant roles, define roles and add rules through GraphQL; every change is audited."""

from __future__ import annotations

from typing import Any

from dispatchhub.authz.tables import AuditLog, CasbinRule
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser
from tests.users.test_signin import mutate

ASSIGN = """
mutation ($user: ID!, $role: String!) {
  roleAssign(input: {userId: $user, role: $role}) { roles errors { field code } }
}
"""
REVOKE = """
mutation ($user: ID!, $role: String!) {
  roleRevoke(input: {userId: $user, role: $role}) { roles errors { field code } }
}
"""
CREATE_ROLE = """
mutation ($name: String!, $inherits: [String!]!) {
  roleCreate(input: {name: $name, inherits: $inherits}) {
    role { name inherits builtin } errors { field code }
  }
}
"""
ADD = """
mutation ($s: String!, $o: String!, $a: String!) {
  policyRuleAdd(input: {subject: $s, object: $o, action: $a}) {
    rule { subject object action shipped } errors { field code message }
  }
}
"""
REMOVE = """
mutation ($s: String!, $o: String!, $a: String!) {
  policyRuleRemove(input: {subject: $s, object: $o, action: $a}) { errors { field code } }
}
"""
ROLES = "{ roles { name inherits builtin } }"
RULES = "{ policyRules { subject object action shipped } }"
PLUGINS = "{ serverInfo { plugins } }"


async def audit() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = await AuditLog.select(
        AuditLog.actor, AuditLog.action, AuditLog.target
    ).order_by(AuditLog.at)
    return rows


async def test_a_granted_role_takes_effect_on_the_next_request(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    admin = await make_user("admin")
    customer = await make_user("customer")

    gql.headers.update(admin.headers)
    payload = await mutate(gql, ASSIGN, user=customer.global_id, role="dispatcher")

    assert payload == {"roles": ["customer", "dispatcher"], "errors": []}
    assert await audit() == [
        {"actor": admin.id, "action": "role.assign", "target": str(customer.id)}
    ]
    gql.headers.update(customer.headers)
    assert (await gql.execute("{ roles { name } }"))["errors"][0]["extensions"]["code"] == (
        "FORBIDDEN"
    )  # dispatchers do not manage roles
    assert "errors" not in await gql.execute(
        "query ($id: ID!) { node(id: $id) { id } }", {"id": admin.global_id}
    )


async def test_revoking_a_role_and_the_admin_lockout_guard(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    admin = await make_user("admin")
    staff = await make_user("staff")
    gql.headers.update(admin.headers)

    revoked = await mutate(gql, REVOKE, user=staff.global_id, role="staff")
    own = await mutate(gql, REVOKE, user=admin.global_id, role="admin")

    assert revoked == {"roles": [], "errors": []}
    assert own == {"roles": None, "errors": [{"field": "role", "code": "CANNOT_REVOKE_OWN_ADMIN"}]}
    assert [row["action"] for row in await audit()] == ["role.revoke"]


async def test_bad_grants_are_field_errors(gql: GraphQLClient, make_user: MakeUser) -> None:
    admin = await make_user("admin")
    gql.headers.update(admin.headers)

    unknown_role = await mutate(gql, ASSIGN, user=admin.global_id, role="wizard")
    implicit = await mutate(gql, ASSIGN, user=admin.global_id, role="authenticated")
    no_user = await mutate(gql, ASSIGN, user="VXNlcjpub3BlCg==", role="staff")

    assert unknown_role["errors"] == [{"field": "role", "code": "UNKNOWN_ROLE"}]
    assert implicit["errors"] == [{"field": "role", "code": "ROLE_NOT_ASSIGNABLE"}]
    assert no_user["errors"] == [{"field": "userId", "code": "USER_NOT_FOUND"}]
    assert await audit() == []


async def test_an_admin_defines_a_role_gives_it_a_rule_and_grants_it(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    # given an admin and a customer-service auditor-to-be
    admin = await make_user("admin")
    auditor = await make_user(None)
    gql.headers.update(admin.headers)

    # when the admin defines "auditor", lets it read the plugin list, and grants it
    role = await mutate(gql, CREATE_ROLE, name="auditor", inherits=["authenticated"])
    rule = await mutate(gql, ADD, s="auditor", o="ServerInfo.plugins", a="read")
    granted = await mutate(gql, ASSIGN, user=auditor.global_id, role="auditor")

    # then the auditor may read it, the role and rule are listed, and all of it is audited
    assert role == {
        "role": {"name": "auditor", "inherits": ["authenticated"], "builtin": False},
        "errors": [],
    }
    assert rule["rule"] == {
        "subject": "auditor",
        "object": "ServerInfo.plugins",
        "action": "read",
        "shipped": False,
    }
    assert granted["roles"] == ["auditor"]
    gql.headers.update(auditor.headers)
    assert "errors" not in await gql.execute(PLUGINS)
    gql.headers.update(admin.headers)
    roles = (await gql.execute(ROLES))["data"]["roles"]
    assert {"name": "auditor", "inherits": ["authenticated"], "builtin": False} in roles
    assert [r["name"] for r in roles][:7] == [
        "anonymous", "authenticated", "customer", "staff", "supervisor", "dispatcher", "admin",
    ]  # fmt: skip
    rules = (await gql.execute(RULES))["data"]["policyRules"]
    assert {"subject": "admin", "object": "Mutation.policyRuleAdd", "action": "call",
            "shipped": True} in rules  # fmt: skip
    assert [row["action"] for row in await audit()] == [
        "role.define", "policy_rule.add", "role.assign",
    ]  # fmt: skip

    # and removing the rule takes the permission away again
    assert (await mutate(gql, REMOVE, s="auditor", o="ServerInfo.plugins", a="read")) == {
        "errors": []
    }
    gql.headers.update(auditor.headers)
    assert (await gql.execute(PLUGINS))["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_rules_are_validated_and_shipped_ones_stay(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    gql.headers.update((await make_user("admin")).headers)

    cases = [
        (("nobody", "Query.me", "call"), "subject", "UNKNOWN_ROLE"),
        (("staff", "drop table", "call"), "object", "INVALID_RULE"),
        (("staff", "Query.me", "write"), "action", "INVALID_RULE"),
        (("authenticated", "Query.me", "call"), None, "RULE_EXISTS"),
    ]
    for (s, o, a), field, code in cases:
        payload = await mutate(gql, ADD, s=s, o=o, a=a)
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)], (s, o, a)

    shipped = await mutate(gql, REMOVE, s="authenticated", o="Query.me", a="call")
    missing = await mutate(gql, REMOVE, s="staff", o="Query.nothing", a="call")
    assert shipped["errors"] == [{"field": None, "code": "RULE_SHIPPED"}]
    assert missing["errors"] == [{"field": None, "code": "RULE_NOT_FOUND"}]
    assert await CasbinRule.count().where(CasbinRule.ptype == "p") == 0
    assert await audit() == []

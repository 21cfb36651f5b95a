"""Policy is the shipped CSV rules plus what admins stored; stored changes survive restarts."""

from __future__ import annotations

from dispatchhub.authz.adapter import shipped_policy
from dispatchhub.authz.enforcer import Actor, create_enforcer, is_allowed
from dispatchhub.authz.tables import CasbinRule
from dispatchhub.config import Settings


def test_shipped_policy_has_role_inheritance_and_permissions() -> None:
    rules = set(shipped_policy())

    assert ("g", "admin", "dispatcher") in rules
    assert ("p", "anonymous", "Query.serverInfo", "call") in rules
    assert all(rule[0] in {"p", "g"} for rule in rules)


async def test_granted_roles_are_stored_and_reloaded(database: Settings) -> None:
    first = await create_enforcer()
    await first.add_role_for_user("user-1", "admin")

    second = await create_enforcer()  # another process, or a restart

    assert is_allowed(second, Actor("user-1"), "ServerInfo.plugins", "read")
    assert not is_allowed(second, Actor("user-2"), "ServerInfo.plugins", "read")
    assert await CasbinRule.count() == 1  # the shipped rules are not copied into the database


async def test_removing_a_grant_removes_the_row(database: Settings) -> None:
    enforcer = await create_enforcer()
    await enforcer.add_role_for_user("user-1", "dispatcher")
    await enforcer.add_role_for_user("user-1", "supervisor")

    await enforcer.delete_role_for_user("user-1", "dispatcher")
    reloaded = await create_enforcer()

    assert await reloaded.get_roles_for_user("user-1") == ["supervisor"]


async def test_deny_by_default(database: Settings) -> None:
    enforcer = await create_enforcer()

    for role in ("anonymous", "customer", "staff", "admin"):
        assert not enforcer.enforce(role, "Mutation.somethingNobodyAllowed", "call")


async def test_save_policy_keeps_shipped_rules_out_of_the_database(database: Settings) -> None:
    enforcer = await create_enforcer()
    await enforcer.add_policy("auditor", "Query.serverInfo", "call")

    await enforcer.save_policy()

    rows = await CasbinRule.select(CasbinRule.ptype, CasbinRule.v0, CasbinRule.v1)
    assert rows == [{"ptype": "p", "v0": "auditor", "v1": "Query.serverInfo"}]

"""Remembered Casbin decisions: the same answers as Casbin's, and never older than the policy."""

from __future__ import annotations

import itertools

from dispatchhub.authz.adapter import shipped_policy
from dispatchhub.authz.enforcer import Actor, Enforcer, create_enforcer, is_allowed
from dispatchhub.authz.tables import CasbinRule
from dispatchhub.config import Settings

SUBJECTS = ["anonymous", "authenticated", "customer", "staff", "dispatcher", "admin", "user-1"]


async def test_remembered_decisions_are_casbins_for_every_shipped_rule(
    database: Settings,
) -> None:
    # given: a user with two roles, and every object and action the shipped policy names
    enforcer = await create_enforcer()
    assert isinstance(enforcer, Enforcer)
    await enforcer.add_role_for_user("user-1", "staff")
    await enforcer.add_role_for_user("user-1", "customer")
    pairs = {(rule[2], rule[3]) for rule in shipped_policy() if rule[0] == "p"}
    # when / then: asked twice (the second answer comes from memory), each one is Casbin's
    for _ in range(2):
        for subject, (obj, act) in itertools.product(SUBJECTS, sorted(pairs)):
            assert enforcer.decide(subject, obj, act) == enforcer.enforce(subject, obj, act)


async def test_users_with_the_same_roles_share_a_decision_but_not_another_roles(
    database: Settings,
) -> None:
    enforcer = await create_enforcer()
    await enforcer.add_role_for_user("user-1", "dispatcher")
    await enforcer.add_role_for_user("user-2", "dispatcher")
    await enforcer.add_role_for_user("user-3", "customer")

    assert is_allowed(enforcer, Actor("user-1"), "Order.customerPhone", "read")
    assert is_allowed(enforcer, Actor("user-2"), "Order.customerPhone", "read")
    assert not is_allowed(enforcer, Actor("user-3"), "Order.customerPhone", "read")


async def test_a_rule_added_or_removed_changes_the_next_decision(database: Settings) -> None:
    enforcer = await create_enforcer()
    await enforcer.add_role_for_user("user-1", "customer")
    actor = Actor("user-1")
    assert not is_allowed(enforcer, actor, "Query.taskStats", "call")  # remembered: no

    await enforcer.add_policy("customer", "Query.taskStats", "call")
    assert is_allowed(enforcer, actor, "Query.taskStats", "call")

    await enforcer.remove_policy("customer", "Query.taskStats", "call")
    assert not is_allowed(enforcer, actor, "Query.taskStats", "call")


async def test_a_role_granted_or_revoked_changes_the_next_decision(database: Settings) -> None:
    enforcer = await create_enforcer()
    actor = Actor("user-1")
    assert not is_allowed(enforcer, actor, "ServerInfo.plugins", "read")

    await enforcer.add_role_for_user("user-1", "admin")
    assert is_allowed(enforcer, actor, "ServerInfo.plugins", "read")

    await enforcer.delete_role_for_user("user-1", "admin")
    assert not is_allowed(enforcer, actor, "ServerInfo.plugins", "read")


async def test_a_reload_after_another_instances_change_is_seen(database: Settings) -> None:
    # given: this instance remembered a refusal
    here = await create_enforcer()
    actor = Actor("user-1")
    assert not is_allowed(here, actor, "ServerInfo.plugins", "read")
    # when: another instance grants the role, and the watcher reloads this one
    elsewhere = await create_enforcer()
    await elsewhere.add_role_for_user("user-1", "admin")
    assert await CasbinRule.count() == 1
    await here.load_policy()
    # then
    assert is_allowed(here, actor, "ServerInfo.plugins", "read")

"""Policy changes on one app instance reach the others through Redis pub/sub."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import casbin
import pytest
from redis.asyncio import Redis

from dispatchhub import db
from dispatchhub.authz.enforcer import Actor, close_enforcer, create_enforcer, is_allowed
from dispatchhub.authz.service import define_role, list_roles
from dispatchhub.authz.watcher import CHANNEL
from dispatchhub.config import Settings
from tests.fixtures.services import RedisProcess


async def eventually(check: casbin.AsyncEnforcer, actor: Actor, obj: str, expected: bool) -> None:
    deadline = time.monotonic() + 5
    while is_allowed(check, actor, obj, "read") != expected:
        assert time.monotonic() < deadline, f"{obj} never became {expected}"
        await asyncio.sleep(0.02)


async def test_a_rule_added_on_one_instance_applies_on_another(
    database: Settings, private_redis: RedisProcess
) -> None:
    # given two app instances, each with its enforcer and watcher
    first = await create_enforcer(private_redis.url)
    second = await create_enforcer(private_redis.url)
    user = Actor("user-1", ("customer",))
    try:
        # when the first grants a role, inside a transaction
        async with db.write():
            await first.add_role_for_user("user-1", "admin")
            # not announced before commit: the second would reload the old rows
            await asyncio.sleep(0.1)
            assert not is_allowed(second, user, "ServerInfo.plugins", "read")

        # then the second applies it once it is committed, and a removal too
        await eventually(second, user, "ServerInfo.plugins", True)
        await first.delete_role_for_user("user-1", "admin")
        await eventually(second, user, "ServerInfo.plugins", False)
    finally:
        await close_enforcer(first)
        await close_enforcer(second)


async def test_a_rolled_back_change_is_not_announced(
    database: Settings, private_redis: RedisProcess
) -> None:
    first = await create_enforcer(private_redis.url)
    second = await create_enforcer(private_redis.url)
    try:

        class Abort(Exception):
            pass

        try:
            async with db.write():
                await first.add_policy("customer", "Query.secret", "call")
                raise Abort
        except Abort:
            pass
        await first.add_policy("customer", "Query.other", "call")  # committed: announced

        deadline = time.monotonic() + 5
        while not second.enforce("customer", "Query.other", "call"):
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)
        assert not second.enforce("customer", "Query.secret", "call")
    finally:
        await close_enforcer(first)
        await close_enforcer(second)


async def test_a_reload_under_way_does_not_undo_a_change_made_meanwhile(
    database: Settings, private_redis: RedisProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given an instance whose policy reload reads the rows, then takes a while to swap them in
    enforcer = await create_enforcer(private_redis.url)
    read = enforcer.adapter.load_policy

    async def slow_load(model: Any) -> None:
        await read(model)
        await asyncio.sleep(0.3)

    monkeypatch.setattr(enforcer.adapter, "load_policy", slow_load)
    try:
        # when another instance's announcement starts a reload and an admin defines a role
        async with Redis.from_url(private_redis.url) as elsewhere:
            await elsewhere.publish(CHANNEL, "elsewhere")
        await asyncio.sleep(0.1)
        await define_role(enforcer, actor_id=None, name="auditor", inherits=["customer"])

        # then the role is there from then on: the reload ran before the change, not across it
        deadline = time.monotonic() + 1
        while time.monotonic() < deadline:
            assert "auditor" in [role.name for role in list_roles(enforcer)]
            await asyncio.sleep(0.01)
    finally:
        await close_enforcer(enforcer)

"""Policy versions: immutable saves with content hash, publish, roll back, shadow, pages."""

from __future__ import annotations

import asyncio

import pytest

from dispatchhub.config import Settings
from dispatchhub.dispatch.errors import PolicyErrorCode, SourceRejected
from dispatchhub.dispatch.policies import (
    MAIN_POLICY,
    active_policy_set,
    publish_version,
    save_version,
    stop_shadow,
)
from dispatchhub.dispatch.policy_queries import (
    VersionStatus,
    get_policy,
    list_policies,
    list_versions,
)
from dispatchhub.dispatch.tables import PolicyVersion
from dispatchhub.errors import DomainError
from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS, content_hash

F = DEFAULT_FUNCTIONS

NEAR = """\
policy near priority 5
  applies when task.type == "hvac"
  require close : distance(staff, task) <= {km} km reason "{{distance(staff, task)}} away"
  prefer closest weight 2 : scale(distance(staff, task), best 0 km, worst {km} km)
default policy anyone
  require on_shift : staff.on_shift
"""
WITH_EXAMPLE = (
    NEAR.format(km=10)
    + """\
  example "on shift" given task {} staff {on_shift: false} expect eligible
"""
)


async def statuses(policy_id: object) -> dict[int, str]:
    rows = await PolicyVersion.select(PolicyVersion.version, PolicyVersion.status).where(
        PolicyVersion.policy == policy_id
    )
    return {r["version"]: r["status"] for r in rows}


async def test_saves_are_numbered_versions_identified_by_content_hash(database: Settings) -> None:
    first = await save_version(MAIN_POLICY, NEAR.format(km=10), functions=F)
    second = await save_version(MAIN_POLICY, NEAR.format(km=12), functions=F, note="wider")

    assert (first.created, first.version.version) == (True, 1)
    assert (second.created, second.version.version) == (True, 2)
    assert first.version.content_hash == content_hash(NEAR.format(km=10))
    assert second.version.status is VersionStatus.DRAFT and second.version.note == "wider"
    policy = await get_policy(first.version.policy_id)
    assert (policy.name, policy.latest_version, policy.active_version) == (MAIN_POLICY, 2, None)


async def test_repeating_the_latest_text_returns_that_version(database: Settings) -> None:
    saved = await save_version("main", NEAR.format(km=10), functions=F)

    # trailing blanks and Windows line ends normalise to the same content hash
    again = await save_version("main", NEAR.format(km=10).replace("\n", "  \r\n"), functions=F)

    assert again.created is False
    assert again.version.id == saved.version.id
    assert await PolicyVersion.count() == 1


async def test_an_older_text_saved_again_is_a_new_version(database: Settings) -> None:
    await save_version("main", NEAR.format(km=10), functions=F)
    await save_version("main", NEAR.format(km=12), functions=F)

    back = await save_version("main", NEAR.format(km=10), functions=F)

    assert (back.created, back.version.version) == (True, 3)


async def test_text_with_errors_is_refused_with_positioned_diagnostics(database: Settings) -> None:
    with pytest.raises(SourceRejected) as refused:
        await save_version("main", NEAR.format(km=10).replace("<= 10 km", "<= 10"), functions=F)

    [error] = refused.value.errors
    assert error.code is PolicyErrorCode.SOURCE_ERROR and error.field == "source"
    diagnostic = error.params["diagnostic"]
    assert (diagnostic.line, diagnostic.column, diagnostic.code) == (3, 44, "MISSING_UNIT")
    assert error.message("en").startswith("Line 3, column 44: `10`")
    assert error.message("zh-CN").startswith("第 3 行第 44 列")
    assert await PolicyVersion.count() == 0


async def test_a_lone_surrogate_is_a_positioned_error_not_a_fault(database: Settings) -> None:
    source = NEAR.format(km=10).replace("default policy", "# \ud800 note\ndefault policy")

    with pytest.raises(SourceRejected) as refused:
        await save_version("main", source, functions=F)

    [diagnostic] = refused.value.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("INVALID_CHARACTER", 5, 3)
    assert (diagnostic.end_line, diagnostic.end_column) == (5, 4)


@pytest.mark.parametrize("name", ["", "has space", "x" * 101, "semi;colon"])
async def test_bad_names_are_refused(database: Settings, name: str) -> None:
    with pytest.raises(DomainError) as refused:
        await save_version(name, NEAR.format(km=10), functions=F)

    assert refused.value.errors[0].code is PolicyErrorCode.INVALID_NAME


async def test_examples_run_on_save_and_failing_ones_block_publishing(database: Settings) -> None:
    saved = await save_version("main", WITH_EXAMPLE, functions=F)

    [result] = saved.examples
    assert (result.policy, result.name, result.passed) == ("anyone", "on shift", False)
    with pytest.raises(DomainError) as refused:
        await publish_version(saved.version.policy_id, 1, functions=F)
    assert refused.value.errors[0].code is PolicyErrorCode.EXAMPLES_FAILED
    assert "anyone/on shift" in refused.value.errors[0].message("en")
    assert (await get_policy(saved.version.policy_id)).active_version is None


async def test_publishing_keeps_one_active_version_and_rolls_back(database: Settings) -> None:
    v1 = (await save_version("main", NEAR.format(km=10), functions=F)).version
    await save_version("main", NEAR.format(km=12), functions=F)
    policy_id = v1.policy_id

    await publish_version(policy_id, 1, functions=F)
    published = await publish_version(policy_id, 2, functions=F)

    assert published.status is VersionStatus.PUBLISHED and published.published_at is not None
    assert await statuses(policy_id) == {1: "RETIRED", 2: "PUBLISHED"}
    active = await active_policy_set(F)
    assert active is not None and active[0].version == 2
    assert active[1].content_hash == content_hash(NEAR.format(km=12))

    # roll back: publish the older version again
    await publish_version(policy_id, 1, functions=F)
    assert await statuses(policy_id) == {1: "PUBLISHED", 2: "RETIRED"}
    assert (await get_policy(policy_id)).active_version == 1


async def test_concurrent_publishes_leave_exactly_one_active(database: Settings) -> None:
    for km in range(10, 14):
        saved = await save_version("main", NEAR.format(km=km), functions=F)
    policy_id = saved.version.policy_id

    await asyncio.gather(*(publish_version(policy_id, v, functions=F) for v in range(1, 5)))

    states = await statuses(policy_id)
    assert sorted(states.values()).count("PUBLISHED") == 1
    winner = next(v for v, s in states.items() if s == "PUBLISHED")
    assert (await get_policy(policy_id)).active_version == winner


async def test_concurrent_saves_get_distinct_version_numbers(database: Settings) -> None:
    saved = await asyncio.gather(
        *(save_version("main", NEAR.format(km=km), functions=F) for km in range(10, 15))
    )

    assert sorted(s.version.version for s in saved) == [1, 2, 3, 4, 5]


async def test_unknown_policy_or_version_is_reported(database: Settings) -> None:
    saved = await save_version("main", NEAR.format(km=10), functions=F)

    with pytest.raises(DomainError) as missing:
        await publish_version(saved.version.policy_id, 7, functions=F)
    assert missing.value.errors[0].code is PolicyErrorCode.VERSION_NOT_FOUND
    assert missing.value.errors[0].message("en") == "The policy has no version 7."
    with pytest.raises(DomainError) as unknown:
        await publish_version(saved.version.id, 1, functions=F)  # a version id, not a policy's
    assert unknown.value.errors[0].code is PolicyErrorCode.POLICY_NOT_FOUND


async def test_a_version_in_shadow_and_back(database: Settings) -> None:
    v1 = (await save_version("main", NEAR.format(km=10), functions=F)).version
    await save_version("main", NEAR.format(km=12), functions=F)
    await save_version("main", NEAR.format(km=14), functions=F)
    policy_id = v1.policy_id
    await publish_version(policy_id, 1, functions=F)

    shadow = await publish_version(policy_id, 2, functions=F, shadow=True)
    assert shadow.status is VersionStatus.SHADOW
    assert (await get_policy(policy_id)).shadow_version == 2
    # a new shadow replaces the old; the active version stays
    await publish_version(policy_id, 3, functions=F, shadow=True)
    assert await statuses(policy_id) == {1: "PUBLISHED", 2: "DRAFT", 3: "SHADOW"}

    policy = await stop_shadow(policy_id)
    assert (policy.shadow_version, policy.active_version) == (None, 1)
    assert await statuses(policy_id) == {1: "PUBLISHED", 2: "DRAFT", 3: "DRAFT"}


async def test_a_retired_version_leaves_shadow_as_retired(database: Settings) -> None:
    v1 = (await save_version("main", NEAR.format(km=10), functions=F)).version
    await save_version("main", NEAR.format(km=12), functions=F)
    await publish_version(v1.policy_id, 1, functions=F)
    await publish_version(v1.policy_id, 2, functions=F)

    await publish_version(v1.policy_id, 1, functions=F, shadow=True)
    await stop_shadow(v1.policy_id)

    assert await statuses(v1.policy_id) == {1: "RETIRED", 2: "PUBLISHED"}


async def test_lists_page_by_cursor(database: Settings) -> None:
    for name in ["c", "a", "b"]:
        await save_version(name, NEAR.format(km=10), functions=F)
    for km in (11, 12, 13):
        saved = await save_version("a", NEAR.format(km=km), functions=F)

    first = await list_policies(2)
    rest = await list_policies(2, after=first.items[-1].name)
    assert [p.name for p in first.items] == ["a", "b"] and first.has_next
    assert [p.name for p in rest.items] == ["c"] and not rest.has_next
    assert first.items[0].latest_version == 4

    newest = await list_versions(saved.version.policy_id, 3)
    older = await list_versions(saved.version.policy_id, 3, after=newest.items[-1].version)
    assert [v.version for v in newest.items] == [4, 3, 2] and newest.has_next
    assert [v.version for v in older.items] == [1] and not older.has_next


async def test_no_active_policy_set_before_publishing(database: Settings) -> None:
    await save_version(MAIN_POLICY, NEAR.format(km=10), functions=F)

    assert await active_policy_set(F) is None
    assert await active_policy_set(F, name="nonexistent") is None

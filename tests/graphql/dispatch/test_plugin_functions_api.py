"""Functions plugins register reach the editor schema and the checker over GraphQL."""

from __future__ import annotations

import pluggy
import pytest

from dispatchhub import hookimpl
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.rules_dsl import Param, RuleFunction
from dispatchhub.rules_dsl.types import BOOL, TASK
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser

USES_VIP = """\
default policy vip_first
  require vip_ok : not is_vip(task) or staff.grade >= 4 reason "VIP needs level 4"
"""
VALIDATE = """
mutation V($source: String!) {
  policyValidate(input: {source: $source}) { valid diagnostics { code } }
}
"""
FUNCTIONS = "{ ruleSchema { functions { name params { name type } returns doc } } }"


class VipFunctions:
    @hookimpl
    def register_rule_functions(self) -> list[RuleFunction]:
        return [
            RuleFunction(
                "is_vip",
                (Param("task", TASK),),
                BOOL,
                lambda task: task.get("customer_tier") == "vip",
                "the booking's customer is a VIP (from the CRM)",
            )
        ]


@pytest.fixture
def plugins() -> pluggy.PluginManager:
    """The core's plugins and one that adds ``is_vip``."""
    return create_plugin_manager(load_entrypoints=False, extra=[VipFunctions()])


async def test_a_plugin_function_is_in_the_schema_and_checks(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    gql.headers.update((await make_user("dispatcher")).headers)

    schema = await gql.execute(FUNCTIONS)
    checked = await gql.execute(VALIDATE, {"source": USES_VIP})

    functions = {f["name"]: f for f in schema["data"]["ruleSchema"]["functions"]}
    assert functions["is_vip"] == {
        "name": "is_vip",
        "params": [{"name": "task", "type": "task"}],
        "returns": "bool",
        "doc": "the booking's customer is a VIP (from the CRM)",
    }
    assert {"distance", "same_region", "saturation"} <= set(functions)
    assert checked["data"]["policyValidate"] == {"valid": True, "diagnostics": []}

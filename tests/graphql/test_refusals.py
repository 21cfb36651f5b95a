"""The one way a resolver turns a domain refusal into an answer (dispatchhub.graphql.refusals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from dispatchhub.errors import DomainError, ErrorCode
from dispatchhub.graphql.errors import BadUserInput, NotFound
from dispatchhub.graphql.refusals import bad_input, not_found, refusals


class Code(ErrorCode):
    TAKEN = ("已被占用:{what}", "Taken: {what}")


@dataclass
class Problem:
    field: str | None
    message: str
    code: Any


@dataclass
class Payload:
    thing: str | None
    done: bool
    errors: list[Problem] = field(default_factory=list)


def _info(locale: str) -> Any:
    return SimpleNamespace(context=SimpleNamespace(locale=locale))


class Resolvers:
    @refusals(Payload, Problem, done=False)
    async def make(self, info: Any, input: str) -> Payload:
        if input == "taken":
            raise DomainError(Code.TAKEN, "some_name", what=input)
        return Payload(thing=input, done=True)

    @bad_input
    async def find(self, info: Any, term: str) -> str:
        raise DomainError(Code.TAKEN, "search_term", what=term)

    @not_found
    async def load(self, info: Any, id: str) -> str:
        raise DomainError(Code.TAKEN, "id", what=id)


async def test_a_refusal_becomes_the_payload_with_its_field_errors() -> None:
    # when
    answer = await Resolvers().make(_info("en"), input="taken")

    # then
    assert answer.thing is None
    assert answer.done is False
    assert answer.errors == [Problem("someName", "Taken: taken", Code.TAKEN)]


async def test_the_message_is_in_the_request_language() -> None:
    answer = await Resolvers().make(info=_info("zh-CN"), input="taken")

    assert answer.errors[0].message == "已被占用:taken"


async def test_an_answer_passes_through() -> None:
    answer = await Resolvers().make(_info("en"), input="free")

    assert answer == Payload(thing="free", done=True)


async def test_a_helper_finds_the_language_in_its_context_argument() -> None:
    @refusals(Payload, lambda exc, locale: [Problem(None, locale, exc.errors[0].code)])
    async def helper(context: Any) -> Payload:
        raise DomainError(Code.TAKEN, None, what="x")

    answer = await helper(SimpleNamespace(locale="en"))

    assert answer.errors == [Problem(None, "en", Code.TAKEN)]


async def test_a_query_refusal_is_bad_user_input_at_its_field() -> None:
    with pytest.raises(BadUserInput) as refused:
        await Resolvers().find(_info("en"), term="x")

    assert refused.value.extensions == {
        "code": "BAD_USER_INPUT",
        "field": "searchTerm",
        "reason": "TAKEN",
    }


async def test_not_found_keeps_only_the_message() -> None:
    with pytest.raises(NotFound, match="Taken: 7"):
        await Resolvers().load(_info("en"), id="7")

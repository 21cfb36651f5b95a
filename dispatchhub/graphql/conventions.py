"""Descriptions of the schema's conventional parts, written once.

Every connection, edge, payload ``errors`` list, error type, pagination argument and
mutation ``input`` follows the conventions of docs/api.md, so each kind is described here
once rather than in every domain; the domain's own types describe everything else. Only
parts without a description of their own are filled in, and only where the part has the
convention's exact shape, so the text is true of every part it lands on.
"""

from __future__ import annotations

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    get_named_type,
)

__all__ = ["describe_conventions"]

EDGES = "The items of this page, in the list's order."
PAGE_INFO = "Where this page is: pass `endCursor` as `after` for the next page while `hasNextPage`."
NODE = "The item."
CURSOR = "Opaque; pass it as `after` to get the items after this one."
FIRST = "How many items to return: at most 100."
AFTER = (
    "The `cursor` of the item to continue after (`pageInfo.endCursor` of the page before); "
    "null for the first page."
)
INPUT = "The mutation's one input (see the input type for each field)."
ERRORS = (
    "Why the operation was refused: one entry per problem, with the input field at fault; "
    "empty when it succeeded."
)
ERROR_TYPE = "A business refusal: the input field at fault, a message for people and a stable code."
CODE = "Stable: program against it (the message says it for people)."
ROOTS = {
    "Query": "What can be read. Every field is checked against the caller's role (see "
    "docs/api.md, Identity and access).",
    "Mutation": "What can be changed: noun-first operations with one `input` and a payload "
    "of the result and `errors`.",
    "Subscription": "Live updates over WebSocket (graphql-transport-ws), signed in through "
    "`connection_init`.",
}


def describe_conventions(schema: GraphQLSchema) -> None:
    """Describe the conventional parts of ``schema`` that have no description yet."""
    _describe_mutation_types(schema)
    for type_ in schema.type_map.values():
        if type_.name in ROOTS:
            type_.description = type_.description or ROOTS[type_.name]
        if isinstance(type_, GraphQLEnumType) and type_.name.endswith("ErrorCode"):
            _describe_codes(type_)
        if not isinstance(type_, GraphQLObjectType) or type_.name.startswith("__"):
            continue
        if type_.name.endswith("Edge") and {"node", "cursor"} <= set(type_.fields):
            item = get_named_type(type_.fields["node"].type).name
            type_.description = type_.description or f"One `{item}` of a page, with its cursor."
        fields = type_.fields
        if _is_error(type_):
            type_.description = type_.description or ERROR_TYPE
            _fill(fields["code"], CODE)
        if type_.name.endswith("Connection") and {"edges", "pageInfo"} <= set(fields):
            _fill(fields["edges"], EDGES)
            _fill(fields["pageInfo"], PAGE_INFO)
        if type_.name.endswith("Edge") and {"node", "cursor"} <= set(fields):
            _fill(fields["node"], NODE)
            _fill(fields["cursor"], CURSOR)
        for name, field in fields.items():
            if name == "errors" and _lists_errors(field):
                _fill(field, ERRORS)
            named = get_named_type(field.type)
            paged = isinstance(named, GraphQLObjectType) and named.name.endswith("Connection")
            for arg_name, arg in field.args.items():
                if arg.description:
                    continue
                if paged and arg_name == "first":
                    arg.description = FIRST
                elif paged and arg_name == "after":
                    arg.description = AFTER
                elif type_ is schema.mutation_type and arg_name == "input":
                    arg.description = INPUT


def _fill(field: GraphQLField, text: str) -> None:
    if not field.description:
        field.description = text


def _is_error(type_: GraphQLObjectType) -> bool:
    return type_.name.endswith("Error") and {"field", "message", "code"} <= set(type_.fields)


def _lists_errors(field: GraphQLField) -> bool:
    inner = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    if not isinstance(inner, GraphQLList):
        return False
    named = get_named_type(inner)
    return isinstance(named, GraphQLObjectType) and _is_error(named)


def _describe_codes(enum: GraphQLEnumType) -> None:
    """An error code enum: each code by the message an error with it carries."""
    enum.description = enum.description or "Why an operation was refused."
    for value in enum.values.values():
        if not value.description and isinstance(value.value, tuple) and len(value.value) == 2:
            zh, en = value.value
            value.description = f"“{en}” · “{zh}”"


def _describe_mutation_types(schema: GraphQLSchema) -> None:
    """A mutation's own input and payload types: what they are for."""
    mutation = schema.mutation_type
    if mutation is None:
        return
    users: dict[str, list[str]] = {}
    for name, field in mutation.fields.items():
        payload = get_named_type(field.type)
        users.setdefault(payload.name, []).append(name)
        if "input" in field.args:
            users.setdefault(get_named_type(field.args["input"].type).name, []).append(name)
    for type_name, names in users.items():
        type_ = schema.get_type(type_name)
        if type_ is None or type_.description:
            continue
        listed = ", ".join(f"`{n}`" for n in names)
        if isinstance(type_, GraphQLInputObjectType):
            type_.description = f"The input of {listed}."
        elif isinstance(type_, GraphQLObjectType) and "errors" in type_.fields:
            type_.description = (
                f"What {listed} answers: the result, or `errors` saying why it was refused."
            )

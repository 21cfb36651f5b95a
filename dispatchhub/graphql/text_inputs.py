"""Text that cannot be stored is refused at the field it was sent in, before anything runs.

Every string an operation carries — written in the document or sent as a variable, at any
depth of an input object, a list or a JSON value (form answers) — is checked once, before
execution:

- control characters (U+0000–U+001F but tab, line feed and carriage return; U+007F–U+009F)
  are refused with reason ``CONTROL_CHARACTER``: a NUL in an address broke every spreadsheet
  export that met it, and none of them is typed by a person;
- lone UTF-16 surrogates (``"\\ud800"`` in JSON) are refused with reason ``INVALID_UNICODE``:
  they are not text, and the database drivers fail on them.

Rule text (the DSL ``source`` of ``policyValidate``, ``policySave`` and ``policySimulate``) is
left to the DSL, which reports such characters as positioned diagnostics the rule editor
shows at their line and column.

The refusal is a top-level ``BAD_USER_INPUT`` error whose ``extensions.field`` is the path as
the API names it (``input.address``, ``input.formData.notes``, ``filter.search``) and whose
``extensions.reason`` says why; nothing of the operation runs. Right-to-left marks, emoji and
every other printable character pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    GraphQLError,
    InlineFragmentNode,
    ListValueNode,
    Node,
    ObjectValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    ValueNode,
    VariableNode,
    get_operation_ast,
)
from strawberry.extensions import SchemaExtension

from dispatchhub.graphql.errors import BadUserInput

__all__ = ["TextInputs", "text_problem"]

# (root field, argument path) whose text its own service checks with positions.
_OWN_CHECKS = frozenset(
    {
        ("policyValidate", "input.source"),
        ("policySave", "input.source"),
        ("policySimulate", "input.source"),
    }
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")

_MESSAGES = {
    "CONTROL_CHARACTER": {
        "zh-CN": "不能包含控制字符。",
        "en": "Must not contain control characters.",
    },
    "INVALID_UNICODE": {
        "zh-CN": "包含无效的 Unicode 字符（孤立的代理项）。",
        "en": "Contains invalid Unicode (a lone surrogate).",
    },
}


def text_problem(text: str) -> str | None:
    """Why ``text`` may not be stored (a reason code), or None when it may."""
    if _SURROGATE.search(text):
        return "INVALID_UNICODE"
    if _CONTROL.search(text):
        return "CONTROL_CHARACTER"
    return None


class TextInputs(SchemaExtension):
    """Refuse an operation carrying text that cannot be stored (see the module docs)."""

    def on_execute(self) -> Iterator[None]:
        execution = self.execution_context
        document = execution.graphql_document
        operation = (
            None if document is None else get_operation_ast(document, execution.operation_name)
        )
        if operation is not None and document is not None:
            found = _first_problem(document, operation, execution.variables or {})
            if found is not None:
                path, reason, node = found
                locale = getattr(execution.context, "locale", "zh-CN")
                refused = BadUserInput(_MESSAGES[reason][locale])
                refused.extensions.update(field=path, reason=reason)
                raise GraphQLError(
                    str(refused), nodes=[node], extensions=refused.extensions,
                    original_error=refused,
                )  # fmt: skip
        yield


def _first_problem(
    document: DocumentNode, operation: OperationDefinitionNode, variables: Mapping[str, Any]
) -> tuple[str, str, Node] | None:
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    defaults = {
        d.variable.name.value: d.default_value
        for d in operation.variable_definitions or ()
        if d.default_value is not None
    }
    for root in operation.selection_set.selections:
        skip = frozenset(
            path
            for field, path in _OWN_CHECKS
            if isinstance(root, FieldNode) and root.name.value == field
        )
        for argument in _arguments(SelectionSetNode(selections=(root,)), fragments, set()):
            found = _in_value(argument.value, argument.name.value, variables, defaults, skip)
            if found is not None:
                return found[0], found[1], argument
    return None


def _arguments(
    selections: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode],
    seen: set[str],
) -> Iterator[ArgumentNode]:
    for selection in selections.selections if selections is not None else ():
        if isinstance(selection, FieldNode):
            yield from selection.arguments or ()
            yield from _arguments(selection.selection_set, fragments, seen)
        elif isinstance(selection, InlineFragmentNode):
            yield from _arguments(selection.selection_set, fragments, seen)
        else:  # a fragment spread, followed once
            name = selection.name.value  # type: ignore[attr-defined]
            if name in fragments and name not in seen:
                seen.add(name)
                yield from _arguments(fragments[name].selection_set, fragments, seen)


def _in_value(
    node: ValueNode,
    path: str,
    variables: Mapping[str, Any],
    defaults: Mapping[str, ValueNode],
    skip: frozenset[str],
) -> tuple[str, str] | None:
    if path in skip:
        return None
    if isinstance(node, StringValueNode):
        reason = text_problem(node.value)
        return None if reason is None else (path, reason)
    if isinstance(node, ObjectValueNode):
        for field in node.fields:
            found = _in_value(field.value, f"{path}.{field.name.value}", variables, defaults, skip)
            if found is not None:
                return found
    elif isinstance(node, ListValueNode):
        for index, item in enumerate(node.values):
            found = _in_value(item, f"{path}.{index}", variables, defaults, skip)
            if found is not None:
                return found
    elif isinstance(node, VariableNode):
        name = node.name.value
        if name in variables:
            return _in_data(variables[name], path, skip)
        if name in defaults:
            return _in_value(defaults[name], path, variables, defaults, skip)
    return None


def _in_data(value: Any, path: str, skip: frozenset[str]) -> tuple[str, str] | None:
    """The first problem in a variable's JSON value (iteratively: nesting is bounded by the
    request parser, but a loop does not care)."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if where in skip:
            continue
        if isinstance(item, str):
            reason = text_problem(item)
            if reason is not None:
                return where, reason
        elif isinstance(item, dict):
            for key, child in reversed(list(item.items())):
                if isinstance(key, str) and (reason := text_problem(key)) is not None:
                    return f"{where}.{_printable(key)}", reason
                stack.append((child, f"{where}.{key}"))
        elif isinstance(item, list):
            stack.extend((child, f"{where}.{i}") for i, child in reversed(list(enumerate(item))))
    return None


def _printable(key: str) -> str:
    """A refused key as it can be shown back (its bad characters escaped)."""
    return key.encode("unicode_escape", "backslashreplace").decode("ascii")

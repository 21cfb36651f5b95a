"""Turn lark's parse failures into positioned diagnostics with messages admins can act on."""

from __future__ import annotations

import re

from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedToken

from dispatchhub.rules_dsl.errors import Diagnostic, Span
from dispatchhub.rules_dsl.lines import ClauseTooComplex, token_span

_EXPRESSION_START = {
    "NUMBER",
    "STRING",
    "QUANTITY",
    "TIME",
    "TRUE",
    "FALSE",
    "LSQB",
    "LPAR",
    "TASK",
    "STAFF",
    "NAME",
    "SCALE",
    "EXISTS",
    "MINUS",
    "NOT",
}
_WORDS = {
    "_NL": "the end of the line",
    "$END": "the end of the text",
    "NAME": "a name",
    "NUMBER": "a number",
    "STRING": 'a quoted text ("…")',
    "QUANTITY": "a value with a unit such as 10 km or 5 min",
    "TIME": "a time of day such as 08:30",
    "COMP_OP": "a comparison (<, <=, ==, !=, >=, >)",
    "__ANON_0": "'??'",
}
_SYMBOLS = {
    "COLON": ":",
    "COMMA": ",",
    "DOT": ".",
    "LPAR": "(",
    "RPAR": ")",
    "LSQB": "[",
    "RSQB": "]",
    "LBRACE": "{",
    "RBRACE": "}",
    "PLUS": "+",
    "MINUS": "-",
    "STAR": "*",
    "SLASH": "/",
}
_UNITS_HINT = "units are km, m (metres), min, h and s, e.g. 10 km or 30 min"
_CLAUSES = "applies when, require, prefer, tie break, mode, if none, example"


def _word(terminal: str) -> str:
    if terminal in _WORDS:
        return _WORDS[terminal]
    if terminal in _SYMBOLS:
        return f"'{_SYMBOLS[terminal]}'"
    return f"'{terminal.lower()}'"


def _expected(terminals: set[str]) -> str:
    names = set(terminals)
    words: list[str] = []
    if len(names & _EXPRESSION_START) >= 3:
        names -= _EXPRESSION_START
        words.append("an expression")
    words += sorted(_word(t) for t in names)
    if len(words) > 6:
        words = [*words[:6], "…"]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _line_before(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    before = lines[line - 1][: column - 1] if 0 < line <= len(lines) else ""
    return re.sub(r"#.*$", "", before).rstrip()


def _char_error(error: UnexpectedCharacters, text: str) -> Diagnostic:
    pos = error.pos_in_stream or 0
    char = text[pos] if pos < len(text) else ""
    span = Span(error.line, error.column, error.line, error.column + 1)
    code = "SYNTAX_ERROR"
    if char == "=":
        return Diagnostic.at(span, code, "'=' is not an operator", "use '==' to compare")
    if char in "\"'":
        return Diagnostic.at(
            span,
            "UNCLOSED_STRING",
            "this text is not closed",
            f"close it with {char} on the same line",
        )
    if char in "&|!":
        return Diagnostic.at(span, code, f"unexpected '{char}'", "write and, or, not")
    if char and ord(char) > 127:
        return Diagnostic.at(
            span,
            code,
            f"unexpected character '{char}'",
            'outside quotes use ASCII punctuation; Chinese text belongs inside "…"',
        )
    return Diagnostic.at(span, code, f"unexpected character '{char}'")


def _token_error(error: UnexpectedToken, text: str) -> Diagnostic:
    tok = error.token
    expected = set(error.expected)
    code = "SYNTAX_ERROR"
    if tok.type == "$END":
        lines = text.splitlines() or [""]
        span = Span(len(lines), len(lines[-1]) + 1, len(lines), len(lines[-1]) + 2)
    else:
        span = token_span(tok)
        if tok.type == "_NL":
            span = Span(span.line, span.column, span.line, span.column + 1)
    before = _line_before(text, span.line, span.column)
    wanted = _expected(expected)
    if tok.type == "NAME" and re.search(r"(^|[^\w.])\d+(\.\d+)?$", before):
        return Diagnostic.at(span, "UNKNOWN_UNIT", f"unknown unit '{tok}'", _UNITS_HINT)
    if tok.type in ("_NL", "$END"):
        op = re.search(r"(<=|>=|==|!=|<|>|\?\?|\+|-|\*|/|\band|\bor|\bnot|\bin)$", before)
        if op and expected & _EXPRESSION_START:
            return Diagnostic.at(
                span,
                "MISSING_OPERAND",
                f"'{op.group(1)}' is missing its right-hand side",
                "complete the expression on this line",
            )
        return Diagnostic.at(span, code, f"the line ends too early: expected {wanted}")
    if expected - {"$END"} <= {"POLICY", "DEFAULT"}:
        return Diagnostic.at(
            span,
            "OUTSIDE_POLICY",
            f"unexpected '{tok}' outside a policy",
            "start a policy with `policy NAME` or `default policy NAME`",
        )
    if expected == {"COLON"}:
        return Diagnostic.at(
            span,
            "MISSING_COLON",
            f"expected ':' before '{tok}'",
            "write `require NAME : condition` or `prefer NAME weight N : grade`",
        )
    if expected == {"LPAR"}:
        return Diagnostic.at(
            span,
            "BARE_NAME",
            f"unexpected '{tok}' after a bare name",
            "write a field as task.NAME or staff.NAME, or call a function with f(…)",
        )
    hint = None
    if "ASC" in expected and "DESC" in expected:
        hint = "order a tie-break key with asc or desc"
    elif tok.type == "NAME" and "APPLIES" in expected:
        hint = f"a clause starts with one of: {_CLAUSES}"
    elif tok.type == "COLON" and "WEIGHT" in expected:
        hint = "a preference needs a weight: `prefer close weight 3 : …`"
    shown = "the end of the line" if tok.type == "_NL" else f"'{tok}'"
    return Diagnostic.at(span, code, f"unexpected {shown}: expected {wanted}", hint)


def describe_error(error: LarkError | ClauseTooComplex, text: str, context: str = "") -> Diagnostic:
    """Translate a lark error raised while parsing ``text`` into one diagnostic.

    Args:
        error: The exception lark (or the line filter) raised.
        text: The text that was being parsed, to look at what precedes the error.
        context: Optional words appended to the message, e.g. "in a reason placeholder".

    Returns:
        A diagnostic with severity ``error`` and the error's line and column.
    """
    if isinstance(error, ClauseTooComplex):
        diagnostic = Diagnostic.at(
            error.span,
            "TOO_COMPLEX",
            error.message,
            "split the condition into several requirements",
        )
    elif isinstance(error, UnexpectedCharacters):
        diagnostic = _char_error(error, text)
    elif isinstance(error, UnexpectedToken):
        diagnostic = _token_error(error, text)
    else:
        diagnostic = Diagnostic.at(Span(1, 1, 1, 2), "SYNTAX_ERROR", str(error).splitlines()[0])
    if context:
        return Diagnostic.at(
            Span(diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column),
            diagnostic.code,
            f"{diagnostic.message} ({context})",
            diagnostic.hint,
        )
    return diagnostic

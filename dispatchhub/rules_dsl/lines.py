"""Line handling between lark's lexer and parser: which line breaks end a clause.

Clauses end at the end of a line so that a syntax error is reported on the line that is
broken, not on the next clause (a lesson from the lark prototype, see DESIGN §5).
"""

from __future__ import annotations

from collections.abc import Iterator

from lark import Token

from dispatchhub.rules_dsl.errors import Span

OPENERS = {"LPAR", "LSQB", "LBRACE"}
CLOSERS = {"RPAR", "RSQB", "RBRACE"}
# A line ending with one of these continues on the next line...
CONTINUE_AFTER = {
    "COMMA",
    "AND",
    "OR",
    "NOT",
    "IN",
    "COMP_OP",
    "PLUS",
    "MINUS",
    "STAR",
    "SLASH",
    "__ANON_0",
    "COLON",
}
# ...and so does a line starting with one of these...
CONTINUE_BEFORE = {
    "AND",
    "OR",
    "THEN",
    "REASON",
    "GIVEN",
    "STAFF",
    "EXPECT",
    "COMMA",
    "PLUS",
    "STAR",
    "SLASH",
    "COMP_OP",
    "__ANON_0",
    "IN",
}
# ...unless the next line starts a new clause: then the break always ends the clause.
CLAUSE_START = {"POLICY", "DEFAULT", "APPLIES", "REQUIRE", "PREFER", "TIE", "MODE", "IF", "EXAMPLE"}
OPERATORS = {"AND", "OR", "NOT", "IN", "COMP_OP", "PLUS", "MINUS", "STAR", "SLASH", "__ANON_0"}
MAX_DEPTH = 32
MAX_OPERATORS = 128


class ClauseTooComplex(Exception):
    """Raised while lexing when a clause nests or chains beyond the supported limits."""

    def __init__(self, span: Span, message: str) -> None:
        super().__init__(message)
        self.span = span
        self.message = message


def token_span(tok: Token) -> Span:
    """The span of a lark token."""
    line = tok.line or 1
    column = tok.column or 1
    return Span(line, column, tok.end_line or line, tok.end_column or column + 1)


class ClauseLines:
    """A lark ``postlex`` stage that keeps only the line breaks that end clauses."""

    always_accept = ("_NL",)

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        """Filter ``_NL`` tokens; always finish the input with one (the last clause's end)."""
        depth = 0
        operators = 0
        pending: Token | None = None
        prev: Token | None = None
        for tok in stream:
            if tok.type == "_NL":
                if prev is not None and pending is None:
                    pending = tok
                continue
            if pending is not None:
                continues = depth > 0 or (
                    (prev is not None and prev.type in CONTINUE_AFTER)
                    or tok.type in CONTINUE_BEFORE
                )
                # a clause keyword at the start of a line always ends the previous clause,
                # even inside an unclosed bracket, so the error lands on the broken line
                if tok.type in CLAUSE_START or not continues:
                    yield pending
                    depth = operators = 0
                pending = None
            if tok.type in OPENERS:
                depth += 1
                if depth > MAX_DEPTH:
                    raise ClauseTooComplex(token_span(tok), "brackets are nested too deeply")
            elif tok.type in CLOSERS and depth > 0:
                depth -= 1
            elif tok.type in OPERATORS:
                operators += 1
                if operators > MAX_OPERATORS:
                    raise ClauseTooComplex(token_span(tok), "this clause has too many operators")
            yield tok
            prev = tok
        if pending is not None:
            yield pending
        elif prev is not None:
            line, column = prev.end_line or 1, prev.end_column or 1
            yield Token("_NL", "", prev.end_pos, line, column, line, column + 1, prev.end_pos)

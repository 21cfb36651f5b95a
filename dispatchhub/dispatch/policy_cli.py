"""``dispatchhub policy validate FILE`` and ``dispatchhub policy test FILE``.

Both check the text with this installation's rule functions (plugins' included) and print
positioned diagnostics with the source line and a caret; ``test`` then runs the examples
written inside the policies. Exit status 1 when there is an error or a failing example.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from dispatchhub.config import Settings
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.plugins.rule_functions import rule_functions
from dispatchhub.rules_dsl import FunctionRegistry, compile_source, run_examples, validate

__all__ = ["add_policy_commands"]


def add_policy_commands(commands: Any) -> None:
    """Add the ``policy`` command and its ``validate`` and ``test`` sub-commands.

    Args:
        commands: The ``add_subparsers()`` object of the ``dispatchhub`` parser.
    """
    policy = commands.add_parser("policy", help="check dispatch policy text (the rules DSL)")
    actions = policy.add_subparsers(required=True, metavar="action")
    check = actions.add_parser("validate", help="print positioned errors and warnings")
    check.add_argument("file", type=Path, help="policy text file, or - for standard input")
    check.set_defaults(run=_validate)
    test = actions.add_parser("test", help="check, then run the examples inside the policies")
    test.add_argument("file", type=Path, help="policy text file, or - for standard input")
    test.set_defaults(run=_test)


def _read(path: Path) -> str:
    return sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")


def _functions() -> FunctionRegistry:
    settings = Settings()
    return rule_functions(create_plugin_manager(allow=settings.plugin_allow_list))


def _report(name: str, source: str, functions: FunctionRegistry, out: TextIO) -> bool:
    """Print every diagnostic; True when none is an error."""
    diagnostics = validate(source, functions=functions)
    for diagnostic in diagnostics:
        print(f"{name}:{diagnostic.render(source)}", file=out)
    errors = sum(d.is_error for d in diagnostics)
    warnings = len(diagnostics) - errors
    print(f"{name}: {errors} error(s), {warnings} warning(s)", file=out)
    return errors == 0


def _validate(args: argparse.Namespace) -> int:
    source = _read(args.file)
    return 0 if _report(str(args.file), source, _functions(), sys.stdout) else 1


def _test(args: argparse.Namespace) -> int:
    source = _read(args.file)
    functions = _functions()
    if not _report(str(args.file), source, functions, sys.stdout):
        return 1
    results = run_examples(compile_source(source, functions=functions))
    for result in results:
        verdict = "PASS" if result.passed else "FAIL"
        print(
            f"{verdict} {args.file}:{result.line} {result.policy} / {result.name}: {result.message}"
        )
    failed = sum(not r.passed for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0

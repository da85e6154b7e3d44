"""The command line: ``graphbuild build|query|export|draw|stats|serve|evaluate``.

A thin layer: each sub-command lives in its own module with ``register(subparsers)``
and ``run(args) -> int``; this module wires them up and is the only place that
turns a :class:`graphbuild.errors.GraphbuildError` into a one-line message and
an exit code. Nothing in the package imports ``graphbuild.cli``.

>>> from graphbuild.cli import main
>>> main(["--version"])  # doctest: +SKIP
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from graphbuild.errors import GraphbuildError

#: Sub-command modules, in the order ``--help`` lists them.
COMMANDS = ("build", "query", "export", "draw", "stats", "serve", "evaluate")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command that is installed."""
    from graphbuild import __version__

    p = argparse.ArgumentParser(
        prog="graphbuild",
        description="Turn conflict news into an RDF knowledge graph of actors and events.",
    )
    p.add_argument("--version", action="version", version=f"graphbuild {__version__}")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"graphbuild.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"graphbuild.cli.{name}":
                continue
            raise
        module.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code (also used by the console script)."""
    p = parser()
    args = p.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="graphbuild: %(levelname)s: %(message)s",
    )
    if not getattr(args, "func", None):
        p.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except GraphbuildError as e:
        print(f"graphbuild: error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("graphbuild: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

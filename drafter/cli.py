"""The ``drafter`` command.

``drafter [FILE]`` opens the editor; ``drafter check|report|export|compare|rules|parallel …`` are
the batch commands, each in its own module under ``drafter.commands``. Every user
error ends with a one-line message on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import import_module

from drafter.errors import DrafterError

SUBCOMMANDS = {
    "check": "drafter.commands.check",
    "export": "drafter.commands.export",
    "compare": "drafter.commands.compare",
    "rules": "drafter.commands.rules",
    "parallel": "drafter.commands.parallel",
    "index": "drafter.commands.index",
    "report": "drafter.commands.report",
}


USAGE = """usage: drafter [FILE] [--screenshot OUT.png]
       drafter COMMAND [ARGS...]

Open the editor (on a new draft, or on FILE: .docx, .txt), or run a command:
  check     check resolution files (or folders of them) against UN drafting and editorial rules
  report    check files and folders and write the findings as one HTML page
  export    write a Word file in the UN layout
  compare   list the changes between two texts, or write a Track Changes redline
  rules     list the style rule catalogue
  parallel  align two language versions of a resolution and check that they agree
  index     look up the citation index of resolutions, or add texts and entries to it

'drafter COMMAND --help' describes a command's options.
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] in (["-h"], ["--help"], ["help"]):
        print(USAGE, end="")
        return 0
    try:
        if args and args[0] in SUBCOMMANDS:
            module = import_module(SUBCOMMANDS[args[0]])
            return int(module.run(args[1:]))
        if args and args[0] in ("-V", "--version"):
            from drafter import __version__

            print(f"drafter {__version__}")
            return 0
        module = import_module("drafter.gui.launch")
        return int(module.run(args))
    except DrafterError as error:
        print(f"drafter: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def entry_point() -> None:
    sys.exit(main())

"""``drafter index``: look up the citation index, or add a folder of resolutions to it.

``drafter index lookup 70/1`` prints every entry with that number (any organ);
``drafter index add FOLDER`` reads the .docx/.txt resolutions in FOLDER into the
user's entries (``$XDG_DATA_HOME/drafter/citations.json``); ``drafter index
add-entry 80/12 2025-12-10 --title …`` adds one by hand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drafter.citations.index import Entry, default_index, reload_index
from drafter.citations.user_entries import add_entry, import_folder, user_entries_path
from drafter.errors import DrafterError


def describe(entry: Entry) -> list[str]:
    """The entry as lines: symbol and organ, date, evidence, titles."""
    kind = "decision" if entry.decision else "resolution"
    lines = [f"{entry.organ} {kind} {entry.symbol}" + (" (user entry)" if entry.user else "")]
    if entry.date:
        lines.append(f"  adopted: {entry.date}")
    if entry.conflicting:
        votes = ", ".join(f"{date} ({count})" for date, count in entry.dates.items())
        lines.append(f"  dates seen: {votes}")
    if entry.slips:
        slips = ", ".join(f"{date} ({count})" for date, count in entry.slips.items())
        lines.append(f"  dates given by one language version against the others: {slips}")
    for language, title in sorted(entry.titles.items()):
        lines.append(f"  title [{language}]: {title}")
    return lines


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="drafter index", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    lookup = commands.add_parser("lookup", help="print the entries of a resolution number")
    lookup.add_argument("number", help='"70/1", "2231", "2021/7"')
    add = commands.add_parser("add", help="import a folder of .docx/.txt resolutions")
    add.add_argument("folder", type=Path)
    entry = commands.add_parser("add-entry", help="add one entry by hand")
    entry.add_argument("number", help='"70/1", "2231"')
    entry.add_argument("date", help="adoption date, 2015-09-25")
    entry.add_argument("--organ", choices=("GA", "SC", "ECOSOC", "HRC"), default="GA")
    entry.add_argument("--title", default="")
    entry.add_argument("--lang", default="en", help="language of the title")
    args = parser.parse_args(argv)
    if args.command == "add-entry":
        key = f"{args.organ} {args.number}"
        add_entry(key, args.date, args.title, args.lang)
        print("\n".join(describe(reload_index().get(key))))
        return 0
    if args.command == "add":
        count, problems = import_folder(args.folder)
        for problem in problems:
            print(f"drafter: {problem}", file=sys.stderr)
        reload_index()
        print(f"{count} texts read into {user_entries_path()}")
        return 0 if count or not problems else 2
    number = " ".join(args.number.split("(")[0].split())
    entries = default_index().find(number)
    if not entries:
        raise DrafterError(f"{args.number}: not in the citation index")
    for entry in entries:
        print("\n".join(describe(entry)))
    return 0

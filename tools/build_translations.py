"""Compile the interface translations (resources/translations/*.ts) to Qt's binary .qm files.

The editor compiles them itself at first use into a cache folder
(:mod:`drafter.gui.i18n`), so nothing binary is kept in the repository. This tool
is for packaging: it writes each .qm next to its .ts (or into ``--out``), where
the editor prefers it while it is newer than its source.

    .venv/bin/python tools/build_translations.py [--out FOLDER]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafter.gui.i18n import compile_translation, translations_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="folder for the .qm files (default: next to the .ts)")
    args = parser.parse_args(argv)
    sources = sorted(translations_dir().glob("drafter_*.ts"))
    for source in sources:
        target = (args.out or source.parent) / source.with_suffix(".qm").name
        compile_translation(source, target)
        print(f"{source.name} -> {target}")
    return 0 if sources else 1


if __name__ == "__main__":
    sys.exit(main())

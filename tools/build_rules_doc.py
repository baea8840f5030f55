"""Regenerate docs/rules.md, the style rule reference page, from resources/rules/style.json.

Run after editing the catalogue: ``.venv/bin/python tools/build_rules_doc.py``.
``tests/test_rules_command.py`` fails while the page is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drafter.commands.rules import render_markdown  # noqa: E402

PAGE = REPO / "docs" / "rules.md"


def main() -> int:
    PAGE.parent.mkdir(exist_ok=True)
    PAGE.write_text(render_markdown(), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

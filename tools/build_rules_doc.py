"""Regenerate docs/rules.md, the style rule reference page, from resources/rules/style.json,
and docs/citation-rules.md from resources/rules/citations.json.

Run after editing the catalogue: ``.venv/bin/python tools/build_rules_doc.py``.
``tests/commands/test_rules.py`` fails while the page is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drafter.commands import citation_rules  # noqa: E402
from drafter.commands.rules import render_markdown  # noqa: E402

PAGE = REPO / "docs" / "rules.md"
CITATION_PAGE = REPO / "docs" / "citation-rules.md"


def main() -> int:
    PAGE.parent.mkdir(exist_ok=True)
    PAGE.write_text(render_markdown(), encoding="utf-8")
    CITATION_PAGE.write_text(citation_rules.render_markdown(), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(REPO)} and {CITATION_PAGE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate the Word base document(s) in ``templates/docx/`` from code.

Run after changing anything in ``drafter/formats/ooxml/`` (styles, settings,
page setup)::

    .venv/bin/python tools/build_templates.py

The exporter opens ``templates/docx/un_resolution.docx``; the test
``tests/formats/docx/ooxml/test_template.py`` fails when the committed file no longer matches
what this script produces (styles, settings, footnotes and document parts).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drafter.formats.docx.ooxml.template import TEMPLATE_RELATIVE, write_template  # noqa: E402


def main() -> int:
    target = REPO / "templates" / TEMPLATE_RELATIVE
    write_template(target)
    print(f"wrote {target.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

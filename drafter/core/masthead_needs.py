"""What a document's masthead lacks for its organ's layout (session, agenda item, dates …).

Checked before an export for submission: the Secretariat cannot process a draft
whose cover has no date or no agenda item, and the drafter is the one who knows
them. The needs per organ and status are data (``resources/export/masthead_needs.json``).
"""

from __future__ import annotations

from drafter.core.model import Metadata
from drafter.resources import load_json


def missing_masthead(meta: Metadata) -> list[str]:
    """The Metadata fields the layout needs and ``meta`` leaves empty, in the layout's order."""
    needs = load_json("export/masthead_needs.json")["needs"]
    wanted = needs.get(meta.organ.value, {}).get(meta.status.value, [])
    return [name for name in wanted if not str(getattr(meta, name, "")).strip()]

"""Lines a resolution prints that the model derives rather than stores.

Writers (the UN-layout Word file, Akoma Ntoso) print the same wording, closing lines
and sponsor line for the same model, so they take them from here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from drafter.core.model import DocumentStatus, Metadata, Organ, Resolution
from drafter.resources import load_json


@cache
def export_strings(language: str) -> dict[str, Any]:
    """resources/export/<lang>.json, the wording writers print (English when the language has none)."""
    try:
        return load_json(f"export/{language}.json")
    except FileNotFoundError:
        return load_json("export/en.json")


def closing_lines(resolution: Resolution) -> list[str]:
    """The closing lines as found, or, for an adopted text that has none, the meeting and
    the adoption date from the metadata (Security Council texts print them in the heading)."""
    if resolution.closing:
        return [line for line in resolution.closing if line.strip()]
    meta = resolution.meta
    if meta.status is DocumentStatus.ADOPTED and meta.organ is not Organ.SC and meta.meeting:
        return [meta.meeting, meta.adoption_date] if meta.adoption_date else [meta.meeting]
    return []


def sponsor_line(meta: Metadata, strings: dict[str, Any]) -> str:
    """"Peru and Chile: draft resolution" in the language's wording (``strings`` is
    ``resources/export/<lang>.json``); a single entry with ":" is already the whole line;
    "" when no sponsor is named."""
    sponsors = [s for s in meta.sponsors if s.strip()]
    if not sponsors:
        return ""
    if len(sponsors) == 1 and ":" in sponsors[0]:
        return sponsors[0]
    joined = sponsors[0] if len(sponsors) == 1 else (
        strings["list_separator"].join(sponsors[:-1]) + f" {strings['and']} " + sponsors[-1]
    )
    return strings["sponsor_line"].format(sponsors=joined)


def title_head_lines(meta: Metadata) -> list[str]:
    """Adoption line and basis (adopted) or sponsor line (draft), in the document's language: what the
    page draws above the title and the text writer prints there."""
    try:
        strings = load_json(f"export/{meta.language}.json")
    except (FileNotFoundError, ValueError):
        return []
    if meta.status is DocumentStatus.ADOPTED:
        if meta.organ is Organ.SC:  # "Resolution 1454 (2002)" / "Adopted by the Security Council at …"
            lines = [strings["sc_resolution"].format(number=meta.number)] if meta.number else []
            meeting = meta.meeting.strip().rstrip(".").strip()
            bare = bool(meeting) and re.match(strings.get("sc_meeting_form", "$^"), meeting) is not None
            if meta.adoption_date and "sc_adopted" in strings and bare:
                lines.append(strings["sc_adopted"].format(meeting=meeting, date=meta.adoption_date))
            elif meta.adoption_date and "sc_of_date" in strings:  # older texts: "of 2 August 1990"
                lines.append(strings["sc_of_date"].format(date=meta.adoption_date))
            return lines
        table = strings.get("adoption_line" if meta.adoption_date else "adoption_line_undated", {})
        line = table.get(meta.organ.value, "")
        lines = [line.format(date=meta.adoption_date)] if line else []
        return lines + ([meta.adoption_basis] if meta.adoption_basis else [])
    if meta.sponsors and "sponsor_line" in strings:
        names = meta.sponsors[0] if len(meta.sponsors) == 1 else (
            strings.get("list_separator", ", ").join(meta.sponsors[:-1])
            + f" {strings.get('and', 'and')} " + meta.sponsors[-1])
        suffix = strings["sponsor_line"].format(sponsors="").strip()
        if suffix and names.endswith(suffix):  # the template's sponsor entry is the whole line
            return [names]
        return [strings["sponsor_line"].format(sponsors=names)]
    return []

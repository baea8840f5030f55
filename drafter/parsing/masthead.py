"""Metadata from the cover lines, the formula and the closing lines of a resolution.

Cover lines are separate facts (symbol, distribution, date, session, agenda item and
its title, "Resolution adopted by …", the basis line, "76/112. Title"); their shapes
per language are data in ``resources/structure/patterns.json``, the symbol's with all
symbol shapes in ``resources/citations/symbols.json`` (through ``core.symbol_shapes``).
Anything missing is derived where the UN's conventions make it certain (the symbol of
an adopted GA resolution from its number), and left empty otherwise.
"""

from __future__ import annotations

import re

from drafter.core.lexicon import LANGUAGES, language_settings
from drafter.core.model import DocumentStatus, Metadata, Organ
from drafter.core.symbol_shapes import organ_of_symbol, symbol_re, symbol_table
from drafter.parsing.patterns import clean, cover_re, is_closing, patterns
from drafter.resources import load_json


def _organ_from_text(text: str) -> Organ | None:
    low = text.casefold()
    for organ in ("SC", "ECOSOC", "HRC", "GA"):
        if any(name in low for name in patterns()["organ_names"][organ]):
            return Organ(organ)
    return None


def _main_committee(number: str, language: str) -> str:
    """The name of Main Committee ``number`` in the text's language ("Troisième Commission")."""
    names = language_settings(language if language in LANGUAGES else "en")["main_committees"]
    return names.get(number, "")


def _sponsors(line: str) -> list[str]:
    names = re.split(r":\s*(?:revised\s+)?draft\s+resolution.*$", line, flags=re.IGNORECASE)[0]
    parts = re.split(r",\s*|\s+and\s+", names)
    return [p.strip() for p in parts if p.strip()]


def _join_wrapped(lines: list[str]) -> list[str]:
    """Cover lines wrapped in a PDF: a sponsor list ending with "," or "and" continues below."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith((",", " and", " et", " y")) and not symbol_re("cover_line").match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _date_after(lines: list[str], index: int) -> str:
    """The adoption date wrapped onto the next cover line ("on 30 December 2002");
    the line is consumed so that it is not read as anything else."""
    if index + 1 >= len(lines):
        return ""
    following = lines[index + 1]
    found = re.match(r"^(?:on|le|el)\s+(\S.*)$", following)
    date = found.group(1) if found else following if cover_re("date").match(following) else ""
    if date:
        lines[index + 1] = ""
    return date


def _general_distribution(language: str) -> str:
    """Adopted resolutions are always issued for general distribution: the word as the
    language's own masthead line ("Distr. générale") would be read."""
    try:
        line = load_json(f"export/{language}.json")["distribution"]["General"]
    except (FileNotFoundError, KeyError):
        return "General"
    found = cover_re("distribution").search(clean(line))
    return found.group(1).strip().capitalize() if found and found.group(1) else "General"


def fill_metadata(
    meta: Metadata,
    heading: list[str],
    formula_organ: str | None,
    closing: list[str],
) -> None:
    """Fill ``meta`` from cover lines, the formula's organ and the closing lines."""
    lines = _join_wrapped([clean(line) for line in heading if clean(line)])
    own_symbol = symbol_re("cover_line")
    title_parts: list[str] = []
    in_title = False
    agenda_index = -1
    for index, line in enumerate(lines):
        if in_title:
            title_parts.append(line)
            continue
        if not meta.symbol and own_symbol.match(line):
            meta.symbol = line
            continue
        if not meta.distribution and (found := cover_re("distribution").search(line)):
            meta.distribution = (found.group(1) or line.split(":", 1)[-1]).strip().capitalize()
            continue
        if not meta.session and cover_re("session").match(line):
            meta.session = line
            continue
        if not meta.agenda_item and (found := cover_re("agenda_item").match(line)):
            meta.agenda_item = next(g for g in found.groups() if g)
            agenda_index = index
            continue
        if not meta.reissued and cover_re("reissued").match(line):
            meta.reissued = line  # "Reissued for technical reasons on 3 March 2016"
            continue
        if not meta.original_language and (found := cover_re("original").match(line)):
            meta.original_language = found.group(1)
            continue
        if (found := cover_re("adopted_at_meeting").match(line)) and not meta.meeting:
            meta.status = DocumentStatus.ADOPTED
            meta.meeting = next((g for g in found.groups()[1::3] if g), "")
            date = next((g for g in found.groups()[2::3] if g), "") or _date_after(lines, index)
            meta.adoption_date = meta.adoption_date or date
            continue
        if (found := cover_re("adopted").match(line)) and not meta.adoption_date:
            meta.status = DocumentStatus.ADOPTED
            date = next((g for g in found.groups()[1::2] if g), "") if found.lastindex else ""
            meta.adoption_date = date or _date_after(lines, index)
            continue
        if not meta.adoption_basis and cover_re("basis").match(line):
            meta.adoption_basis = line
            continue
        if cover_re("draft").search(line):
            meta.status = DocumentStatus.DRAFT
            if ":" in line:
                meta.sponsors = _sponsors(line)
            in_title = not meta.title  # the draft's title follows its sponsor line
            continue
        if (found := cover_re("number_title").match(line)) and not meta.number:
            meta.number = found.group(1)
            if found.group(2):
                meta.title = found.group(2).strip()
            else:
                in_title = True
            continue
        if (found := cover_re("sc_number").match(line)) and not meta.number:
            meta.number = clean(found.group(1))
            if found.group(2):
                meta.adoption_date = found.group(2)
            continue
        if (found := cover_re("sc_date").match(line)) and meta.number and not meta.adoption_date:
            meta.adoption_date = found.group(1)
            continue
        if (
            not meta.date and cover_re("date").match(line)
            and (meta.distribution or meta.symbol) and not meta.session
        ):
            meta.date = line
            continue
        if agenda_index >= 0 and not meta.title and not meta.number:
            meta.agenda_title = f"{meta.agenda_title} {line}".strip()
    if title_parts and not meta.title:
        meta.title = " ".join(title_parts)
    if not meta.symbol:
        # Two cover columns on one line: "United Nations     S/RES/1454 (2002)".
        for line in lines[:4]:
            if line.startswith("[") or cover_re("adopted").match(line):
                continue  # "[… (A/70/L.1)]" names the draft, not this document
            found = symbol_re("cover_column").search(line)
            if found:
                meta.symbol = found.group(0)
                break
    by_symbol = organ_of_symbol(meta.symbol) if meta.symbol else None
    organ = Organ(by_symbol[0]) if by_symbol else None
    if formula_organ and organ is not Organ.GA_COMMITTEE:
        organ = Organ(formula_organ)
    if organ is None:
        organ = next((o for line in lines if (o := _organ_from_text(line))), None)
    if organ is not None:
        meta.organ = organ
    if meta.symbol and "/L." in meta.symbol:
        meta.status = DocumentStatus.DRAFT
    if by_symbol and by_symbol[1]:
        meta.committee = _main_committee(by_symbol[1], meta.language)
    if not meta.distribution and meta.status is DocumentStatus.ADOPTED:
        meta.distribution = _general_distribution(meta.language)
    if not meta.symbol and meta.number and meta.status is DocumentStatus.ADOPTED:
        own = symbol_table("own_symbol_prefixes")["resolution"]  # "S/RES/": "SC"
        prefixes = {organ: prefix for prefix, organ in own.items()}
        meta.symbol = prefixes.get(meta.organ, prefixes["GA"]) + meta.number  # a committee's: the GA's
    for index, line in enumerate(closing):
        text = clean(line)
        if is_closing(text) and not meta.meeting:
            meta.meeting = text
            if index + 1 < len(closing) and cover_re("date").match(clean(closing[index + 1])):
                meta.adoption_date = meta.adoption_date or clean(closing[index + 1])

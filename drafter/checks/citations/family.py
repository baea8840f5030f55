"""Check every cited resolution of a text against the citation index.

Rules (messages in ``resources/rules/citations.json``): ``citation-date``,
``citation-title``, ``citation-unknown``, ``citation-first-mention`` (in
``first_mention``), ``citation-organ`` and ``citation-sc-year``. The last two
replace the style rules ``first-mention-date`` and ``sc-resolution-year``. The index is keyed by organ, so
the organ must be known: from the words or the symbol's shape, or guessed from the
citing text's own numbering ("resolution 68/32" in a GA text) when no other body is
named nearby. A guessed organ is held to the date only; an unknown symbol is reported
only when its organ is certain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from drafter.checks.citations.first_mention import FirstMentions
from drafter.checks.citations.rules import Cited, cited_in, diagnostic, localized, settings
from drafter.citations.index import CitationIndex, Entry, default_index
from drafter.citations.patterns import ORGANS, format_date, language
from drafter.core.diagnostics import Diagnostic, Fix

if TYPE_CHECKING:
    from drafter.checks import CheckOptions
    from drafter.core.model import Resolution


def check(
    resolution: Resolution, options: CheckOptions, index: CitationIndex | None = None
) -> list[Diagnostic]:
    index = index or default_index()
    ui = options.ui_language
    found: list[Diagnostic] = []
    first_mentions = FirstMentions()
    for cited in cited_in(resolution):
        entry = index.get(cited.mention.key) if cited.mention.organ else None
        found.extend(_organ(cited, index, ui))
        found.extend(_sc_year(cited, entry, ui))
        found.extend(first_mentions.check(cited, entry, ui))
        certain = cited.mention.certain
        if entry is None:
            if certain:
                found.append(diagnostic("citation-unknown", cited, ui, symbol=_written(cited)))
            continue
        # The date is checked on a guessed organ too ("as established by resolution 68/32 of
        # …" in a GA text): _date declines when the date is another organ's for that number.
        found.extend(_date(cited, entry, index, ui))
        if certain:
            found.extend(_title(cited, entry, ui))
    return found


def _written(cited: Cited) -> str:
    return cited.text[cited.mention.start : cited.mention.end]


def _date(cited: Cited, entry: Entry, index: CitationIndex, ui: str) -> Iterator[Diagnostic]:
    """A cited date (or SC year) that the index, by a clear majority, says is wrong."""
    mention, code = cited.mention, cited.language
    if mention.paren and entry.paren and mention.paren != entry.paren and mention.paren.isdigit():
        right = f"{mention.number} ({entry.paren})"
        fix = Fix(localized("citation-date", "fix", ui, expected=right), mention.start, mention.end, right)
        yield diagnostic("citation-date", cited, ui, fix=fix, symbol=entry.symbol,
                          expected=entry.paren, found=mention.paren)
    if not mention.date or not entry.date or mention.date == entry.date:
        return
    factor = settings()["majority_factor"]
    if entry.dates and entry.dates.get(entry.date, 0) < factor * entry.dates.get(mention.date, 0):
        return  # the public texts themselves dispute it
    if any(other.date == mention.date for other in index.find(mention.number) if other.key != entry.key):
        return  # the date of another organ's resolution with this number: the organ may be wrong
    written = cited.text[mention.date_start : mention.date_end]
    expected = _spaced_like(written, format_date(entry.date, language(code).code))
    description = localized("citation-date", "fix", ui, expected=expected)
    fix = Fix(description, mention.date_start, mention.date_end, expected)
    yield diagnostic("citation-date", cited, ui, mention.date_start, mention.date_end, fix,
                      symbol=entry.symbol, expected=expected, found=written)


def _spaced_like(written: str, expected: str) -> str:
    """``expected`` with the spaces of ``written`` ("6\u00a0July 2017", "18 de\u00a0diciembre"),
    so that a fix changes the date and nothing else."""
    old, new = re.split(r"(\s+)", written), re.split(r"(\s+)", expected)
    if len(old) != len(new):
        return expected
    return "".join(part if index % 2 == 0 else old[index] for index, part in enumerate(new))


def _normal(title: str) -> str:
    title = title.replace("’", "'").replace("\u00a0", " ").casefold()
    return " ".join(title.split()).strip(" .,;:")


def _part_of(quoted: str, title: str) -> bool:
    """A partial quote on purpose: one piece of the title, or pieces in order around "…"."""
    position = 0
    for piece in re.split(r"\s*(?:…|\.\.\.)\s*", quoted):
        found = title.find(piece, position) if piece else position
        if found < 0:
            return False
        position = found + len(piece)
    return True


def _title(cited: Cited, entry: Entry, ui: str) -> Iterator[Diagnostic]:
    """A quoted title close to the index title but not equal (not a partial quote)."""
    mention = cited.mention
    expected = entry.titles.get(cited.language, "")
    if not mention.title or not expected or not entry.adopted:
        return
    quoted, right = _normal(mention.title), _normal(expected)
    if quoted == right or _part_of(quoted, right):
        return
    threshold = settings()["title_threshold"]
    similarity = SequenceMatcher(None, quoted, right, autojunk=False).ratio()
    if similarity < threshold:
        return
    fix = Fix(localized("citation-title", "fix", ui), mention.title_start, mention.title_end, expected)
    yield diagnostic("citation-title", cited, ui, mention.title_start, mention.title_end, fix,
                      symbol=entry.symbol, expected=expected, similarity=f"{similarity:.2f}",
                      threshold=threshold)


def _sc_year(cited: Cited, entry: Entry | None, ui: str) -> Iterator[Diagnostic]:
    """A Security Council resolution cited without its year: "resolution 2231" (RF05)."""
    mention = cited.mention
    if mention.organ != "SC" or mention.paren or "/" in mention.number or " " in mention.number:
        return
    languages = settings()["rules"]["citation-sc-year"]["languages"]
    if cited.address.startswith("FN") or cited.language not in languages:
        return  # footnotes cite as their sources wrote; the year form is checked in en, fr, es
    year = entry.paren if entry is not None and entry.paren.isdigit() else ""
    shown = year or localized("citation-sc-year", "unknown_year", ui)
    fix = None
    if year:
        text = localized("citation-sc-year", "fix", ui, number=mention.number, year=year)
        fix = Fix(text, mention.end, mention.end, f" ({year})")
    yield diagnostic("citation-sc-year", cited, ui, fix=fix, number=mention.number, year=shown)


def _organ(cited: Cited, index: CitationIndex, ui: str) -> Iterator[Diagnostic]:
    """Words that name one organ with a symbol of another ("Security Council resolution 70/1")."""
    mention = cited.mention
    names = settings()["organ_names"]
    own = mention.how == "own" and mention.organ in ORGANS
    if own and mention.date and index.get(mention.key) is None:
        owner = [e for e in index.find(mention.number) if e.date == mention.date and not e.decision]
        if owner:  # "its resolution 2021/7 of 8 June 2021" in a GA text: ECOSOC's resolution
            yield diagnostic(
                "citation-organ", cited, ui, symbol=_written(cited),
                actual=names[owner[0].organ].get(ui, names[owner[0].organ]["en"]),
                cited_as=names.get(mention.organ, {}).get(ui, mention.organ),
            )
        return
    if mention.how != "mismatch":
        return
    actual = "SC" if mention.paren.isdigit() or ("/" not in mention.number and not mention.paren) else "GA"
    if "/" in mention.number and len(mention.number.split("/")[0]) == 4:
        actual = "ECOSOC"
    if actual == mention.organ:
        return
    yield diagnostic(
        "citation-organ", cited, ui, symbol=_written(cited),
        actual=names[actual].get(ui, names[actual]["en"]),
        cited_as=names.get(mention.organ, {}).get(ui, mention.organ),
    )

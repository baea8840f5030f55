"""``citation-first-mention``: the date on the first mention of the organ's own
resolution, and not again afterwards (drafting-rules.md 4.5, RF01).

Moved here from the style family (its ``first-mention-date``), so that one reader
of citations serves every reference rule and the index can supply the missing date
as a fix. Only "its resolution NN/NN" in the preamble is held to the date (a bare
"resolution 60/251" may be an in-passing mention, and operative paragraphs refer
back without dates); mentions elsewhere still count as seen. A repeated date is
only information.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.checks.citations.rules import Cited, diagnostic, localized, settings
from drafter.citations.index import Entry
from drafter.citations.mention import numbering_fits
from drafter.citations.patterns import format_date, language
from drafter.core.diagnostics import Diagnostic, Fix, Severity

RULE = "citation-first-mention"
LONG_LIST = 3  # "its resolutions 53/4, 54/21, … and 74/7": the series on the subject, undated
# A date the pattern could not read: "du18 juin", "de 26 noviembre", "of 22 Dec-".
_MISWRITTEN_DATE = re.compile(r"[,\s]*(?:of|du|de|del|en date du|adoptée le|от)\s*\d")


class FirstMentions:
    """Walks a document's citations in order, remembering the first (dated) mention of each."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.dated: dict[str, str] = {}  # key → address of the first dated mention

    def check(self, cited: Cited, entry: Entry | None, ui: str) -> Iterator[Diagnostic]:
        mention = cited.mention
        if cited.address.startswith("FN") or not mention.organ or mention.organ == "other":
            return
        first = mention.key not in self.seen
        self.seen.add(mention.key)
        if mention.date:
            earlier = self.dated.setdefault(mention.key, cited.address)
            if earlier != cited.address:
                yield from self._repeated(cited, earlier, ui)
            return
        if first and self._held_to_the_date(cited):
            yield self._undated(cited, entry, ui)

    def _held_to_the_date(self, cited: Cited) -> bool:
        """Only the organ's own resolution, cited with "its" in the preamble; not an item
        of a list that gives dates after it, not a long undated list of earlier
        resolutions on the subject, and not a date the reader could not read ("du18")."""
        mention = cited.mention
        return (
            cited.preambular and mention.how == "own" and mention.organ == cited.organ
            and not mention.list_dated and mention.list_length < LONG_LIST
            and cited.language in settings()["rules"][RULE]["languages"]
            and numbering_fits(cited.organ, mention.number)
            and not _MISWRITTEN_DATE.match(cited.text, mention.end)
        )

    def _undated(self, cited: Cited, entry: Entry | None, ui: str) -> Diagnostic:
        mention, code = cited.mention, cited.language
        fix, known = None, ""
        if entry is not None and entry.date:
            date = format_date(entry.date, language(code).code)
            known = localized(RULE, "known", ui, date=date)
            lead = language(code).data["insert_lead"]
            fix = Fix(localized(RULE, "fix", ui, date=date), mention.end, mention.end, f"{lead}{date}")
        return diagnostic(RULE, cited, ui, fix=fix, symbol=mention.number, known=known)

    def _repeated(self, cited: Cited, earlier: str, ui: str) -> Iterator[Diagnostic]:
        mention = cited.mention
        lead = cited.text[mention.end : mention.date_start]
        if cited.address.startswith("FN") or not mention.certain:
            return
        if not re.fullmatch(language(cited.language).data.get("date_lead", "(?!)"), lead):
            return
        fix = Fix(localized(RULE, "fix_repeated", ui), mention.end, mention.date_end, "")
        message = localized(RULE, "message_repeated", ui, symbol=mention.number, first=earlier)
        yield diagnostic(RULE, cited, ui, mention.end, mention.date_end, fix,
                         severity=Severity.INFO, message=message)

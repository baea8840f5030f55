"""One cited resolution or decision, and what a symbol's shape says about its organ."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core.symbol_shapes import latin_part_letter


@dataclass(frozen=True)
class Mention:
    organ: str  # GA | SC | ECOSOC | HRC | other | "" (unknown)
    how: str  # explicit | own | form | guess | mismatch (the words name another organ than the shape)
    decision: bool
    number: str  # "70/1", "2231", "53/77 AA", "1514"
    paren: str  # "2015", "XV" or ""
    start: int  # span of the symbol as written
    end: int
    date: str = ""  # ISO, "" when the citation gives none
    date_start: int = -1
    date_end: int = -1
    title: str = ""
    title_start: int = -1
    title_end: int = -1
    # A later item of the same list carries a date, or dates follow the list ("67/139 and
    # 67/143 of 20 December 2012", "… et 72/241, en date respectivement des …"): an
    # undated item here may share it.
    list_dated: bool = False
    list_length: int = 1  # symbols in the list this one belongs to

    @property
    def key(self) -> str:
        """Index key: organ, "dec" for decisions, base number ("GA 70/1", "SC 2231")."""
        kind = " dec" if self.decision else ""
        return f"{self.organ}{kind} {self.number}"

    @property
    def certain(self) -> bool:
        """The organ comes from the words (or an unambiguous symbol), not from a guess."""
        return self.how in ("explicit", "own", "form") and self.organ not in ("", "other")


def split_symbol(symbol: str) -> tuple[str, str]:
    """"2231 (2015)" → ("2231", "2015"); "217 A (III)" → ("217 A", "III"); "70/1" → ("70/1", "")."""
    found = re.match(r"^(.*?)\s*\(([^)]*)\)$", symbol)
    if not found:
        return latin_part_letter(" ".join(symbol.split())), ""
    return latin_part_letter(" ".join(found.group(1).split())), found.group(2)


def symbol_form(number: str, paren: str) -> str:
    """What the shape alone says: SC "2231 (2015)", GA "1514 (XV)", or "" (ambiguous)."""
    if paren.isdigit():
        return "SC"
    if paren:
        return "GA"
    if number.startswith("ES-"):
        return "GA"
    return ""  # "S-28/1" may be a GA or a Human Rights Council special session


def numbering_fits(organ: str, number: str) -> bool:
    """Whether ``number`` has the shape of ``organ``'s own numbering."""
    base = number.split(" ")[0]
    if "/" not in base:
        return organ == "SC" and base.isdigit() and len(base) >= 3
    session = base.split("/")[0]
    if organ == "ECOSOC":
        return len(session) == 4
    if organ == "GA":
        return session.startswith(("S-", "ES-")) or (len(session) == 2 and int(session) >= 31)
    if organ == "HRC":
        return session.isdigit() and len(session) <= 2
    return False

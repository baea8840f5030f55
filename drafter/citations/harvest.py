"""Collect what texts say about the resolutions they cite, and turn it into index entries.

A resolution is one witness, however many language versions it has: the date most
of its versions give for a cited resolution is its vote, and the other dates are
kept as that resolution's slips. Its own masthead (symbol, adoption date, title)
counts ``MASTHEAD_WEIGHT`` votes, since it is the resolution itself. The majority of
witnesses wins; every dissenting date stays in the entry as evidence. The build
script (``tools/build_citation_index.py``) and ``drafter index add`` both use this,
so public and user entries are made alike.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from drafter.citations.extract import mentions
from drafter.citations.patterns import parse_date
from drafter.citations.scopes import paragraphs_with_organ, text_organ
from drafter.citations.symbols import own_key
from drafter.core.model import Resolution

MASTHEAD_WEIGHT = 3


def _own_symbol(resolution: Resolution) -> str:
    """The text's symbol with its part letter, which the cover line keeps ("A/RES/75/245 B")
    and the reader's metadata drops."""
    symbol = resolution.meta.symbol
    for line in resolution.heading_lines[:6]:
        if symbol and line.startswith(symbol) and re.fullmatch(r" [A-Z]{1,2}", line[len(symbol) :]):
            return line
    return symbol


# A part letter after a title (with its footnote mark): "… common system B1", "… (1 ) بــاء".
_PART = re.compile(r"\s([A-Z]{1,2})\s*\d{0,2}$")


def _clean_title(title: str) -> str:
    return " ".join(title.replace("\u00a0", " ").split()).strip(" .,;:")


@dataclass
class Votes:
    """Weighted votes per index key: dates, titles per language, and the parenthesis."""

    dates: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # from entries
    slips: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # from entries
    titles: dict[str, dict[str, Counter]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counter))
    )
    parens: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    adopted: set[str] = field(default_factory=set)  # keys seen with their own masthead
    # (citing text, key, kind, value) already counted: the six language versions of one
    # resolution, or one resolution citing the same date twice, are one witness, not six
    counted: set[tuple[str, str, str, str]] = field(default_factory=set)
    # (witness, key) → the dates its language versions give, one count per version: the
    # witness votes for the date most of its versions give; the others are its slips
    testimony: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    masthead: set[tuple[str, str]] = field(default_factory=set)

    def add_resolution(self, resolution: Resolution) -> None:
        """The votes of one text: its masthead, then every dated or titled citation in it."""
        meta = resolution.meta
        language = meta.language
        symbol = _own_symbol(resolution)
        witness = symbol or f"text {len(self.counted)}-{id(resolution)}"
        key, paren = own_key(symbol)
        title = _clean_title(meta.title)
        part = _PART.search(title)
        if part and key.endswith(f" {part.group(1)}"):
            title = title[: part.start()]  # "United Nations common system B1": part B of 75/245
        date = parse_date(meta.adoption_date, language) if meta.adoption_date else ""
        if key and date:
            self.adopted.add(key)
            self.masthead.add((witness, key))
            self._testify(witness, key, date, language)
            if paren:
                self._vote(self.parens[key], (witness, key, "paren", paren), MASTHEAD_WEIGHT)
            if title:
                self.titles[key][language][title] += MASTHEAD_WEIGHT
        organ = text_organ(resolution)
        texts = [(p.text, scope) for p, scope in paragraphs_with_organ(resolution)]
        texts += [(f.text, organ) for f in resolution.footnotes]
        for text, scope in texts:
            for mention in mentions(text, language, scope):
                if mention.organ in ("", "other") or mention.key == key:
                    continue
                if mention.date:
                    self._testify(witness, mention.key, mention.date, language)
                if mention.paren:
                    self._vote(self.parens[mention.key], (witness, mention.key, "paren", mention.paren))
                if mention.title:
                    quoted = _clean_title(mention.title)
                    self._vote(self.titles[mention.key][language], (witness, mention.key, language, quoted))

    def _testify(self, witness: str, key: str, date: str, language: str) -> None:
        if (witness, key, language, date) not in self.counted:
            self.counted.add((witness, key, language, date))
            self.testimony[(witness, key)][date] += 1

    def _tally(self) -> tuple[dict[str, Counter], dict[str, Counter]]:
        """Per key: witnesses for each date (a masthead weighs ``MASTHEAD_WEIGHT``), and the
        language versions that gave another date than their own resolution's other versions."""
        dates: dict[str, Counter] = defaultdict(Counter)
        slips: dict[str, Counter] = defaultdict(Counter)
        for key, votes in self.dates.items():
            dates[key].update(votes)
        for key, votes in self.slips.items():
            slips[key].update(votes)
        for (witness, key), said in sorted(self.testimony.items()):
            ranked = sorted(said.items(), key=lambda item: (-item[1], item[0]))
            top = ranked[0][1]
            leaders = [date for date, count in ranked if count == top]
            if len(leaders) == 1:
                dates[key][leaders[0]] += MASTHEAD_WEIGHT if (witness, key) in self.masthead else 1
            for date, count in ranked:
                if len(leaders) > 1 or count < top:
                    slips[key][date] += count
        return dates, slips

    def _vote(self, votes: Counter, ballot: tuple[str, str, str, str], weight: int = 1) -> None:
        if ballot not in self.counted:
            self.counted.add(ballot)
            votes[ballot[3]] += weight

    def entries(self) -> dict[str, dict[str, Any]]:
        """Index entries, keys sorted; an entry needs a date or a year ("2231 (2015)"):
        titles alone prove little."""
        out: dict[str, dict[str, Any]] = {}
        dates, slips = self._tally()
        for key in sorted(set(dates) | set(slips) | set(self.parens)):
            votes = dates.get(key) or Counter()
            entry: dict[str, Any] = {"date": _winner(votes) if votes else ""}
            if votes:
                entry["dates"] = dict(sorted(votes.items()))
            if slips.get(key):
                entry["slips"] = dict(sorted(slips[key].items()))
            if self.parens.get(key):
                entry["paren"] = _winner(self.parens[key])
            titles = {lang: _winner(c) for lang, c in sorted(self.titles.get(key, {}).items())}
            if titles:
                entry["titles"] = titles
            if key in self.adopted:
                entry["adopted"] = True
            out[key] = entry
        return out

    def add_entries(self, entries: dict[str, dict[str, Any]]) -> None:
        """Fold existing entries back in as votes (to extend a user index with a new folder)."""
        for key, entry in entries.items():
            if entry.get("date"):
                self.dates[key].update(entry.get("dates") or {entry["date"]: 1})
            self.slips[key].update(entry.get("slips") or {})
            if entry.get("paren"):
                self.parens[key][entry["paren"]] += 1
            for language, title in (entry.get("titles") or {}).items():
                self.titles[key][language][title] += 1
            if entry.get("adopted"):
                self.adopted.add(key)


def _winner(votes: Counter) -> str:
    """Most votes; ties go to the earliest value, so that the build is deterministic."""
    return sorted(votes.items(), key=lambda item: (-item[1], item[0]))[0][0]


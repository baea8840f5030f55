"""Collect what texts say about the resolutions they cite, and turn it into index entries.

Each text votes: its own masthead (symbol, adoption date, title) counts
``MASTHEAD_WEIGHT`` votes, since it is the resolution itself; each citation with a
date or a quoted title counts one. The majority wins; every dissenting date stays in
the entry as evidence. The build script (``tools/build_citation_index.py``) and
``drafter index add`` both use this, so public and user entries are made alike.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from drafter.citations.extract import mentions
from drafter.citations.mention import split_symbol
from drafter.citations.patterns import parse_date
from drafter.core.model import Resolution

MASTHEAD_WEIGHT = 3
_SYMBOL_PREFIX = {"A/RES/": "GA", "S/RES/": "SC", "E/RES/": "ECOSOC", "A/HRC/RES/": "HRC"}
_DECISION_PREFIX = {"A/DEC/": "GA", "E/DEC/": "ECOSOC", "A/HRC/DEC/": "HRC"}


def text_organ(resolution: Resolution) -> str:
    """The citing text's organ as the index names organs (a GA committee draft is GA's)."""
    organ = str(resolution.meta.organ.value)
    return "GA" if organ.startswith("GA") else organ


def own_key(symbol: str) -> tuple[str, str]:
    """Index key and the parenthesis of a text's own symbol: "A/RES/70/1" → ("GA 70/1", "")."""
    symbol = " ".join(symbol.split())
    for prefixes, kind in ((_SYMBOL_PREFIX, ""), (_DECISION_PREFIX, " dec")):
        for prefix, organ in prefixes.items():
            if symbol.startswith(prefix):
                number, paren = split_symbol(symbol[len(prefix) :])
                return f"{organ}{kind} {number}", paren
    return "", ""


# A part letter after a title (with its footnote mark): "… common system B1", "… (1 ) بــاء".
_PART = re.compile(r"\s([A-Z]{1,2})\s*\d{0,2}$")


def _clean_title(title: str) -> str:
    return " ".join(title.replace("\u00a0", " ").split()).strip(" .,;:")


@dataclass
class Votes:
    """Weighted votes per index key: dates, titles per language, and the parenthesis."""

    dates: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    titles: dict[str, dict[str, Counter]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counter))
    )
    parens: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    adopted: set[str] = field(default_factory=set)  # keys seen with their own masthead

    def add_resolution(self, resolution: Resolution) -> None:
        """The votes of one text: its masthead, then every dated or titled citation in it."""
        meta = resolution.meta
        language = meta.language
        key, paren = own_key(meta.symbol)
        title = _clean_title(meta.title)
        part = _PART.search(title)
        if key and part and not paren:  # "United Nations common system B1": part B of 75/245
            key, title = f"{key} {part.group(1)}", title[: part.start()]
        date = parse_date(meta.adoption_date, language) if meta.adoption_date else ""
        if key and date:
            self.dates[key][date] += MASTHEAD_WEIGHT
            self.adopted.add(key)
            if paren:
                self.parens[key][paren] += MASTHEAD_WEIGHT
            if title:
                self.titles[key][language][title] += MASTHEAD_WEIGHT
        organ = text_organ(resolution)
        texts = [p.text for p in resolution.paragraphs] + [f.text for f in resolution.footnotes]
        for text in texts:
            for mention in mentions(text, language, organ):
                if mention.organ in ("", "other") or mention.key == key:
                    continue
                if mention.date:
                    self.dates[mention.key][mention.date] += 1
                if mention.paren:
                    self.parens[mention.key][mention.paren] += 1
                if mention.title:
                    self.titles[mention.key][language][_clean_title(mention.title)] += 1

    def entries(self) -> dict[str, dict[str, Any]]:
        """Index entries, keys sorted; an entry needs a date or a year ("2231 (2015)"):
        titles alone prove little."""
        out: dict[str, dict[str, Any]] = {}
        for key in sorted(set(self.dates) | set(self.parens)):
            votes = self.dates.get(key) or Counter()
            entry: dict[str, Any] = {"date": _winner(votes) if votes else ""}
            if votes:
                entry["dates"] = dict(sorted(votes.items()))
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
            if entry.get("paren"):
                self.parens[key][entry["paren"]] += 1
            for language, title in (entry.get("titles") or {}).items():
                self.titles[key][language][title] += 1
            if entry.get("adopted"):
                self.adopted.add(key)


def _winner(votes: Counter) -> str:
    """Most votes; ties go to the earliest value, so that the build is deterministic."""
    return sorted(votes.items(), key=lambda item: (-item[1], item[0]))[0][0]


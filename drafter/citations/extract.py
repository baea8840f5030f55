"""Find the resolutions and decisions a text cites, with their organ, date and title.

"Recalling its resolutions 70/1 of 25 September 2015, entitled “…”, and 74/153",
"la résolution 44/18 du Conseil des droits de l’homme en date du 17 juillet 2020",
"大会2019年12月18日第74/153号决议": one :class:`Mention` per symbol, lists walked
item by item. The organ is what the words say ("Security Council resolution",
"its resolution" = the organ whose subject "its" is, by default the citing text's
organ); without such words it is guessed from the symbol's shape, and the mention
says so (``how``), because only a certain organ may be held against the index.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from drafter.citations.extract_zh import mentions_zh
from drafter.citations.mention import Mention, split_symbol
from drafter.citations.organs import list_organ, other_body_before, resolve
from drafter.citations.patterns import TITLE, iso_date, language, organ_regex
from drafter.citations.symbols import CITED_NUMBER


@cache
def _item_regex(code: str) -> re.Pattern[str]:
    data = language(code).data
    date = language(code).date.pattern
    return re.compile(
        rf"{CITED_NUMBER}(?P<between>{data.get('between', '')})"
        rf"(?:(?P<lead>{data['date_lead']})(?P<date>{date}))?"
        rf"(?:(?P<entitled>{data['entitled']}){TITLE})?"
    )


@cache
def _separator(code: str) -> re.Pattern[str]:
    words = language(code).data["and"]
    return re.compile(rf"(?:\s*[,،]\s*(?:(?:{words})\s*)?|\s+(?:{words})\s*)(?=\d|(?:ES|S)-\d)")


def _title(match: re.Match[str]) -> tuple[str, int, int]:
    for group in ("t1", "t2", "t3", "t4"):
        if match.group(group) is not None:
            return match.group(group), match.start(group), match.end(group)
    return "", -1, -1


# A second date right after a list's date: the dates are "respectively", one per symbol.
_RESPECTIVE = re.compile(r"\s*[,،]?\s*(?:(?:et|and|y|и|و)\s+)?(?:du|de|del|of|от)?\s*\d{1,2}(?:er)?\s+\D")


@cache
def _bare_item() -> re.Pattern[str]:
    """An item without its date clause: the symbol alone, with the item's other groups empty."""
    return re.compile(CITED_NUMBER + r"(?P<between>)(?P<lead>(?!))?(?P<date>(?!))?(?P<entitled>(?!))?")


def _nouns(text: str, code: str) -> list[re.Match[str]]:
    """Each "resolution(s)"/"decision(s)" noun, found from its literal core ("esolution")
    with ``str.find``: scanning whole paragraphs with the pattern costs ten times more."""
    data = language(code).data
    noun = _noun_regex(code)
    found: dict[int, re.Match[str]] = {}
    for trigger in data["triggers"]:
        at = text.find(trigger)
        while at >= 0:
            match = noun.search(text, max(0, at - 5), at + len(trigger) + 12)
            if match:
                found.setdefault(match.start(), match)
            at = text.find(trigger, at + len(trigger))
    return [found[start] for start in sorted(found)]


@cache
def _noun_regex(code: str) -> re.Pattern[str]:
    return re.compile(language(code).data["noun"])


@cache
def _dated_clause(code: str) -> re.Pattern[str]:
    """The date (and title) after an organ phrase: "… du Conseil en date du 17 juillet 2020"."""
    data = language(code).data
    return re.compile(
        rf"(?:{data['date_lead']})(?P<date>{language(code).date.pattern})"
        rf"(?:(?P<entitled>{data['entitled']}){TITLE})?"
    )


def mentions(text: str, code: str, own_organ: str = "GA") -> tuple[Mention, ...]:
    """Every cited resolution or decision in ``text`` (language ``code``), in order.

    Remembered per text: the editor checks the same paragraphs again after each edit."""
    return _remembered(text, code, own_organ)


def forget_mentions() -> None:
    """Drop the remembered citations (benchmarks of a first check)."""
    _remembered.cache_clear()


@lru_cache(maxsize=8192)
def _remembered(text: str, code: str, own_organ: str) -> tuple[Mention, ...]:
    return tuple(_find(text, code, own_organ))


def _find(text: str, code: str, own_organ: str) -> list[Mention]:
    if code == "zh":
        return mentions_zh(text, own_organ)
    code = language(code).code
    data = language(code).data
    item_re = _item_regex(code)
    separator = _separator(code)
    after = organ_regex(code, "organs_after")
    found: list[Mention] = []
    for noun in _nouns(text, code):
        decision = re.search(data["decision"], noun.group("noun")) is not None
        organ_of_list, how_of_list, position = list_organ(code, text, noun, own_organ)
        found_in_list = False
        other_body: bool | None = None  # looked up once per list, when first needed
        items: list[Mention] = []
        end = position
        while item := item_re.match(text, position):
            number, paren = split_symbol(item.group("sym"))
            organ, how, dated, end = organ_of_list, how_of_list, item, item.end()
            if item.group("date") and _RESPECTIVE.match(text, item.end("date")):
                dated = _bare_item().match(text, position)  # "60/180, 65/7 et 72/276, en date du …, du …"
            if after is not None and not item.group("date"):
                named = after.match(text, item.end("between"))
                if named:
                    organ, how, end = named.lastgroup or "", "explicit", named.end()
                    later = _dated_clause(code).match(text, end)
                    if later and not found_in_list:  # "237 (1967) et 259 (1968) du Conseil, en date du …"
                        dated, end = later, later.end()
            if not how:
                if other_body is None:
                    other_body = other_body_before(code, text, noun.start(), own_organ)
                how = "other-body" if other_body else how
            organ, how = resolve(organ, how, number, paren, own_organ)
            bare = "/" not in number and not paren
            if bare and items and items[-1].organ == "SC" and items[-1].paren:
                organ, how = "SC", items[-1].how  # "resolutions 1267 (1999), 1989 (2011) and 2253"
            if bare and organ != "SC":
                break  # "resolution 1 of the annex": a bare number is only an SC symbol
            items.append(_mention(code, organ, how, decision, number, paren, item, dated))
            following = separator.match(text, end)
            if not following:
                break
            position, found_in_list = following.end(), True
        found.extend(_mark_list_dates(items, text, end, code))
    return found


def _mark_list_dates(items: list[Mention], text: str, end: int, code: str) -> list[Mention]:
    if len(items) == 1 and items[0].date:
        return items
    following = text[end : end + 60]
    trailing = language(code).date.search(following) is not None or _RESPECTIVELY.search(following[:40])
    if len(items) == 1 and not trailing:
        return items
    marked = []
    for number, mention in enumerate(items):
        later = any(other.date for other in items[number + 1 :])
        marked.append(replace(mention, list_dated=bool(later or trailing), list_length=len(items)))
    return marked


_RESPECTIVELY = re.compile(r"respective|respectivamente|соответственно", re.IGNORECASE)


def _mention(code, organ, how, decision, number, paren, item, dated) -> Mention:
    """One mention; ``dated`` is the match holding the date and title (the item itself,
    or the clause after an organ phrase)."""
    date, date_start, date_end = "", -1, -1
    if dated.group("date"):
        try:
            date, date_start, date_end = iso_date(dated, code), dated.start("date"), dated.end("date")
        except ValueError:
            pass
    title, title_start, title_end = _title(dated) if dated.group("entitled") else ("", -1, -1)
    return Mention(
        organ, how, decision, number, paren, item.start("sym"), item.end("sym"),
        date, date_start, date_end, title, title_start, title_end,
    )



"""Chinese citations: "大会2019年12月18日第74/153号决议", date and organ before the symbol."""

from __future__ import annotations

import re
from functools import cache

from drafter.citations.mention import Mention, split_symbol
from drafter.citations.organs import resolve
from drafter.citations.patterns import iso_date, language
from drafter.citations.symbols import CITED_NUMBER

_ZH_SYMBOL = CITED_NUMBER.replace("?P<sym>", "?:")


@cache
def _zh_regex() -> re.Pattern[str]:
    date = language("zh").date.pattern
    return re.compile(
        rf"(?P<date>{date})?第(?P<list>{_ZH_SYMBOL}(?:\s*(?:、|和|及|与)\s*{_ZH_SYMBOL})*)\s*号"
        r"(?=决议|决定|和|、|及|与)"
    )


def _zh_organ(text: str, start: int, own_organ: str) -> tuple[str, str]:
    window = text[max(0, start - 120) : start]
    window = re.sub(r"题为“[^”]*”的$", "", window)
    window = re.split(r"[，；、。]", window)[-1]
    organs = language("zh").data["organs_before"]
    best, best_at = "", -1
    for organ, phrases in organs.items():
        for phrase in phrases:
            at = window.rfind(phrase)
            if at > best_at:
                best, best_at = organ, at
    if best and len(window) - best_at <= 30:
        return best, "explicit"
    if re.search(language("zh").data["own_before"], window):
        return own_organ, "own"
    return "", ""


def mentions_zh(text: str, own_organ: str) -> list[Mention]:
    found: list[Mention] = []
    for match in _zh_regex().finditer(text):
        organ, how = _zh_organ(text, match.start(), own_organ)
        noun_at = match.end()
        decision = text.startswith("决定", noun_at)
        title = re.search(r"题为“([^”]{1,600})”的$", text[max(0, match.start() - 620) : match.start()])
        title_text = title.group(1) if title else ""
        title_end = match.start() - 2 if title else -1
        for index, symbol in enumerate(re.finditer(_ZH_SYMBOL, match.group("list"))):
            number, paren = split_symbol(symbol.group(0))
            item_organ, item_how = resolve(organ, how, number, paren, own_organ)
            if item_how == "mismatch":  # the organ before a Chinese list is too loosely bound to judge
                item_organ, item_how = resolve("", "", number, paren, own_organ)
            start = match.start("list") + symbol.start()
            first = index == 0 and match.group("date")
            bare = "/" not in number and not paren
            if bare and item_organ != "SC":
                continue
            found.append(Mention(
                item_organ, item_how, decision, number, paren, start, start + len(symbol.group(0)),
                iso_date(match, "zh") if first else "",
                match.start("date") if first else -1, match.end("date") if first else -1,
                title_text if index == 0 else "",
                title_end - len(title_text) if title and index == 0 else -1,
                title_end if title and index == 0 else -1,
            ))
    return found

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
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from drafter.citations.patterns import ORGANS, SYMBOL, TITLE, iso_date, language, organ_regex


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
        return " ".join(symbol.split()), ""
    return " ".join(found.group(1).split()), found.group(2)


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


@cache
def _item_regex(code: str) -> re.Pattern[str]:
    data = language(code).data
    date = language(code).date.pattern
    return re.compile(
        rf"{SYMBOL}(?P<between>{data.get('between', '')})"
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


def _subject_of_possessive(code: str, text: str, position: int) -> str:
    """The organ that "its" refers to when the clause names it ("the Council, in its …")."""
    pattern = organ_regex(code, "possessive_subject")
    if pattern is None:
        return ""
    clause_start = max(text.rfind(";", 0, position), position - 90)
    found = ""
    for match in pattern.finditer(text, max(0, clause_start), position):
        genitive = _GENITIVE_OF_SYMBOL.search(text, max(0, match.start() - 30), match.start())
        qualifier = re.match(language(code).data["noun"], text[match.end() :].lstrip())
        if not genitive and not qualifier:
            found = match.lastgroup or ""
    return found


# "résolution 44/18 du Conseil …": the organ of another citation, not the subject of "its"
# ("the decision of the Human Rights Council, in its resolution 45/12" is the Council's).
_GENITIVE_OF_SYMBOL = re.compile(
    r"\d[\d/]*(?:\s*\(\d{4}\))?,?\s+(?:of the|du|de la|de l[’']|del|de)\s+$", re.IGNORECASE
)


@cache
def _phrases_before(code: str) -> tuple[tuple[str, str], ...]:
    """(casefolded phrase, organ), longest first: "Environment Assembly" before "Assembly"."""
    organs = language(code).data.get("organs_before") or {}
    pairs = [(phrase.casefold(), organ) for organ, phrases in organs.items() for phrase in phrases]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _organ_ending(code: str, window: str) -> tuple[str, int] | None:
    """The organ named at the very end of ``window`` ("… Security Council"), and where."""
    folded = window.casefold()
    for phrase, organ in _phrases_before(code):
        if folded.endswith(phrase):
            start = len(window) - len(phrase)
            if start == 0 or not window[start - 1].isalnum():
                return organ, start
    return None


def _list_organ(code: str, text: str, noun: re.Match[str], own_organ: str) -> tuple[str, str, int]:
    """Organ of a whole list from the words before the first symbol; (organ, how, resume)."""
    position = noun.end()
    data = language(code).data
    named = _organ_ending(code, text[max(0, noun.start() - 60) : noun.start()].rstrip())
    if named:
        organ, start = named
        start += max(0, noun.start() - 60)
        joint = _JOINT.search(text, max(0, start - 40), start)
        return organ, "joint" if joint else "explicit", position
    between = data.get("organs_between")
    if between:
        for organ, phrases in between.items():
            for phrase in sorted(phrases, key=len, reverse=True):
                if text.startswith(phrase, position):
                    return organ, "explicit", position + len(phrase) + 1
    word = noun.group("noun")
    own_in_noun = data.get("own_in_noun")
    possessive = bool(own_in_noun and re.search(own_in_noun, word))
    if not possessive:
        possessive = re.search(data["own"], text[max(0, noun.start() - 12) : noun.start()]) is not None
    if possessive:
        subject = _subject_of_possessive(code, text, noun.start())
        return subject or own_organ, "own", position
    return "", "", position


def _other_body_before(code: str, text: str, position: int, own_organ: str) -> bool:
    """Whether the clause before a bare "resolution 72/7" names another body
    ("adopted by the Economic and Social Commission for Asia … of resolution 72/7")."""
    pattern = organ_regex(code, "possessive_subject")
    if pattern is None:
        return False
    clause_start = max(text.rfind(";", 0, position), position - 150, 0)
    return any(m.lastgroup != own_organ for m in pattern.finditer(text, clause_start, position))


def _resolve(organ: str, how: str, number: str, paren: str, own_organ: str) -> tuple[str, str]:
    form = symbol_form(number, paren)
    if how == "other-body":
        return ("", "guess") if not form else (form, "form")
    if how == "joint":
        return (form, "form") if form else ("", "guess")
    if how == "explicit" and organ == "SC" and "/" in number:
        return organ, "mismatch"  # "Security Council resolution 70/1"
    if how:
        if paren and not paren.isdigit() and organ == "ECOSOC":
            return organ, how  # "Economic and Social Council resolution 2008 (LX)"
        if form and form != organ and how == "explicit" and organ not in ORGANS:
            return form, "form"  # "Council resolution 2255 (2015)": the Council just named
        if form and form != organ:
            # "General Assembly resolution 2231 (2015)": the words and the shape disagree; after
            # "its" the shape wins (the Council, "in its resolution 2334 (2016)")
            return (organ, "mismatch") if how == "explicit" else (form, "form")
        return organ, how
    if form:
        return form, "form"
    if numbering_fits(own_organ, number):
        return own_organ, "guess"
    return "", "guess"


# "General Assembly and Security Council resolutions 70/262 and 2282 (2016)": two organs.
_JOINT = re.compile(r"(?:Assembly|Council)\s+and\s+(?:the\s+)?$")

# A second date right after a list's date: the dates are "respectively", one per symbol.
_RESPECTIVE = re.compile(r"\s*[,،]?\s*(?:(?:et|and|y|и|و)\s+)?(?:du|de|del|of|от)?\s*\d{1,2}(?:er)?\s+\D")


def _undated(item_re: re.Pattern[str], text: str, position: int) -> re.Match[str]:
    """The item matched again without its date clause."""
    bare = re.compile(SYMBOL + r"(?P<between>)(?P<lead>(?!))?(?P<date>(?!))?(?P<entitled>(?!))?")
    return bare.match(text, position)


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
        return _mentions_zh(text, own_organ)
    code = language(code).code
    data = language(code).data
    item_re = _item_regex(code)
    separator = _separator(code)
    after = organ_regex(code, "organs_after")
    found: list[Mention] = []
    for noun in _nouns(text, code):
        decision = re.search(data["decision"], noun.group("noun")) is not None
        list_organ, list_how, position = _list_organ(code, text, noun, own_organ)
        found_in_list = False
        other_body: bool | None = None  # looked up once per list, when first needed
        items: list[Mention] = []
        end = position
        while item := item_re.match(text, position):
            number, paren = split_symbol(item.group("sym"))
            organ, how, dated, end = list_organ, list_how, item, item.end()
            if item.group("date") and _RESPECTIVE.match(text, item.end("date")):
                dated = _undated(item_re, text, position)  # "60/180, 65/7 et 72/276, en date du …, du …"
            if after is not None and not item.group("date"):
                named = after.match(text, item.end("between"))
                if named:
                    organ, how, end = named.lastgroup or "", "explicit", named.end()
                    later = _dated_clause(code).match(text, end)
                    if later and not found_in_list:  # "237 (1967) et 259 (1968) du Conseil, en date du …"
                        dated, end = later, later.end()
            if not how:
                if other_body is None:
                    other_body = _other_body_before(code, text, noun.start(), own_organ)
                how = "other-body" if other_body else how
            organ, how = _resolve(organ, how, number, paren, own_organ)
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


_ZH_SYMBOL = SYMBOL.replace("?P<sym>", "?:")


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


def _mentions_zh(text: str, own_organ: str) -> list[Mention]:
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
            item_organ, item_how = _resolve(organ, how, number, paren, own_organ)
            if item_how == "mismatch":  # the organ before a Chinese list is too loosely bound to judge
                item_organ, item_how = _resolve("", "", number, paren, own_organ)
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

"""Footnote reference marks typed into plain text, found and taken out.

In plain text a footnote mark is just digits: glued to a word or to punctuation
("Pathway1", "développement1,", "2023,4", "74/91;2"), in parentheses (Arabic
"الخاصة(1)"), detached by a space in PDF extractions ("Convention, 1"), or even glued
to another number ("Sommet mondial de 20053," = 2005 + mark 3, "74/912 ;"). Digits
are everywhere in resolutions ("resolution 2231", "para. 12", "2023"), so no
single mark can be trusted on its shape alone. Instead every possible mark whose
number is a footnote that exists is a candidate with a weight (how convincing its
shape is), and the marks kept are the heaviest set whose numbers increase through
the text — marks run 1, 2, 3 … in reading order, like the footnote texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from drafter.core.model import FootnoteRef
from drafter.parsing.patterns import number_words

_DIGITS = re.compile(r"\d+")
_RUN_END = re.compile(r"\s?[,;:.]|\s*$")
_PARAGRAPH_END = re.compile(r"\s?[;.,]?\s*$")  # a preambular paragraph ends with a comma
_NEXT_WORD = re.compile(r"^[\s,.;:]*([^\W\d_]+)")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_UNIT_WORDS = frozenset(
    {"per", "cent", "percent", "years", "year", "months", "month", "days", "weeks", "hours",
     "million", "billion", "times", "january", "february", "march", "april", "may", "june",
     "july", "august", "september", "october", "november", "december", "goals", "targets",
     "states", "members", "countries", "persons", "people", "%"}
)
_CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ABBREVIATIONS = frozenset(
    {"add", "corr", "rev", "no", "nos", "para", "paras", "vol", "art", "chap", "sect", "p", "pp",
     "suppl", "amend", "sess", "res", "doc"}
)
_REFERENCE_WORDS = frozenset(
    {"resolution", "resolutions", "paragraph", "paragraphs", "para", "paras", "page", "pages",
     "article", "articles", "chapter", "rule", "rules", "and", "to", "of", "from", "between",
     "résolution", "résolutions", "paragraphe", "paragraphes", "resolución", "resoluciones",
     "párrafo", "párrafos", "et", "y", "à", "al", "de", "du"}
)
# How convincing each shape is; a kept set maximizes the sum.
_WEIGHT_GLUED = 4
_WEIGHT_DETACHED = 3
_WEIGHT_AFTER_YEAR = 2
_WEIGHT_AFTER_NUMBER = 1


@dataclass(frozen=True)
class _Candidate:
    text: int  # index of the text
    start: int  # first character removed
    end: int  # end of what is removed
    number: int
    weight: int


def _word_before(text: str, start: int) -> str:
    """The run of non-space characters ending just before ``start`` (spaces skipped)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def _glued_ok(text: str, start: int, end: int, decimal_comma: bool = True) -> bool:
    before = text[start - 1]
    if _CJK.match(before):
        return True  # Chinese runs words together: "第VII/11号决定13" is 决定 + mark 13, not a symbol
    word = _word_before(text, start)
    if before.isalpha():
        if len(word) == 1 and word.isupper():
            # A part's letter ending the title ("United Nations common system B1") or Roman one
            # ("Additional Protocol I2 to"); "U4 Anti-Corruption Resource Centre" is a name.
            return word == "I" or not text[end:].strip()
        if "/" in word:
            # "HIV/AIDS1", "VIH/sida1": two words joined by a slash; a symbol's last part
            # before a figure is never a word of letters ("A/RES/70/1", "A/75/L.1").
            last = word.rsplit("/", 1)[1]
            return len(last) >= 2 and last.isalpha()
        # "G20": an acronym, not a word with a mark.
        return not (word.isalpha() and word.isupper() and len(word) <= 4)
    if before in ".," and start >= 2 and text[start - 2].isdigit():
        # "2023,4" and "1974,17 ships" are marks; "4.5 million", "4,5 millions" are not.
        head = text[: start - 1]
        run = len(head) - len(head.rstrip("0123456789"))
        if head[-run - 1 : -run] == "/":
            return True  # "resolution 42/12,18 and": a symbol's number is never a decimal
        if before == "," and not decimal_comma and end - start < 3:
            return True  # "Agenda 21,2 the": where decimals take a point, ",2" is no figure's part
        rest = text[end:].lstrip()
        return run == 4 or not rest or not rest[0].islower()
    if before == ".":
        bare = word.rstrip(".").casefold()
        return "/" not in word and bare not in _ABBREVIATIONS
    return True


def _detached_ok(text: str, start: int, end: int) -> bool:
    word = _word_before(text, start)
    if not word:
        return False
    bare = word.strip(".,;:()“”\"’").casefold()
    closed = word[-1:] in ",;:)”’\""  # "Convention, 1": the number does not belong to the word
    if bare in number_words() and not closed:
        return False  # "resolution 2231", "para. 12", "of 15 December"
    if bare.isdigit() and word[-1:] not in ",;:.)”’\"" and not _YEAR.match(bare):
        return False  # "from 3 5" is not a mark; "2022, 1" and "17 December 1992 7" are
    after = _NEXT_WORD.match(text[end:])
    return not (after and after.group(1).casefold() in _UNIT_WORDS)


_GLUE_AFTER = frozenset(",.;:!?’”\"»)]،؛，；：。")
_DETACH_BEFORE = frozenset(" \u00a0")
_DETACH_AFTER = frozenset(" \t\n\u00a0,.;:)")


def _run_candidates(text: str, index: int, start: int, end: int, known: set[int]) -> list[_Candidate]:
    """Marks glued to the end of another number ("20053", "74/912", "Action 216")."""
    run = text[start:end]
    if _YEAR.match(run):
        return []  # "in 2021," is a year, not 202 + mark 1
    punctuated = _RUN_END.match(text, end) is not None
    found = []
    word = _word_before(text, start).casefold().strip(".,;:()")
    after_slash = text[start - 1 : start] == "/"
    for size in (1, 2, 3):
        head, tail = run[:-size], run[-size:]
        if not head or tail.startswith("0") or int(tail) not in known:
            continue
        if _YEAR.match(head):  # "of 30 October 200019 for", "20053,"
            found.append(_Candidate(index, start + len(head), end, int(tail), _WEIGHT_AFTER_YEAR))
        elif punctuated and len(head) <= 3 and (
            (after_slash and _PARAGRAPH_END.match(text, end))
            or (not after_slash and word not in _REFERENCE_WORDS)
        ):
            found.append(_Candidate(index, start + len(head), end, int(tail), _WEIGHT_AFTER_NUMBER))
    return found


def _candidates(texts: list[str], known: set[int], detached: bool,
                decimal_comma: bool = True) -> list[_Candidate]:
    """Every digit run that could be a mark, with its weight (one scan per text)."""
    out: list[_Candidate] = []
    largest = len(str(max(known)))
    loose = detached or any(_CJK.search(t[:200]) for t in texts[:20])
    for index, text in enumerate(texts):
        if not text:
            continue
        length = len(text)
        for match in _DIGITS.finditer(text):
            start, end = match.span()
            before = text[start - 1] if start else ""
            after = text[end] if end < length else ""
            if after == "/" or (after.isalpha() and not _mark_before_cjk(before, after)):
                continue
            size = end - start
            if (
                not loose and before in _DETACH_BEFORE and size < 5
                and (size < 2 or not _RUN_END.match(text, end))
            ):
                continue  # "24 December", "in 2021 the": only a detached mark could be here
            if size > 3 or size > largest:
                if size >= 2 and before not in ",.":
                    out.extend(_run_candidates(text, index, start, end, known))
                continue
            number = int(match.group())
            if number not in known:
                if size >= 2 and before not in ",.":  # "catégorie 34," = 3 + mark 4
                    out.extend(_run_candidates(text, index, start, end, known))
                continue
            if before == "(" and (closing := _closing_parenthesis(text, end)) and start >= 2:
                if not text[start - 2].isspace():  # Arabic "الخاصة(1)", "بــاء (1 )" on a title line
                    out.append(_Candidate(index, start - 1, closing, number, _WEIGHT_GLUED))
                elif _detached_parenthesis_ok(text, start - 2):  # "لعام 2009 (32)،"
                    out.append(_Candidate(index, start - 2, closing, number, _WEIGHT_DETACHED))
            elif before and (before.isalpha() or before in _GLUE_AFTER or _CJK.match(before)):
                if _glued_ok(text, start, end, decimal_comma):
                    out.append(_Candidate(index, start, end, number, _WEIGHT_GLUED))
            elif before in _DETACH_BEFORE and (not after or after in _DETACH_AFTER) and start >= 2 and (
                detached or _CJK.match(text[start - 2])  # Chinese sets marks apart: "》7 生效"
            ):
                if not text[start - 2].isspace() and _detached_ok(text, start - 1, end):
                    out.append(_Candidate(index, start - 1, end, number, _WEIGHT_DETACHED))
            elif size == 3 and before not in ",.":
                out.extend(_run_candidates(text, index, start, end, known))
    out.sort(key=lambda c: (c.text, c.start))
    return out


# What a figure glued to a Chinese character counts ("第1号", "2030年", "5个"): not a mark.
_CJK_COUNTERS = frozenset("号年月日个名次届条款项段章万亿千百岁")


def _mark_before_cjk(before: str, after: str) -> bool:
    """A mark glued between a title's closing bracket and the next word: "《…公约》2和《…》"."""
    return before in ("》", "」") and bool(_CJK.match(after)) and after not in _CJK_COUNTERS


def _closing_parenthesis(text: str, end: int) -> int:
    """The end of "(12)" or "(12 )" after the digits ending at ``end``, else 0."""
    if text[end : end + 1] == ")":
        return end + 1
    return end + 2 if text[end : end + 2] == " )" else 0


def _detached_parenthesis_ok(text: str, space: int) -> bool:
    """A parenthesized mark set apart by a space in Arabic, whose marks are "(n)" ("2009 (32)",
    "الأمم المتحدة (4)،"), but not a paragraph of an article ("المادة 20 (2)"). Elsewhere a
    "(1)" after a space numbers the items of a sentence."""
    if not _ARABIC.search(text, max(0, space - 40), space):
        return False
    word = _word_before(text, space)
    return bool(word) and not (word.isdigit() and len(word) <= 3) and word.casefold() not in number_words()


def _heaviest_increasing(candidates: list[_Candidate], order: dict[int, int]) -> list[_Candidate]:
    """The subset with strictly increasing footnote numbers and the largest total weight.

    A Fenwick tree over footnote ranks keeps it O(n log F) for long omnibus texts.
    """
    size = len(order)
    tree_weight = [0] * (size + 1)
    tree_id = [-1] * (size + 1)
    best_weight = [0] * len(candidates)
    previous = [-1] * len(candidates)

    def query(rank: int) -> tuple[int, int]:
        weight, ident = 0, -1
        while rank > 0:
            if tree_weight[rank] > weight:
                weight, ident = tree_weight[rank], tree_id[rank]
            rank -= rank & -rank
        return weight, ident

    def update(rank: int, weight: int, ident: int) -> None:
        while rank <= size:
            if weight > tree_weight[rank]:
                tree_weight[rank], tree_id[rank] = weight, ident
            rank += rank & -rank

    last_end: dict[int, int] = {}
    for ident, candidate in enumerate(candidates):
        rank = order[candidate.number] + 1
        weight, before = query(rank - 1)
        best_weight[ident] = weight + candidate.weight
        previous[ident] = before
        last_end[ident] = candidate.end
        update(rank, best_weight[ident], ident)
    if not candidates:
        return []
    ident = max(range(len(candidates)), key=lambda i: best_weight[i])
    chosen: list[_Candidate] = []
    while ident >= 0:
        chosen.append(candidates[ident])
        ident = previous[ident]
    chosen.reverse()
    # Overlapping picks in one text cannot both be marks: keep the first.
    kept: list[_Candidate] = []
    for candidate in chosen:
        if kept and kept[-1].text == candidate.text and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


def take_marks(
    texts: list[str], numbers: list[int], detached: bool = False, decimal_comma: bool = True
) -> list[tuple[str, list[FootnoteRef]]]:
    """Each text without its footnote marks, with the marks as offsets into it.

    ``decimal_comma``: whether the text's language writes decimals with a comma ("4,5
    millions"); where it does not, a comma before one or two digits cannot be a decimal."""
    known = set(numbers)
    if not known:
        return [(text, []) for text in texts]
    order = {number: rank for rank, number in enumerate(sorted(known))}
    chosen = _heaviest_increasing(_candidates(texts, known, detached, decimal_comma), order)
    if not detached and len(chosen) < 0.6 * len(known):
        # Few glued marks: the text sets its marks apart ("1992 7 and", OCR and PDF texts).
        loose = _heaviest_increasing(_candidates(texts, known, True, decimal_comma), order)
        if len(loose) > len(chosen):
            chosen = loose
    by_text: dict[int, list[_Candidate]] = {}
    for candidate in chosen:
        by_text.setdefault(candidate.text, []).append(candidate)
    out: list[tuple[str, list[FootnoteRef]]] = []
    for index, text in enumerate(texts):
        marks = by_text.get(index)
        if not marks:
            out.append((text, []))
            continue
        pieces: list[str] = []
        refs: list[FootnoteRef] = []
        last = 0
        length = 0
        for mark in marks:
            piece = text[last : mark.start]
            pieces.append(piece)
            length += len(piece)
            refs.append(FootnoteRef(number=mark.number, offset=length))
            last = mark.end
        pieces.append(text[last:])
        cleaned = "".join(pieces)
        stripped = cleaned.rstrip()
        refs = [FootnoteRef(r.number, min(r.offset, len(stripped))) for r in refs]
        out.append((stripped, refs))
    return out


_STAR = re.compile(r"(?<=[^\s*])(\*{1,3})(?!\*)")


def take_star_marks(
    text: str, refs: list[FootnoteRef], stars: dict[str, int]
) -> tuple[str, list[FootnoteRef]]:
    """Asterisk marks ("impacts*") out of a text whose numbered marks are already out."""
    if "*" not in text:
        return text, refs
    pieces: list[str] = []
    removed: list[tuple[int, int]] = []  # (position in the original text, characters cut)
    found: list[FootnoteRef] = []
    last = 0
    length = 0
    for match in _STAR.finditer(text):
        number = stars.get(match.group(1))
        if number is None:
            continue
        pieces.append(text[last : match.start()])
        length += match.start() - last
        found.append(FootnoteRef(number=number, offset=length))
        removed.append((match.start(), len(match.group(1))))
        last = match.end()
    if not found:
        return text, refs
    pieces.append(text[last:])
    shifted = [
        replace(r, offset=r.offset - sum(size for at, size in removed if at < r.offset)) for r in refs
    ]
    merged = sorted(shifted + found, key=lambda r: r.offset)
    return "".join(pieces), merged

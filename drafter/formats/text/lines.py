"""From raw text to clean body lines: page furniture and footnote blocks taken out.

Plain-text resolutions come from XML renders, Word, PDF extraction or OCR. Before
paragraphs can be recovered, everything that is not body text must go: running
page headers and footers of PDF extractions ("A/RES/78/220", "2/8", "23-25993 (E)",
"*2325993*", the title repeated at the top of each page), and the footnote blocks
that follow a line of underscores — at the end of the text or in the middle of a
sentence at a page break. The footnote texts are parsed here (numbers printed
apart from their texts included) because only the reader sees the page layout.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from drafter.core.model import Footnote
from drafter.core.symbol_shapes import symbol_re
from drafter.parsing.patterns import clean, cover_re, is_closing

# Page furniture: a whole line (or a whole column of a -layout line).
_FURNITURE = re.compile(
    r"^(?:\d{1,3}/\d{1,3}"  # page "2/8"
    r"|\d{2}-\d{5}\s*(?:\([A-Z]\))?"  # job number "23-25993 (E)"
    r"|\*\d{6,}\*"  # barcode "*2325993*"
    r"|\d{6}"  # print date code "100124"
    r"|page\s+\d+\s+of\s+\d+"
    r"|page\s+\d+"  # "Page 2" (older documents)
    r"|-\s*\d{1,3}\s*-"  # "- 2 -"
    r")$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^\s*_{3,}\s*$")
_NUMBER_ALONE = re.compile(r"^\s*(\d{1,3})\s*$")
_NUMBER_LABEL_DOT = re.compile(r"^\d{1,3}\.(?:\s|$)")  # "3." starts an operative paragraph
_FOOTNOTE_START = re.compile(r"^\s*(\d{1,3})(?!\d)\s*(?:\(\s*\))?\s*(?![.\-–](?:\s|$))(\S.*)$")
_COLUMNS = re.compile(r"\s{3,}")
_RUNS = re.compile(r"\S\s{2,}\S")
# Invisible direction marks at the start or end of a line (right-to-left texts): they
# would hide a "5 - " number or a closing comma from every test that follows.
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_BIDI_CHARS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI_EDGES = re.compile(f"^([ \\t\u00a0]*)[{_BIDI}]+|[{_BIDI}]+(?=[ \\t\u00a0]*$)")
_STAR_TEXT = re.compile(r"^\s*(\*{1,3})[ \t\u00a0]*(\S.*)$")  # "* Reissued for technical reasons"
_STAR_MARK = re.compile(r"[^\s*]\*{1,3}(?!\*)")  # "impacts*": a mark glued to a word
_LONG_LINE = 600
_SENTENCE_END = (".", "。", "．", ")", "]")


@dataclass
class Line:
    """One body line: text without trailing spaces, its 1-based source line, its page."""

    text: str
    number: int
    page: int = 0
    blank: bool = field(init=False)

    def __post_init__(self) -> None:
        self.blank = not self.text.strip()


@dataclass
class CleanText:
    lines: list[Line]
    footnotes: list[Footnote] = field(default_factory=list)
    # Footnotes marked with asterisks ("*" -> its number), numbered after the others.
    stars: dict[str, int] = field(default_factory=dict)
    pages: int = 1
    furniture_removed: int = 0

    @property
    def paginated(self) -> bool:
        """A PDF extraction (page breaks with furniture): footnote marks may be detached."""
        return self.pages > 2 or self.furniture_removed > 2


def _has_bidi_edge(text: str) -> bool:
    """Cheap test before the regular expression (most lines have no direction mark)."""
    inner = text.strip(" \t\u00a0")
    return bool(inner) and (inner[0] in _BIDI_CHARS or inner[-1] in _BIDI_CHARS)


def split_lines(text: str) -> list[Line]:
    """Lines with their source numbers and page index; NBSP-only lines become blank.

    A text flattened onto one very long line (runs of spaces where the breaks were)
    is cut at those runs, so that it can be read like any other.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[Line] = []
    page = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        pieces = raw.split("\f")
        for index, piece in enumerate(pieces):
            if index:
                page += 1
            if index and not piece.strip():
                continue
            if _has_bidi_edge(piece):
                piece = _BIDI_EDGES.sub(lambda m: m.group(1) or "", piece)
            piece = piece.rstrip(" \t\u00a0\u202f\u200b\ufeff")
            if not piece.strip(" \t\u00a0\u202f\u200b\ufeff"):
                piece = ""
            if len(piece) > _LONG_LINE and piece.count("  ") >= 3 and len(_RUNS.findall(piece)) >= 3:
                for part in _flattened_parts(piece):
                    lines.append(Line(part, number, page))
                    lines.append(Line("", number, page))
                continue
            lines.append(Line(piece, number, page))
    return lines


def _flattened_parts(line: str) -> list[str]:
    """Pieces of a flattened text cut at runs of spaces; a number alone ("5.") or a
    piece starting in lower case belongs with the piece before it."""
    parts: list[str] = []
    for part in re.split(r"\s{2,}", line.strip()):
        if parts and (part[:1].islower() or re.fullmatch(r"\d{1,3}\.", parts[-1])):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def _is_furniture(text: str, running: set[str], symbol: str, longest: int) -> bool:
    if len(text) > longest and "   " not in text:
        return False  # longer than any furniture and not in columns
    columns = [c for c in _COLUMNS.split(text.strip()) if c]
    if not columns:
        return False
    return all(
        _FURNITURE.match(c) is not None or c == symbol or clean(c) in running for c in columns
    )


def _page_tops(lines: list[Line], depth: int = 5) -> dict[int, list[int]]:
    """Indices of the first ``depth`` non-blank lines of every page after the first."""
    tops: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if line.page == 0 or line.blank:
            continue
        bucket = tops.setdefault(line.page, [])
        if len(bucket) < depth:
            bucket.append(index)
    return tops


def remove_furniture(lines: list[Line]) -> tuple[list[Line], int]:
    """Drop running headers/footers; returns the kept lines and how many were dropped."""
    symbol = ""
    own_symbol = symbol_re("cover_line")
    for line in lines[:40]:
        if len(line.text) > 200:
            continue
        first = _COLUMNS.split(line.text.strip())
        for column in first:
            if own_symbol.match(clean(column)):
                symbol = clean(column)
                break
        if symbol:
            break
    tops = _page_tops(lines)
    counts: Counter[str] = Counter()
    for indices in tops.values():
        seen = set()
        for index in indices:
            for column in _COLUMNS.split(lines[index].text.strip()):
                key = clean(column)
                if key and key not in seen:
                    seen.add(key)
                    counts[key] += 1
    running = {key for key, n in counts.items() if n >= 2 and len(key) > 1}
    longest = max([40, len(symbol)] + [len(key) for key in running]) + 8
    top_indices = {i for indices in tops.values() for i in indices}
    kept: list[Line] = []
    removed = 0
    symbol_seen = False
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped:
            kept.append(line)
            continue
        if symbol and not symbol_seen and len(stripped) < 60 and clean(stripped) == symbol:
            symbol_seen = True
            kept.append(line)
            continue
        is_top = index in top_indices
        heads = running if is_top else set()
        if _is_furniture(stripped, heads, symbol if symbol_seen else "", longest):
            removed += 1
            continue
        kept.append(line)
    return kept, removed


# --- footnote blocks ---------------------------------------------------------------


@dataclass
class _Entry:
    number: int | None
    parts: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def parse_footnote_lines(texts: list[str]) -> list[Footnote]:
    """Footnotes from the lines of one footnote block.

    Handles "N text", "N () text" (Arabic), a number alone on its line followed by its
    text, texts wrapped over several lines, and PDF blocks where some numbers are
    printed after all the texts (they then go, in order, to the texts that had none).
    """
    entries: list[_Entry] = []
    pending: list[int] = []
    bare: list[int] = []  # every number printed alone in the block
    loose: list[_Entry] = []  # entries whose text had no number of its own
    current: _Entry | None = None
    for raw in texts:
        text = clean(raw)
        if not text:
            continue
        alone = _NUMBER_ALONE.match(text)
        if alone:
            pending.append(int(alone.group(1)))
            bare.append(int(alone.group(1)))
            current = None
            continue
        start = _FOOTNOTE_START.match(text)
        if (
            start and current is not None and not current.text.endswith(_SENTENCE_END)
            and (current.number is None or int(start.group(1)) != current.number + 1)
        ):
            current.parts.append(text)  # "…, South Africa," / "26 August–4 September 2002 …"
            continue
        if start:
            current = _Entry(int(start.group(1)), [start.group(2).strip()])
            entries.append(current)
            continue
        star = _STAR_TEXT.match(text)
        if star:  # an asterisk footnote: numbered after the others (see number_stars)
            current = _Entry(-len(star.group(1)), [star.group(2).strip()])
            entries.append(current)
            continue
        if current is not None and not current.text.endswith(_SENTENCE_END):
            current.parts.append(text)
            continue
        if pending:
            current = _Entry(pending.pop(0), [text])
        elif entries and not entries[-1].text.endswith(_SENTENCE_END):
            current = entries[-1]
            current.parts.append(text)
            continue
        else:
            current = _Entry(None, [text])
        entries.append(current)
        loose.append(current)
    for entry in entries:
        if entry.number is None and pending:
            entry.number = pending.pop(0)
    missing = len(loose) - len(bare)
    if bare and 0 < missing <= 2 and min(bare) - missing >= 1:
        # A mark glued to the body ("the high7") lost its number line: the extra texts
        # are the footnotes just before the first number printed alone.
        numbers = list(range(min(bare) - missing, min(bare))) + sorted(bare)
        for entry, number in zip(loose, numbers, strict=True):
            entry.number = number
    return [Footnote(e.number, e.text) for e in entries if e.number is not None]


def _looks_like_footnote_line(text: str) -> bool:
    return bool(_NUMBER_ALONE.match(text) or _FOOTNOTE_START.match(text))


def extract_footnotes(lines: list[Line], paginated: bool) -> tuple[list[Line], list[Footnote]]:
    """Take the footnote blocks out of the body; return body lines and footnotes.

    In a paginated text a block runs from its separator to the end of the page. In
    other texts it runs over the footnote lines that follow the separator (to the end
    of the file, or back to the body when a line no longer looks like a footnote).
    """
    body: list[Line] = []
    footnotes: list[Footnote] = []
    index = 0
    total = len(lines)
    while index < total:
        line = lines[index]
        unruled = paginated and _starts_unruled_block(lines, index)
        if not _SEPARATOR.match(line.text) and not unruled:
            body.append(line)
            index += 1
            continue
        block: list[str] = []
        if unruled:
            block.append(line.text)
        index += 1
        if paginated:
            page = line.page
            while index < total and lines[index].page == page:
                block.append(lines[index].text)
                index += 1
        else:
            previous = ""
            bare = texts = 0  # numbers printed alone wait for texts printed after them
            while index < total:
                text = lines[index].text
                stripped = text.strip()
                if not stripped:
                    block.append(text)
                    index += 1
                    continue
                continuation = (
                    previous
                    and not previous.endswith(_SENTENCE_END)
                    and not text[:1].isspace()
                )
                awaited = texts < bare and not _NUMBER_LABEL_DOT.match(stripped)
                if _looks_like_footnote_line(stripped) or continuation or awaited:
                    if _NUMBER_ALONE.match(stripped):
                        bare += 1
                    elif not continuation or awaited:
                        texts += 1
                    block.append(text)
                    previous = stripped
                    index += 1
                    continue
                break
        footnotes.extend(parse_footnote_lines(block))
    if not footnotes:
        body, footnotes = _trailing_footnotes(body)
    body, starred = _starred_lines(body)
    return body, _unique(footnotes + starred)


def _starred_lines(lines: list[Line]) -> tuple[list[Line], list[Footnote]]:
    """Asterisk footnote texts printed in the body (a Word table's "* Acknowledging …"),
    taken only when a "*" mark glued to a word confirms them."""
    starred = [i for i, line in enumerate(lines) if _STAR_TEXT.match(line.text)]
    if not starred or not any(_STAR_MARK.search(line.text) for line in lines):
        return lines, []
    found = []
    for index in starred:
        match = _STAR_TEXT.match(lines[index].text)
        if match:
            found.append(Footnote(-len(match.group(1)), clean(match.group(2))))
    keep = set(range(len(lines))) - set(starred)
    return [line for i, line in enumerate(lines) if i in keep], found


def number_stars(footnotes: list[Footnote]) -> tuple[list[Footnote], dict[str, int]]:
    """Give asterisk footnotes numbers after the numbered ones (one per distinct text),
    and say which number each run of asterisks stands for."""
    numbered = [f for f in footnotes if f.number > 0]
    top = max((f.number for f in numbered), default=0)
    stars: dict[str, int] = {}
    texts: dict[str, int] = {}
    out = list(numbered)
    for footnote in footnotes:
        if footnote.number > 0:
            continue
        mark = "*" * -footnote.number
        number = texts.get(footnote.text) or stars.get(mark)
        if number is None:
            top += 1
            number = top
            out.append(Footnote(number, footnote.text))
        texts[footnote.text] = number
        stars.setdefault(mark, number)
    return out, stars


def _starts_unruled_block(lines: list[Line], index: int) -> bool:
    """A footnote block whose rule did not survive extraction (PDFs made by other
    software): near the foot of a page, a footnote number alone on its line ("1"),
    which body text never has, and only footnote-like lines to the end of the page."""
    line = lines[index]
    if not _NUMBER_ALONE.match(line.text):
        return False
    page = line.page
    end = index
    while end < len(lines) and lines[end].page == page:
        end += 1
    rest = [item.text.strip() for item in lines[index:end] if not item.blank]
    if not 0 < len(rest) <= 60:
        return False
    for before, text in zip(["", *rest], rest, strict=False):
        # "3. Decides" is body text; "22." alone after "paras. 19–" ends a footnote.
        ends_sentence = before.endswith((".", ";", ":", ","))
        if _NUMBER_LABEL_DOT.match(text) and (text[-1:] != "." or ends_sentence):
            return False
    return True


def _trailing_footnotes(lines: list[Line]) -> tuple[list[Line], list[Footnote]]:
    """Footnotes printed after the closing meeting line without a separator (SC texts)."""
    closing = None
    for index in range(len(lines) - 1, -1, -1):
        if is_closing(lines[index].text):
            closing = index
            break
    if closing is None:
        return lines, []
    end = closing + 1
    date = cover_re("date")
    while end < len(lines) and (lines[end].blank or date.match(clean(lines[end].text))):
        end += 1
    tail = [line.text for line in lines[end:] if not line.blank]
    first = _FOOTNOTE_START.match(clean(tail[0])) if tail else None
    if first is None or first.group(2)[:1].islower():
        return lines, []  # "12 votes to 2 …" continues the closing line
    previous = ""
    for text in tail:
        stripped = clean(text)
        if _FOOTNOTE_START.match(stripped):
            previous = stripped
        elif previous and not previous.endswith(_SENTENCE_END):
            previous = f"{previous} {stripped}"
        else:
            return lines, []
    return lines[:end], parse_footnote_lines(tail)


def _unique(footnotes: list[Footnote]) -> list[Footnote]:
    seen: set[int] = set()
    out = []
    for footnote in footnotes:
        if footnote.number < 0:
            out.append(footnote)  # asterisk footnotes: numbered later
        elif footnote.number not in seen:
            seen.add(footnote.number)
            out.append(footnote)
    return out


def clean_text(text: str) -> CleanText:
    lines = split_lines(text)
    pages = 1 + max((line.page for line in lines), default=0)
    lines, removed = remove_furniture(lines)
    result = CleanText(lines=lines, pages=pages, furniture_removed=removed)
    body, footnotes = extract_footnotes(lines, paginated=result.paginated)
    result.lines = body
    result.footnotes, result.stars = number_stars(footnotes)
    return result

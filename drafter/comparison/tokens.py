"""Text normalisation and word-level tokens for comparing paragraphs.

Two paragraphs that differ only in how a reader happened to lay out their
whitespace (a PDF line break, a Word no-break space) are the same paragraph to a
negotiator, so comparison works on normalised text. Word-level differences are
computed on tokens that are words, single punctuation marks and whitespace runs:
keeping whitespace as tokens means joining the tokens gives back the text exactly,
which the redline writer needs to emit runs that read correctly once accepted.
"""

from __future__ import annotations

import re
import unicodedata

# Chinese and Japanese are written without spaces: each ideograph or kana is a
# token of its own, or a changed character would replace a whole clause.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(
    rf"[{_CJK}]|(?:(?![{_CJK}])\w)+(?:[’'\u2011-](?:(?![{_CJK}])\w)+)*|\s+|[^\w\s]", re.UNICODE
)
_SPACE = re.compile(r"\s+")
# Characters folded for matching only (never for display): typographic variants
# that readers of different formats produce for the same printed character.
_FOLD = str.maketrans({
    "\u2011": "-", "\u2010": "-", "\u00ad": "", "\u2019": "'", "\u2018": "'",
    "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})


def normalize(text: str) -> str:
    """The text as compared: NFC, typographic variants folded, whitespace collapsed."""
    folded = unicodedata.normalize("NFC", text).translate(_FOLD)
    return _SPACE.sub(" ", folded).strip()


def tokenize(text: str) -> list[str]:
    """Words, punctuation marks and whitespace runs; ``"".join(tokenize(t)) == t``."""
    return _TOKEN.findall(text)


def words(text: str) -> list[str]:
    """The lower-cased words of a normalised text (no punctuation, no whitespace)."""
    return [token for token in tokenize(text.lower()) if token[0].isalnum() or token[0] == "_"]

"""Document symbols and resolution numbers: the one place that says how they are written.

The shapes are data (``resources/citations/symbols.json``, with their sources, read
through :mod:`drafter.core.symbol_shapes` like every other reader of symbols); this
module answers the three questions a scan for citations asks:

* :data:`CITED_NUMBER` is the number right after "resolution(s)" as a pattern
  fragment (group ``sym``), which the citation extractor builds its lists from: "70/1",
  "S-26/2", "2231 (2015)", "1514 (XV)", and a bare "2231" (only there, after the noun);
* :func:`symbols_in_text` finds every symbol that running text may carry anywhere: full
  document symbols (A/RES/70/1, E/CN.6/2021/L.3, A/75/455/Add.5) and short resolution
  numbers (70/1, 2021/7). Comparing two language versions needs exactly this, since
  a symbol is the same in every language;
* :func:`own_key` turns a text's own symbol (A/RES/70/1) into its index key (GA 70/1).
"""

from __future__ import annotations

import re
from functools import cache

from drafter.citations.mention import split_symbol
from drafter.core.symbol_shapes import symbol_shape, symbol_table

CITED_NUMBER = symbol_shape("cited_number")


@cache
def symbols_in_text() -> re.Pattern[str]:
    """Full document symbols, then short resolution numbers, anywhere in a text. Take dates
    out first: "25/09/2015" has the shape of a short number."""
    return re.compile(f"{symbol_shape('document_symbol')}|{symbol_shape('short_number')}")


def own_key(symbol: str) -> tuple[str, str]:
    """Index key and the parenthesis of a text's own symbol: "A/RES/70/1" → ("GA 70/1", "")."""
    symbol = " ".join(symbol.split())
    prefixes = symbol_table("own_symbol_prefixes")
    for table, kind in (("resolution", ""), ("decision", " dec")):
        for prefix, organ in prefixes[table].items():
            if symbol.startswith(prefix):
                number, paren = split_symbol(symbol[len(prefix) :])
                return f"{organ}{kind} {number}", paren
    return "", ""

"""The comparison a redline is written from: both texts with the export's UN typography.

A redline is an export like the plain one, so it gets the same typography (curly
quotes, French no-break spaces, dashes: :mod:`drafter.core.typography`) unless the
user turned a conversion off in Settings. Both texts are converted, the base too,
with the same switches: the marks then track what the drafter changed, not how the
quotation marks of a .txt base happened to be typed ("texte" against « texte »
in French, which the comparison's own folding does not equate).
"""

from __future__ import annotations

from drafter.comparison import Comparison, build_comparison
from drafter.core.model import Resolution
from drafter.core.typography import TypographyOptions, normalize_resolution


def typeset_comparison(base: Resolution, new: Resolution, typography: TypographyOptions | None,
                       language: str = "en") -> Comparison:
    """Compare ``base`` with ``new`` after converting both with ``typography`` (None: as they are);
    the list of changes in ``language``."""
    if typography is not None:
        base, new = normalize_resolution(base, typography), normalize_resolution(new, typography)
    return build_comparison(base, new, language)

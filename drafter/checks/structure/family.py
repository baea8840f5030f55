"""Check family 'structure': what makes a text a well-formed UN resolution.

Organ formula, order of parts, opening phrases (known, in the right part, agreeing
with the organ, also/further in order, Security Council language in other organs'
texts), final punctuation, numbering and labels, footnotes. Each rule has a stable id
and its message, severity and source in ``resources/rules/structure.json``; the rules
themselves live in the ``structure_*`` modules, one concern each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.checks.structure.context import StructureContext
from drafter.checks.structure.footnotes import check_footnotes
from drafter.checks.structure.formula import check_draft_formulas, check_formula
from drafter.checks.structure.numbering import check_numbering
from drafter.checks.structure.openers import check_openers
from drafter.checks.structure.punctuation import check_punctuation, paragraph_trees

if TYPE_CHECKING:
    from drafter.checks import CheckOptions
    from drafter.core.diagnostics import Diagnostic
    from drafter.core.model import Resolution


def check(resolution: Resolution, options: CheckOptions | None = None) -> list[Diagnostic]:
    """All structural diagnostics of ``resolution``, messages in ``options.ui_language``."""
    ui_language = options.ui_language if options is not None else "en"
    context = StructureContext.for_resolution(resolution, ui_language)
    check_formula(context)
    check_draft_formulas(context)
    check_openers(context)
    check_punctuation(context, paragraph_trees(resolution.paragraphs))
    check_numbering(context)
    check_footnotes(context)
    return context.found

"""The organ formula: present, naming the organ of the text, closed by a comma.

The formula is compared loosely (case, spaces, apostrophes, final punctuation) so that
"The General Assembly" and "L'Assemblée générale," are recognised as the right organ,
and then its closing mark is checked on its own, as a warning, because a text with no
preamble rightly has no comma after the formula.
"""

from __future__ import annotations

from drafter.checks.structure.context import StructureContext, final_mark, fragment
from drafter.core.diagnostics import Fix
from drafter.core.lexicon import normalize

ADDRESS = "FORMULA"


def _core(formula: str) -> str:
    text = normalize(formula)
    while text and text[-1] in ",،，:：;.":
        text = text[:-1].rstrip()
    return text


def check_formula(context: StructureContext) -> None:
    resolution = context.resolution
    formulas = context.settings.get("formulas", {})
    expected = formulas.get(context.organ_key)
    if not expected:
        return
    formula = resolution.formula
    if not formula.strip():
        if resolution.paragraphs:
            description = fragment("fix_replace", context.ui_language).format(replacement=expected)
            context.report(
                "formula-missing", ADDRESS, 0, 0,
                fix=Fix(description, 0, 0, expected), expected=expected,
            )
        return
    stripped = len(formula) - len(formula.lstrip())
    if _core(formula) != _core(expected):
        end = len(formula.rstrip())
        context.report(
            "formula-organ-mismatch", ADDRESS, stripped, end,
            fix=context.replace_fix(stripped, end, expected),
            data={"expected": expected}, found=formula.strip(), expected=expected,
        )
        return
    wanted = expected.rstrip()[-1]
    mark = final_mark(formula)
    has_preamble = bool(resolution.preamble)
    if has_preamble and mark.kind != "comma":
        context.report(
            "formula-punctuation", ADDRESS, mark.start, mark.end,
            fix=context.punctuation_fix(formula, mark, wanted), expected=wanted,
            found=context.found_mark(formula, mark),
        )

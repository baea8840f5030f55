"""The organ formula: present, naming the organ of the text, closed by a comma.

A nested draft's formula (an ECOSOC text recommending a General Assembly draft) is
checked the same way against the organ it names and the draft's own preamble.

The formula is compared loosely (case, spaces, apostrophes, final punctuation) so that
"The General Assembly" and "L'Assemblée générale," are recognised as the right organ,
and then its closing mark is checked on its own, as a warning, because a text with no
preamble rightly has no comma after the formula.
"""

from __future__ import annotations

from drafter.checks.structure.context import StructureContext, final_mark, formula_core, fragment
from drafter.core.diagnostics import Fix
from drafter.core.model import Paragraph, ParagraphKind
from drafter.core.scopes import split_scopes

ADDRESS = "FORMULA"
_FINAL_MARKS = ",،，:：;."


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
    slip = _check_slip(context, ADDRESS, formula, expected, stripped)
    if not slip and formula_core(formula) != formula_core(expected):
        end = len(formula.rstrip())
        context.report(
            "formula-organ-mismatch", ADDRESS, stripped, end,
            fix=context.replace_fix(stripped, end, expected),
            data={"expected": expected}, found=formula.strip(), expected=expected,
        )
        return
    # The resolution's own preamble (its parts' included), not that of a nested draft.
    has_preamble = False
    for paragraph in resolution.paragraphs:
        if paragraph.kind is ParagraphKind.DRAFT_FORMULA:
            break  # nested drafts come after the resolution's own text
        has_preamble = has_preamble or paragraph.kind is ParagraphKind.PREAMBULAR
    _check_comma(context, ADDRESS, formula, expected, has_preamble)


def _check_slip(context: StructureContext, address: str, formula: str, expected: str, start: int) -> bool:
    """A typing slip in the right organ's formula: a missing space ("L’Assembléegénérale,",
    GA 75/112 fr) or a word in the wrong case ("L’assemblée générale,"). The formula is
    read through it (parsing/patterns.formula_of); the slip is a warning with the fix.
    Apostrophes and extra or no-break spaces are not reported: they do not show or are
    plain-text habits (fr-apostrophe). True when reported."""
    written = _core_span(formula, start)
    wanted = _core_span(expected, len(expected) - len(expected.lstrip()))
    found, right = formula[start:written], expected[len(expected) - len(expected.lstrip()):wanted]
    core, expected_core = formula_core(found), formula_core(right)
    squeezed = core.replace(" ", "") == expected_core.replace(" ", "")
    if not squeezed or (core == expected_core and _letters(found) == _letters(right)):
        return False
    context.report(
        "formula-slip", address, start, written,
        fix=context.replace_fix(start, written, right), found=formula.strip(), expected=expected,
    )
    return True


def _core_span(text: str, start: int) -> int:
    """End of the formula's words in ``text``: its final punctuation and spaces apart."""
    end = len(text)
    while end > start and (text[end - 1].isspace() or text[end - 1] in _FINAL_MARKS):
        end -= 1
    return end


def _letters(text: str) -> list[str]:
    """The letters of ``text`` in their case (Arabic vowel marks and tatweel aside)."""
    return [ch for ch in text if ch.isalpha() and ch != "\u0640"]


def _check_comma(
    context: StructureContext, address: str, formula: str, expected: str, has_preamble: bool
) -> None:
    wanted = expected.rstrip()[-1]
    mark = final_mark(formula)
    if has_preamble and mark.kind != "comma":
        context.report(
            "formula-punctuation", address, mark.start, mark.end,
            fix=context.punctuation_fix(formula, mark, wanted), expected=wanted,
            found=context.found_mark(formula, mark),
        )


def check_draft_formulas(context: StructureContext) -> None:
    """Each nested draft's formula, against the organ it names ("The General Assembly,"
    in an ECOSOC text) and its own preamble; one naming no organ is reported."""
    formulas = context.settings.get("formulas", {})
    paragraphs = context.resolution.paragraphs
    for scope in split_scopes(paragraphs):
        head = scope[0] if scope else None
        if head is None or head.kind is not ParagraphKind.DRAFT_FORMULA:
            continue
        organ = context.draft_organs.get(head.address)
        if organ is None:
            _report_unknown_organ(context, head, formulas.get("GA", ""))
            continue
        text = head.text
        _check_slip(context, head.address, text, formulas[organ], len(text) - len(text.lstrip()))
        has_preamble = any(p.kind is ParagraphKind.PREAMBULAR for p in _draft_paragraphs(paragraphs, head))
        _check_comma(context, head.address, head.text, formulas[organ], has_preamble)


def _draft_paragraphs(paragraphs: list[Paragraph], head: Paragraph) -> list[Paragraph]:
    """The paragraphs of the nested draft ``head`` opens, its parts included."""
    prefix = f"{head.address}."
    return [p for p in paragraphs if p.address.startswith(prefix)]


def _report_unknown_organ(context: StructureContext, head: Paragraph, expected: str) -> None:
    text = head.text
    end = len(text.rstrip())
    stripped = min(len(text) - len(text.lstrip()), end)  # an empty formula: an empty span
    context.report(
        "formula-organ-mismatch", head.address, stripped, end,
        fix=context.replace_fix(stripped, end, expected) if expected else None,
        data={"expected": expected}, found=text.strip(), expected=expected,
    )

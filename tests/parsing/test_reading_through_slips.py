"""Slips in one language version, read through as the UN markup counts them (issue 13).

A version's text may carry a typing slip that its markup still counts right: a number
typed in full-width figures or with an ideographic comma ("１．", "3、"), an Arabic
tatweel for the dash ("3 ـ"), a sub-paragraph letter skipped ("(a)", "(c)"), a
paragraph whose number was left out, an organ's formula without its comma before a
clause that introduces the numbered paragraphs. The reader counts what the markup
counts and the checks report the slip as a warning. Texts are made up, each showing
one pattern.
"""

from __future__ import annotations

import drafter
from drafter.core.diagnostics import Severity
from drafter.core.model import ParagraphKind
from drafter.parsing.labels import SubLevels, parse_label, slip_number

ARABIC_HEAD = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\nوإذ تؤكد أهمية التعاون،\n\n"
CHINESE_HEAD = "大会，\n\n回顾其第70/1号决议，\n\n强调合作的重要性，\n\n"


def _rules(resolution) -> list[tuple[str, str, str]]:
    return [(d.rule, d.paragraph, d.severity.value) for d in drafter.check(resolution)
            if d.severity is not Severity.INFO]


def _kinds(resolution) -> list[str]:
    return [p.kind.value for p in resolution.paragraphs]


def test_arabic_tatweel_for_the_dash_is_a_numbered_paragraph_and_a_slip() -> None:
    resolution = drafter.parse_text(
        ARABIC_HEAD + "1 - تقرر أن تبقي المسألة قيد نظرها؛\n\n2 - تطلب إلى الأمين العام أن يقدم تقريرا؛\n\n"
        "3 ـ تشجع الدول الأعضاء على التعاون؛\n\n4 - تقرر أن تدرج البند في جدول الأعمال.\n",
        language="ar",
    )
    assert resolution.counts()["operative"] == 4
    assert resolution.operative[2].text.startswith("تشجع")
    found = _rules(resolution)
    assert ("operative-number-slip", "OP3", "warning") in found
    assert not [rule for rule in found if rule[0] == "operative-numbering-gap"]


def test_chinese_full_width_numbers_and_brackets() -> None:
    resolution = drafter.parse_text(
        CHINESE_HEAD + "１．决定继续审议此问题；\n\n２．请秘书长提交报告；\n\n3、会员国应当合作；\n\n"
        "4.请秘书长提交报告：\n\n（a）在第七十六届会议上；\n\n（b）在第七十七届会议上；\n\n"
        "5. 决定将此项目列入议程。\n",
        language="zh",
    )
    assert resolution.counts() == {"preamble": 2, "operative": 5, "subparagraphs": 2, "footnotes": 0}
    assert [p.text[:2] for p in resolution.operative] == ["决定", "请秘", "会员", "请秘", "决定"]
    assert [p.source_label for p in resolution.subparagraphs] == ["（a）", "（b）"]
    slips = [address for rule, address, _ in _rules(resolution) if rule == "operative-number-slip"]
    # "4." glued to its text is the usual label; "3、" needs no known verb after it
    assert slips == ["OP1", "OP2", "OP3"]


def test_slipped_number_forms_and_what_is_no_slip() -> None:
    assert [slip_number(label) for label in ("１．", "3、", "3 ـ", "3 —")] == [1, 3, 3, 3]
    assert [slip_number(label) for label in ("3.", "3 -", "3 –", "12-", "1 bis.")] == [None] * 5
    assert parse_label("（c）在会议上").core == "c"  # type: ignore[union-attr]


def test_a_skipped_letter_stays_on_its_level() -> None:
    """"(c)" after "(a)" is the next letter with (b) skipped, not roman 100 nested under (a)."""
    resolution = drafter.parse_text(
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Requests the Secretary-General:\n\n"
        "(a) To report;\n\n(c) To meet;\n\n(d) To act;\n\n2. Decides to include the item.\n",
        language="en",
    )
    assert [p.address for p in resolution.subparagraphs] == ["OP1(a)", "OP1(b)", "OP1(c)"]
    assert ("subparagraph-label-sequence", "OP1(b)", "error") in _rules(resolution)
    levels = SubLevels()
    assert [levels.level(c) for c in ("a", "i", "ii", "iii", "iv", "v", "b")] == [1, 2, 2, 2, 2, 2, 1]
    skipped = SubLevels()
    assert [skipped.level(c) for c in ("t", "u", "x", "y")] == [1, 1, 1, 1]


def test_a_paragraph_whose_number_was_left_out_is_counted() -> None:
    resolution = drafter.parse_text(
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to remain seized of the matter;\n\n"
        "Requests the Secretary-General to report;\n\n3. Encourages Member States to cooperate.\n",
        language="en",
    )
    assert resolution.counts()["operative"] == 3
    found = _rules(resolution)
    assert ("operative-number-missing", "OP2", "warning") in found
    assert not [rule for rule in found if rule[0] == "operative-numbering-gap"]


def test_the_first_paragraph_without_its_number_is_counted_too() -> None:
    resolution = drafter.parse_text(
        ARABIC_HEAD + "تقرر أن تبقي المسألة قيد نظرها؛\n\n2 - تطلب إلى الأمين العام أن يقدم تقريرا؛\n\n"
        "3 - تشجع الدول الأعضاء على التعاون.\n",
        language="ar",
    )
    assert resolution.counts()["preamble"] == 2 and resolution.counts()["operative"] == 3
    assert ("operative-number-missing", "OP1", "warning") in _rules(resolution)


def test_an_unnumbered_clause_between_following_numbers_stays_a_clause() -> None:
    """"1.", "Requests …", "2.": the numbers leave no place free, so no number was lost."""
    resolution = drafter.parse_text(
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to remain seized of the matter;\n\n"
        "Requests the Secretary-General to report;\n\n2. Encourages Member States to cooperate.\n",
        language="en",
    )
    assert _kinds(resolution) == ["preambular", "operative", "clause", "operative"]
    assert not [rule for rule in _rules(resolution) if rule[0] == "operative-number-missing"]


RUSSIAN_DECLARATION = """Организация Объединенных Наций
A/RES/75/1
Генеральная Ассамблея
Distr.: General
28 September 2020
Семьдесят пятая сессия
Пункт 128 повестки дня

75/1. Декларация о праздновании годовщины

Генеральная Ассамблея

принимает следующую декларацию:

Декларация о праздновании годовщины

1. Мы, главы государств и правительств, собрались сегодня.
"""


def test_formula_without_comma_before_a_clause_ending_with_a_colon() -> None:
    """Russian GA 75/1 and 75/284: the bare organ name is the formula, not the end of the title."""
    resolution = drafter.parse_text(RUSSIAN_DECLARATION, language="ru")
    assert resolution.formula == "Генеральная Ассамблея"
    assert resolution.meta.title == "Декларация о праздновании годовщины"
    assert resolution.paragraphs[0].kind is ParagraphKind.CLAUSE
    assert not [rule for rule in _rules(resolution) if rule[0] == "formula-missing"]


def test_chinese_decision_formula_introduces_the_numbered_paragraphs() -> None:
    """"大会" / "正式决定：" / "1. …" (GA 75/256): no preamble, the clause is operative."""
    resolution = drafter.parse_text(
        "联合国\nA/RES/75/256\n大会\nDistr.: General\n\n75/256. 2021年周转基金\n\n大会\n\n正式决定：\n\n"
        "1. 将2021年周转基金的数额定为1.50亿美元；\n\n2. 会员国应按照比额表预缴款项。\n",
        language="zh",
    )
    assert resolution.formula == "大会"
    assert resolution.counts()["preamble"] == 0 and resolution.counts()["operative"] == 2
    first = resolution.paragraphs[0]
    assert first.kind is ParagraphKind.CLAUSE and first.text == "正式决定："
    assert not [rule for rule in _rules(resolution) if rule[0] == "formula-missing"]


def test_a_clause_with_a_colon_before_paragraph_one_is_operative_whatever_its_verb() -> None:
    resolution = drafter.parse_text(
        "La Asamblea General,\n\nResuelve que:\n\n1. El Fondo se fije en 150 millones de dólares;\n\n"
        "2. Los Estados Miembros hagan anticipos al Fondo.\n",
        language="es",
    )
    assert resolution.counts()["preamble"] == 0
    assert _kinds(resolution) == ["clause", "operative", "operative"]

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


def _reported(resolution, rule: str) -> list[str]:
    """Addresses where ``rule`` is reported."""
    return [address for found, address, _ in _rules(resolution) if found == rule]


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
    slips = _reported(resolution, "operative-number-slip")
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
    assert not _reported(resolution, "operative-number-missing")


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
    assert not _reported(resolution, "formula-missing")


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
    assert not _reported(resolution, "formula-missing")


def test_a_clause_with_a_colon_before_paragraph_one_is_operative_whatever_its_verb() -> None:
    resolution = drafter.parse_text(
        "La Asamblea General,\n\nResuelve que:\n\n1. El Fondo se fije en 150 millones de dólares;\n\n"
        "2. Los Estados Miembros hagan anticipos al Fondo.\n",
        language="es",
    )
    assert resolution.counts()["preamble"] == 0
    assert _kinds(resolution) == ["clause", "operative", "operative"]


def test_direction_marks_around_a_number_leave_it_a_number() -> None:
    """"\u200f19 -\u200f" (GA 75/188 ar) and "6.\u200e Reaffirms" (GA 75/248 en)."""
    arabic = drafter.parse_text(
        ARABIC_HEAD + "1 - تقرر أن تبقي المسألة قيد نظرها؛\n\n"
        "\u200f2 -\u200f تطلب إلى الأمين العام أن يقدم تقريرا؛\n\n"
        "3 - تشجع الدول الأعضاء على التعاون.\n",
        language="ar",
    )
    assert [p.source_label for p in arabic.operative] == ["1 -", "2 -", "3 -"]
    english = drafter.parse_text(
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act;\n\n"
        "2.\u200e Reaffirms its decision;\n\n3. Requests a report.\n",
        language="en",
    )
    assert english.counts()["operative"] == 3 and english.operative[1].text.startswith("Reaffirms")
    assert not _reported(english, "operative-numbering-gap")


def test_arabic_doubled_letters_follow_the_english_count() -> None:
    """"(أ أ)" after "(ض)", the 26th letter, as English has "(aa)" after "(z)" (GA 75/192 ar)."""
    letters = "أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض".split()
    items = "".join(f"({letter}) أن يعمل؛\n\n" for letter in letters)
    resolution = drafter.parse_text(
        ARABIC_HEAD + "1 - تطلب إلى الأمين العام ما يلي:\n\n" + items + "(أ أ) أن يقدم تقريرا.\n",
        language="ar",
    )
    assert resolution.counts()["subparagraphs"] == 27
    assert resolution.subparagraphs[-1].source_label == "(أ أ)"
    assert not _reported(resolution, "subparagraph-label-sequence")
    assert not _reported(resolution, "subparagraph-label-style")


def test_the_last_paragraph_without_its_number_is_counted() -> None:
    resolution = drafter.parse_text(
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act;\n\n"
        "2. Requests the Secretary-General to report:\n\n(a) On the first matter;\n\n(b) On the second;\n\n"
        "Decides to remain seized of the matter.\n\n75th plenary meeting\n3 June 2021\n",
        language="en",
    )
    assert resolution.counts()["operative"] == 3
    assert ("operative-number-missing", "OP3", "warning") in _rules(resolution)


def test_a_single_unnumbered_clause_stays_the_sole_clause() -> None:
    resolution = drafter.parse_text(
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "Decides to remain seized of the matter.\n",
        language="en",
    )
    assert _kinds(resolution) == ["preambular", "clause"]


def test_a_slipped_number_before_an_opener_the_lexicon_lacks_fits_its_place() -> None:
    """"4 глубоко сожалеет" between "3." and "5.": the head word's shape and the numbers
    around it confirm the number, though the lexicon does not list the opener."""
    resolution = drafter.parse_text(
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\n1. постановляет продолжить работу;\n\n"
        "2. просит Генерального секретаря представить доклад;\n\n3. призывает государства сотрудничать;\n\n"
        "4 всецело приветствует усилия государств;\n\n5. постановляет включить пункт.\n",
        language="ru",
    )
    assert resolution.counts()["operative"] == 5
    assert ("operative-number-slip", "OP4", "warning") in _rules(resolution)

"""The plain-text reader: decoding, refusals, and every quirk of real resolution texts.

Each quirk listed in the corpus README has a small synthetic text here (so that a
failure names the quirk), and the seed GA 68/131 is read as a whole.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from drafter.core.lexicon import lexicon
from drafter.core.model import ParagraphKind
from drafter.errors import UnreadableFileError
from drafter.formats.text.reader import decode, parse_text, read_text_file
from support.corpus import CORPUS

GA_HEAD = "The General Assembly,\n\n"


def kinds(text: str, language: str | None = "en") -> list[tuple[str, str]]:
    resolution = parse_text(text, language)
    return [(p.address, p.kind.value) for p in resolution.paragraphs]


# --- decoding and refusals ----------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        "Réaffirmant\n".encode(),
        codecs.BOM_UTF8 + "Réaffirmant\n".encode(),
        codecs.BOM_UTF16_LE + "Réaffirmant\n".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Réaffirmant\n".encode("utf-16-be"),
        "Réaffirmant\n".encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le", "utf16-be", "cp1252"],
)
def test_decodes_every_encoding_real_files_use(data: bytes) -> None:
    assert decode(data) == "Réaffirmant\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"PK\x03\x04\x00\x00binary", "binary content"),
        (b"", "empty"),
        (b"  \n\t\n\r\n", "empty"),
    ],
    ids=["binary", "empty", "whitespace-only"],
)
def test_refuses_what_is_not_text_with_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as caught:
        read_text_file(path)
    message = str(caught.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_refuses_a_file_over_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(UnreadableFileError, match="too large"):
        read_text_file(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"missing\.txt"):
        read_text_file(tmp_path / "missing.txt")


# --- blank-line texts (XML renders) and metadata ----------------------------------------

XML_RENDER = """United Nations
A/RES/75/100
General Assembly
Distr.: General
18 December 2020
Seventy-fifth session
Agenda item 55
Comprehensive review of special political missions
Resolution adopted by the General Assembly on 10 December 2020
[on the report of the Fourth Committee (A/75/414, para. 8)]

75/100. Comprehensive review of special political missions

The General Assembly,

Guided by the purposes and principles of the Charter,

Recalling its resolution 74/91 of 13 December 2019 and Security Council resolution 2231 (2015),1

1. Takes note of the report of the Secretary-General submitted pursuant to resolution 74/91;2

2. Requests the Secretary-General to report on para. 12 of the present resolution.

41st plenary meeting
10 December 2020

__________________

1 A/66/340.
2 A/75/312.
"""


def test_xml_render_structure_and_metadata() -> None:
    resolution = parse_text(XML_RENDER)
    assert resolution.counts() == {"preamble": 2, "operative": 2, "subparagraphs": 0, "footnotes": 2}
    meta = resolution.meta
    assert (meta.symbol, meta.number, meta.title) == (
        "A/RES/75/100", "75/100", "Comprehensive review of special political missions"
    )
    assert meta.session == "Seventy-fifth session" and meta.agenda_item == "55"
    assert meta.agenda_title == "Comprehensive review of special political missions"
    assert meta.status.value == "adopted" and meta.adoption_date == "10 December 2020"
    assert meta.adoption_basis.startswith("[on the report of the Fourth Committee")
    assert meta.distribution == "General" and meta.date == "18 December 2020"
    assert meta.meeting == "41st plenary meeting" and meta.language == "en"
    assert resolution.formula == "The General Assembly,"
    assert resolution.closing == ["41st plenary meeting", "10 December 2020"]


def test_footnote_marks_leave_the_text_and_references_stay() -> None:
    resolution = parse_text(XML_RENDER)
    pp2 = resolution.find("PP2")
    assert pp2 is not None
    assert pp2.text.endswith("resolution 2231 (2015),")  # "2231" is not a mark
    assert [(r.number, r.offset) for r in pp2.footnote_refs] == [(1, len(pp2.text))]
    op1 = resolution.find("OP1")
    assert op1 is not None and op1.text.endswith("resolution 74/91;")
    assert [r.number for r in op1.footnote_refs] == [2]
    op2 = resolution.find("OP2")
    assert op2 is not None and "para. 12 of" in op2.text and not op2.footnote_refs
    assert op1.source_label == "1." and not op1.text.startswith("1")


def test_marks_glued_to_words_punctuation_and_years() -> None:
    text = (
        GA_HEAD
        + "Recalling the Samoa Pathway1 and the outcome of 27\u00a0April 2023,2\n\n"
        + "Noting the summit of 20053 and the report of 30 October 20004 for the period,\n\n"
        + "1. Decides to remain seized of the matter.\n\n"
        + "__________________\n\n1 A/1.\n2 A/2.\n3 A/3.\n4 A/4.\n"
    )
    resolution = parse_text(text, "en")
    pp1, pp2 = resolution.find("PP1"), resolution.find("PP2")
    assert pp1 is not None and pp2 is not None
    assert pp1.text == "Recalling the Samoa Pathway and the outcome of 27\u00a0April 2023,"
    assert [(r.number, pp1.text[: r.offset][-7:]) for r in pp1.footnote_refs] == [
        (1, "Pathway"), (2, "l 2023,")
    ]
    assert "of 2005 and" in pp2.text and "October 2000 for" in pp2.text
    assert [r.number for r in pp2.footnote_refs] == [3, 4]


def test_numbers_that_are_not_marks_stay() -> None:
    text = (
        GA_HEAD
        + "Recalling resolution 2231 (2015) and approximately 4.5 million people in 2021,\n\n"
        + "1. Decides to remain seized of the matter.\n\n__________________\n\n"
        + "1 A/1.\n2 A/2.\n5 A/5.\n"
    )
    resolution = parse_text(text, "en")
    assert resolution.paragraphs[0].text == (
        "Recalling resolution 2231 (2015) and approximately 4.5 million people in 2021,"
    )
    assert resolution.paragraphs[0].footnote_refs == []


# --- PDF extractions ------------------------------------------------------------------

PDF = (
    "A/RES/78/999\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n22 December 2023\n\n"
    "Seventy-eighth session\nAgenda item 71\n\n"
    "Resolution adopted by the General Assembly\non 19 December 2023\n"
    "[on the report of the Third Committee (A/78/481, para. 33)]\n\n"
    "78/999.\n\nSituation of human rights somewhere\n"
    "The General Assembly,\n"
    "Guided by the Charter of the United Nations, as well as the Universal\n"
    "Declaration of Human Rights, 1 the International Covenants on Human Rights 2 and\n"
    "other international human rights instruments,\n"
    "Recalling its previous resolutions on the situation, the most recent of which is\n"
    "resolution 77/228 of 15 December 2022,\n"
    "1.\n"
    "Takes note of the report of the Secretary-General submitted pursuant to\n"
    "resolution 77/228 3 and of the report of the Special Rapporteur;\n"
    "2.\n"
    "Welcomes the continuing efforts of the Government to host one\n"
    "of the largest refugee populations in the world, including approximately\n"
    "\n__________________\n\n"
    "Resolution 217 A (III).\nResolution 2200 A (XXI), annex.\n3\nA/78/511.\n1\n2\n\n"
    "23-25993 (E)\n\n100124\n\n*2325993*\n\n"
    "\fA/RES/78/999\n\nSituation of human rights somewhere\n\n"
    "4.5 million refugees, and notes with concern the reports of discrimination;\n"
    "3. Decides to continue its consideration of the question.\n"
    "2/3\n\n23-25993\n\n"
    "\fSituation of human rights somewhere\n\nA/RES/78/999\n\n"
    "50th plenary meeting\n19 December 2023\n"
)


def test_pdf_extraction_running_heads_numbers_alone_and_footnote_blocks() -> None:
    resolution = parse_text(PDF, "en")
    assert resolution.counts() == {"preamble": 2, "operative": 3, "subparagraphs": 0, "footnotes": 3}
    texts = " ".join(p.text for p in resolution.paragraphs)
    for furniture in ("A/RES/78/999", "23-25993", "*2325993*", "2/3", "100124", "somewhere"):
        assert furniture not in texts
    op2 = resolution.find("OP2")
    assert op2 is not None and op2.text.endswith("reports of discrimination;")
    assert "approximately 4.5 million refugees" in op2.text  # joined across the page break
    assert {f.number: f.text for f in resolution.footnotes} == {
        1: "Resolution 217 A (III).", 2: "Resolution 2200 A (XXI), annex.", 3: "A/78/511."
    }
    refs = [(p.address, r.number) for p in resolution.paragraphs for r in p.footnote_refs]
    assert refs == [("PP1", 1), ("PP1", 2), ("OP1", 3)]
    assert resolution.meta.title == "Situation of human rights somewhere"
    assert resolution.meta.adoption_date == "19 December 2023"
    assert resolution.closing == ["50th plenary meeting", "19 December 2023"]


def test_layout_indentation_starts_paragraphs() -> None:
    text = (
        "                   The General Assembly,\n"
        "                     Recalling its resolution 77/10 of 10 November 2022 and all its\n"
        "                 previous relevant resolutions,\n"
        "                     Reaffirming its strong commitment to the sovereignty, independence\n"
        "                 and territorial integrity of Afghanistan,\n"
        "                     Gravely concerned by the situation,\n"
        "                 1. Decides to remain seized of the matter.\n"
    )
    assert kinds(text) == [
        ("PP1", "preambular"), ("PP2", "preambular"), ("PP3", "preambular"), ("OP1", "operative")
    ]


def test_paragraph_cut_by_a_footnote_block_in_the_seed_is_joined() -> None:
    text = (
        " L’Assemblée générale,\n\n"
        " Réaffirmant que la communauté internationale s’est engagée, y compris en\n\n"
        "_______________\n1 Résolution 65/1.\n"
        " favorisant l’accès aux services sociaux,\n\n"
        "  Constatant avec inquiétude que l’exclusion risque de s’aggraver,\n\n"
        " 1. Prend note du rapport du Secrétaire général1\n ;\n"
    )
    resolution = parse_text(text, "fr")
    assert resolution.counts()["preamble"] == 2
    assert resolution.paragraphs[0].text.endswith("y compris en favorisant l’accès aux services sociaux,")
    op1 = resolution.find("OP1")
    assert op1 is not None and op1.text == "Prend note du rapport du Secrétaire général ;"
    assert [r.number for r in op1.footnote_refs] == [1]


# --- labels, levels, headings ---------------------------------------------------------


def test_french_labels_and_letter_i_after_h() -> None:
    items = "\n\n".join(f"{c}) point {c}\u00a0;" for c in "abcdefghij")
    text = "L’Assemblée générale,\n\nRappelant sa résolution,\n\n1. Prie\u00a0:\n\n" + items + "\n"
    resolution = parse_text(text, "fr")
    subs = [p for p in resolution.paragraphs if p.kind is ParagraphKind.SUBPARAGRAPH]
    assert len(subs) == 10 and all(p.level == 1 for p in subs)
    assert subs[8].address == "OP1(i)" and subs[8].source_label == "i)"
    assert subs[9].address == "OP1(j)"


def test_roman_items_nest_and_get_addresses() -> None:
    text = (
        GA_HEAD + "Recalling its resolutions,\n\n1. Decides:\n\n2. Requests:\n\n"
        "(a) To do one thing;\n\n(b) To do:\n\n(i) First;\n\n(ii) Second;\n\n(c) To finish.\n"
    )
    resolution = parse_text(text, "en")
    addresses = [(p.address, p.level) for p in resolution.paragraphs if p.level]
    assert addresses == [("OP2(a)", 1), ("OP2(b)", 1), ("OP2(b)(i)", 2), ("OP2(b)(ii)", 2), ("OP2(c)", 1)]
    assert resolution.find("OP2(b)(ii)") is not None
    assert resolution.find("OP2(b)(ii)").text == "Second;"  # type: ignore[union-attr]


def test_ocr_one_for_roman_i_is_a_subparagraph() -> None:
    text = (
        "The Security Council,\n\nEmphasizing the need,\n\n1. Affirms the principles:\n\n"
        "(1) Withdrawal of armed forces ;\n\n(ii) Termination of all claims;\n\n"
        "2. Requests the Secretary-General to report.\n"
    )
    resolution = parse_text(text, "en")
    assert resolution.counts()["subparagraphs"] == 2
    assert resolution.meta.organ.value == "SC"


def test_section_headings_roman_letters_and_topic_titles() -> None:
    text = (
        GA_HEAD + "Recalling its resolutions,\n\nI\n\nImplementation of the Convention\n\n"
        "1. Reaffirms the unified character of the Convention;\n\nB\n\n"
        "2. Welcomes the reports;\n\nCapacity-building\n\n3. Decides to continue.\n"
    )
    resolution = parse_text(text, "en")
    headings = [(p.source_label, p.text) for p in resolution.paragraphs if p.kind is ParagraphKind.HEADING]
    assert headings == [("I", "Implementation of the Convention"), ("B", "B"), (None, "Capacity-building")]
    assert resolution.counts()["operative"] == 3


def test_annex_after_closing_keeps_its_own_numbering_out_of_the_counts() -> None:
    text = (
        GA_HEAD + "Recalling its resolutions,\n\n"
        "1. Adopts the guidelines annexed to the present resolution.\n\n"
        "49th plenary meeting\n9 December 2021\n\nAnnex\n\nDraft guidelines\n\n"
        "1. Guideline one applies;\n\n(a) item;\n\n2. Guideline two.\n"
    )
    resolution = parse_text(text, "en")
    assert resolution.counts() == {"preamble": 1, "operative": 1, "subparagraphs": 0, "footnotes": 0}
    assert [a.title for a in resolution.annexes] == ["Annex"]
    assert resolution.annexes[0].paragraphs[0] == "Draft guidelines"


def test_preambular_items_and_unnumbered_clause() -> None:
    text = (
        "The Security Council,\n\nDeploring the fact that its demands have not been complied with:\n\n"
        "- All parties to cease fighting,\n\n- All parties to cooperate,\n\n"
        "Acting under Chapter VII of the Charter,\n\n1. Decides that all States shall act;\n\n"
        "B\n\nActing under Chapter VII of the Charter of the United Nations,\n\n"
        "2. Demands that all parties comply.\n"
    )
    resolution = parse_text(text, "en")
    assert [(p.address, p.kind.value) for p in resolution.paragraphs] == [
        ("PP1", "preambular"), ("PP1(a)", "preambular_item"), ("PP1(b)", "preambular_item"),
        ("PP2", "preambular"), ("OP1", "operative"), ("H1", "heading"), ("C1", "clause"),
        ("OP2", "operative"),
    ]


# --- Word-derived texts, SC gold texts, flattened texts --------------------------------


def test_word_text_tabs_and_heading_with_line_break() -> None:
    text = (
        "\tThe General Assembly, \n\n\tRecalling its resolutions, \n\n"
        "\t1.\tDecides to act; \n\n\t\tII\nCapacity-building\n\n\t2.\tRequests a report. \n"
    )
    resolution = parse_text(text, "en")
    assert [(p.address, p.source_label, p.text) for p in resolution.paragraphs] == [
        ("PP1", None, "Recalling its resolutions,"),
        ("OP1", "1.", "Decides to act;"),
        ("H1", "II", "Capacity-building"),
        ("OP2", "2.", "Requests a report."),
    ]


def test_sc_gold_quirks() -> None:
    text = (
        "Resolution 999 (1991)\nof 3 April 1991\n\nThe Security Council,\n\n"
        "Noting that the agreed minutes were signed at Baghdad on 4 October 1963\n\n"
        "and registered with the United Nations,\n\n"
        "Noting in this regard the recommendation by the Co-Chairmen of the Steering\n\n"
        "Committee of the International Conference,\n\u00a0\n"
        "Determined to secure full compliance with its decisions,\n"
        "Acting under Chapter VII of the Charter,\n\n"
        "5. Requests the Secretary-General to report;\n"
        "6. Decides to remain seized of the matter.\n\n"
        "Adopted at the 2981st meeting by 12\nvotes to 1 with 2 abstentions.\n"
    )
    resolution = parse_text(text, "en")
    assert resolution.counts() == {"preamble": 4, "operative": 2, "subparagraphs": 0, "footnotes": 0}
    assert resolution.paragraphs[0].text.endswith("4 October 1963 and registered with the United Nations,")
    assert resolution.meta.number == "999 (1991)" and resolution.meta.symbol == "S/RES/999 (1991)"
    assert resolution.meta.meeting.startswith("Adopted at the 2981st meeting")


def test_text_flattened_onto_one_line() -> None:
    text = (
        " Human Rights Council  Resolution 6/15. Forum on Minority Issues  The Human Rights Council,  "
        "Recalling the International Covenant on Civil and Political Rights and the Declaration,  "
        "Taking  note of the final report of the Working Group on Minorities,  5.            "
        "Decides that the independent expert shall guide the work of the Forum;  9.   Decides to "
        "review the work of the Forum after four years.  [Adopted without a vote] 21st meeting  "
        + "x" * 200
    )
    resolution = parse_text(text, "en")
    assert resolution.counts()["preamble"] == 2 and resolution.counts()["operative"] == 2
    assert resolution.meta.organ.value == "HRC"
    assert resolution.paragraphs[1].text.startswith("Taking note of")


# --- other languages --------------------------------------------------------------------


def test_arabic_numbering_and_rtl_text() -> None:
    text = (
        "إن الجمعية العامة،\n\nإذ تسترشد بالمقاصد والمبادئ المكرسة في ميثاق الأمم المتحدة،\n\n"
        "1 - تحيط علما بتقرير الأمين العام المقدم عملا بالقرار 74/91(1)؛\n\n"
        "2 - تطلب إلى الأمين العام أن يقدم تقريرا.\n\nالجلسة العامة 41\n\n__________________\n\n"
        "1 () A/75/312.\n"
    )
    resolution = parse_text(text)
    assert resolution.meta.language == "ar"
    assert resolution.counts() == {"preamble": 1, "operative": 2, "subparagraphs": 0, "footnotes": 1}
    op1 = resolution.find("OP1")
    assert op1 is not None and op1.source_label == "1 -" and op1.text.endswith("74/91؛")
    assert [r.number for r in op1.footnote_refs] == [1]
    assert resolution.footnotes[0].text == "A/75/312."


def test_chinese_formula_and_full_width_punctuation() -> None:
    text = (
        "大会\n\n大会，\n\n遵循《联合国宪章》的宗旨和原则，\n\n回顾《巴黎协定》1 生效，\n\n"
        "1. 表示注意到秘书长的报告；\n\n2. 决定继续处理此案。\n\n第41次全体会议\n2020年12月10日\n\n"
        "__________________\n\n1 FCCC/CP/2015/10/Add.1。\n"
    )
    resolution = parse_text(text)
    assert resolution.meta.language == "zh" and resolution.formula == "大会，"
    assert resolution.counts() == {"preamble": 2, "operative": 2, "subparagraphs": 0, "footnotes": 1}
    assert resolution.paragraphs[1].text == "回顾《巴黎协定》 生效，"
    assert resolution.closing == ["第41次全体会议", "2020年12月10日"]


def test_russian_lower_case_openers() -> None:
    text = (
        "Генеральная Ассамблея\n\nГенеральная Ассамблея,\n\n"
        "руководствуясь целями и принципами Устава Организации Объединенных Наций,\n\n"
        "ссылаясь на свои резолюции,\n\n1. принимает к сведению доклад Генерального секретаря;\n\n"
        "2. просит Генерального секретаря представить доклад.\n"
    )
    resolution = parse_text(text)
    assert resolution.meta.language == "ru"
    assert resolution.counts()["preamble"] == 2 and resolution.counts()["operative"] == 2


def test_a_text_in_another_script_than_the_declared_language_is_read_in_its_own() -> None:
    """A Chinese text filed as Spanish (shared/train text/es/GA_A_RES_75_297_C.txt) is
    read as Chinese; a declared language of the same script is kept."""
    chinese = "大会，\n\n回顾其决议，\n\n1. 表示注意到秘书长的报告；\n\n2. 决定继续处理此案。\n"
    resolution = parse_text(chinese, language="es")
    assert resolution.meta.language == "zh" and resolution.counts()["operative"] == 2
    french = "L’Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n1. Décide de rester saisie.\n"
    assert parse_text(french, language="es").meta.language == "es"


def test_the_organ_name_alone_after_the_title_is_the_formula() -> None:
    """Russian texts with no preamble leave the formula's comma out (GA 75/1, 75/284)."""
    text = (
        "75/1. Декларация о праздновании семьдесят пятой годовщины Организации Объединенных Наций\n\n"
        "Генеральная Ассамблея\n\nпринимает следующую декларацию:\n\n"
        "Декларация\n\n1. Мы, главы государств и правительств, собрались.\n"
    )
    assert parse_text(text, language="ru").formula == "Генеральная Ассамблея"


# --- the seed -----------------------------------------------------------------------


@pytest.fixture
def seed() -> Path:
    path = CORPUS / "GA_68_131_fr.txt"
    if not path.is_file():
        pytest.skip("shared corpus not present")
    return path


def test_seed_counts_footnotes_and_openers(seed: Path) -> None:
    resolution = read_text_file(seed)
    assert resolution.meta.language == "fr"
    assert resolution.counts() == {"preamble": 17, "operative": 15, "subparagraphs": 0, "footnotes": 2}
    lex = lexicon("fr")
    openers = {
        "Consciente que": "PP1",
        "Rappelant en outre": "PP4",
        "Constatant avec inquiétude": "PP17",
        "Prend note": "OP1",
        "Prie": "OP14",
    }
    for phrase, address in openers.items():
        paragraph = resolution.find(address)
        assert paragraph is not None and paragraph.text.startswith(phrase)
        found = lex.match(paragraph.text, "preamble" if paragraph.is_preamble else "operative")
        assert found is not None, phrase
        # The lexicon lists "Consciente" (with "que" as the linking word), not "Consciente que".
        assert phrase.startswith(found.entry.phrase) and found.end >= len(found.entry.phrase)
    pp4 = resolution.find("PP4")
    assert pp4 is not None and "pour le développement, dans lequel" in pp4.text
    assert [r.number for r in pp4.footnote_refs] == [1]
    assert (resolution.footnotes[0].number, resolution.footnotes[0].text) == (1, "Résolution 65/1.")


def test_asterisk_footnote_printed_in_the_body() -> None:
    text = (
        GA_HEAD + "Recalling the Paris Agreement1 and its goals,\n\n"
        "1. Takes urgent action to combat climate change and its impacts*\n\n"
        "* Acknowledging that the Framework Convention is the primary forum.\n\n"
        "2. Decides to continue.\n\n__________________\n\n1 FCCC/CP/2015/10/Add.1, decision 1/CP.21.\n"
    )
    resolution = parse_text(text, "en")
    assert [(f.number, f.text[:14]) for f in resolution.footnotes] == [
        (1, "FCCC/CP/2015/1"), (2, "Acknowledging "),
    ]
    op1 = resolution.find("OP1")
    assert op1 is not None and op1.text == "Takes urgent action to combat climate change and its impacts"
    assert [(r.number, r.offset) for r in op1.footnote_refs] == [(2, len(op1.text))]
    assert resolution.counts()["operative"] == 2


def test_star_bullets_without_any_star_mark_stay_text() -> None:
    text = GA_HEAD + "Recalling its resolutions,\n\n* first point,\n\n1. Decides to act.\n"
    resolution = parse_text(text, "en")
    assert resolution.footnotes == []
    assert any(p.text.startswith("* first point") for p in resolution.paragraphs)


def test_pdf_paragraph_ends_seen_from_a_short_last_line() -> None:
    # Openers the lexicon may not know ("Heartened", "Mindful") still start paragraphs:
    # the line before is short (the ragged end of a paragraph) and ends with a comma.
    full = "the situation of the people concerned and the work of all the relevant bodies and"
    lines = ["The General Assembly,"]
    for opener in ("Heartened by", "Mindful of", "Troubled by"):
        lines += [f"{opener} {full}", full, full, "the region as a whole,"]
    lines += ["1. Decides to remain seized of the matter."] + [full] * 10
    resolution = parse_text("\n".join(lines) + "\n", "en")
    assert resolution.counts()["preamble"] == 3
    assert [p.text.split(" ")[0] for p in resolution.preamble] == ["Heartened", "Mindful", "Troubled"]


def test_number_alone_before_a_blank_line_joins_its_text() -> None:
    text = GA_HEAD + "Recalling its resolutions,\n\n1.\n\nDecides to act;\n\n2.\n\nRequests a report.\n"
    resolution = parse_text(text, "en")
    assert [(p.address, p.text) for p in resolution.paragraphs] == [
        ("PP1", "Recalling its resolutions,"), ("OP1", "Decides to act;"), ("OP2", "Requests a report."),
    ]


def test_direction_marks_around_arabic_lines_do_not_hide_numbers() -> None:
    rlm = "\u200f"
    text = (
        f"{rlm}إن الجمعية العامة،{rlm}\n\n{rlm}إذ تسترشد بالمقاصد والمبادئ المكرسة في الميثاق،\n\n"
        f"{rlm}1 - تطلب إلى الأمين العام أن يقدم تقريرا؛{rlm}\n\n{rlm}2 - تقرر أن تبقي المسألة قيد نظرها.\n"
    )
    resolution = parse_text(text)
    assert resolution.counts()["operative"] == 2 and resolution.counts()["preamble"] == 1
    assert resolution.find("OP1").text.endswith("تقريرا؛")  # type: ignore[union-attr]


def test_address_of_a_nested_item_in_the_fifth_operative_paragraph() -> None:
    operative = "".join(f"{n}. Decides point {n};\n\n" for n in range(1, 5))
    text = (
        GA_HEAD + "Recalling its resolutions,\n\n" + operative
        + "5. Requests the Secretary-General:\n\n(a) To report;\n\n(b) To consult:\n\n"
        "(i) Member States;\n\n(ii) Observers;\n\n6. Decides to remain seized of the matter.\n"
    )
    resolution = parse_text(text, "en")
    item = resolution.find("OP5(b)(ii)")
    assert item is not None and item.text == "Observers;" and item.source_label == "(ii)"
    assert item.kind is ParagraphKind.SUBPARAGRAPH and item.level == 2
    assert resolution.find("OP6") is not None


DRAFT_PDF = """United Nations

A/C.3/78/L.26/Rev.1

General Assembly

Distr.: Limited
10 November 2023
Original: English

Seventy-eighth session
Third Committee
Agenda item 71 (c)
Promotion and protection of human rights: human rights
situations and reports of special rapporteurs and representatives

Albania, Andorra, Australia, Austria, Belgium, Bulgaria, Canada, Croatia,
Cyprus, Czechia, Denmark, Estonia, Finland, France, Germany and
Italy: revised draft resolution

Situation of human rights in somewhere
The General Assembly,
Guided by the Charter of the United Nations, as well as the Universal
Declaration of Human Rights, 1 the International Covenants on Human Rights 2 and
other international human rights instruments,
Recalling its previous resolutions on the question,
1.
Takes note of the report of the Secretary-General; 3
2.
Decides to continue its examination of the question.

__________________

1
2
3

Resolution 217 A (III).
Resolution 2200 A (XXI), annex.
A/78/511.

23-22222 (E)
*2322222*
"""


def test_draft_from_a_pdf_with_wrapped_sponsors_and_numbers_before_texts() -> None:
    resolution = parse_text(DRAFT_PDF, "en")
    assert resolution.counts() == {"preamble": 2, "operative": 2, "subparagraphs": 0, "footnotes": 3}
    meta = resolution.meta
    assert (meta.status.value, meta.organ.value) == ("draft", "GA_COMMITTEE")
    assert meta.committee == "Third Committee"
    assert meta.symbol == "A/C.3/78/L.26/Rev.1" and meta.original_language == "English"
    assert meta.sponsors[0] == "Albania" and meta.sponsors[-2:] == ["Germany", "Italy"]
    assert len(meta.sponsors) == 16
    assert meta.title == "Situation of human rights in somewhere"
    assert meta.agenda_title.endswith("special rapporteurs and representatives")
    refs = [(p.address, r.number) for p in resolution.paragraphs for r in p.footnote_refs]
    assert refs == [("PP1", 1), ("PP1", 2), ("OP1", 3)]
    assert resolution.footnotes[2].text == "A/78/511."

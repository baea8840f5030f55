"""Lexicons are data built from the research lexicon; matching is by longest phrase."""

from __future__ import annotations

import importlib.util

import pytest

from drafter.core.lexicon import LANGUAGES, detect_language, lexicon
from support.corpus import REPO

RESEARCH = REPO.parent / "shared" / "reference" / "lexicon-draft.json"
TRAIN_ARCHIVE = REPO.parent / "shared" / "train" / "akn-parallel.tar.xz"


def test_committed_lexicons_are_what_the_build_script_makes(tmp_path) -> None:
    if not RESEARCH.is_file() or not TRAIN_ARCHIVE.is_file():
        pytest.skip("shared reference material or training corpus not present")
    spec = importlib.util.spec_from_file_location("build_lexicons", REPO / "tools" / "build_lexicons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(RESEARCH, tmp_path)
    for language in LANGUAGES:
        committed = (REPO / "resources" / "lexicons" / f"{language}.json").read_text(encoding="utf-8")
        assert (tmp_path / f"{language}.json").read_text(encoding="utf-8") == committed, language


@pytest.mark.parametrize(
    ("language", "part", "text", "phrase", "italic"),
    [
        ("en", "preamble", "Recalling also its resolution", "Recalling also", "Recalling also"),
        ("en", "preamble", "Taking note of the report", "Taking note", "Taking note"),
        ("en", "preamble", "Guided by the purposes", "Guided by", "Guided"),
        ("en", "operative", "Also requests the Secretary-General", "Also requests", "Also requests"),
        ("fr", "preamble", "Rappelant\u00a0en outre sa", "Rappelant en outre", "Rappelant\u00a0en outre"),
        ("fr", "preamble", "Consciente que la", "Consciente", "Consciente"),
        ("fr", "operative", "Prend note du rapport", "Prend note", "Prend note"),
        ("es", "operative", "Solicita al Secretario General", "Solicita", "Solicita"),
        # a leading sequencing adverb before a known opener (lead_adverbs, issue 13)
        ("en", "operative", "Also strongly encourages States", "Strongly encourages",
         "Also strongly encourages"),
        ("en", "preamble", "Further expressing concern that", "Expressing concern",
         "Further expressing concern"),
        ("ru", "operative", "вновь подчеркивает, что", "подчеркивает", "вновь подчеркивает"),
        ("zh", "preamble", "又审查了秘书长的报告，", "审查了", "又审查了"),
    ],
)
def test_longest_match_and_italic_scope(language, part, text, phrase, italic) -> None:
    found = lexicon(language).match(text, part)
    assert found is not None and found.entry.phrase == phrase
    assert text[: found.italic_end] == italic


def test_apostrophe_variants_and_word_boundaries() -> None:
    french = lexicon("fr")
    assert french.match("Considérant qu'il", "preamble").entry.phrase == "Considérant"
    assert french.match("Considérant qu’il", "preamble").entry.phrase == "Considérant"
    assert lexicon("en").match("Recallings", "preamble") is None


def test_suggestions_for_a_misspelt_opener() -> None:
    assert "Recalling" in lexicon("en").suggestions("Recaling", "preamble")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The General Assembly, Recalling its resolution on the law of the sea and the oceans", "en"),
        ("L’Assemblée générale, Rappelant sa résolution sur le droit de la mer et les océans", "fr"),
        ("La Asamblea General, Recordando su resolución sobre los océanos y el derecho del mar", "es"),
        ("Генеральная Ассамблея, ссылаясь на свою резолюцию", "ru"),
        ("إن الجمعية العامة، إذ تشير إلى قرارها", "ar"),
        ("大会，回顾其关于海洋和海洋法的决议", "zh"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("language", "text", "italic"),
    [
        ("en", "Decides to remain seized of the matter.", "Decides"),
        ("en", "Decides to include in the provisional agenda of its", "Decides"),
        ("fr", "Décide de rester saisi de la question.", "Décide"),
    ],
)
def test_italic_run_stops_before_the_first_linking_word(language, text, italic) -> None:
    found = lexicon(language).match(text, "operative")
    assert text[: found.italic_end] == italic


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وإذ تشير إلى قرارها", "إذ تشير إلى"),  # و prefix of later paragraphs
        ("إذ تسلّم بأن", "وإذ تسلم"),  # shadda, and the first paragraph's form without و
    ],
)
def test_arabic_prefix_and_diacritics(text: str, phrase: str) -> None:
    assert lexicon("ar").match(text, "preamble").entry.phrase == phrase


def test_arabic_tatweel_is_ignored() -> None:
    assert lexicon("ar").match("تحـــث الدول", "operative").entry.phrase in ("تحث", "تحث الدول")


@pytest.mark.parametrize(
    ("language", "part", "text", "italic"),
    [
        ("en", "preamble", "Noting with deep concern also that", "Noting with deep concern also"),
        ("en", "operative", "Requests also the Secretary-General", "Requests"),  # English puts it first
        ("fr", "preamble", "Conscient en outre de", "Conscient en outre"),
    ],
)
def test_a_trailing_sequencing_adverb_is_italic_with_the_opener(language, part, text, italic) -> None:
    found = lexicon(language).match(text, part)
    assert text[: found.italic_end] == italic

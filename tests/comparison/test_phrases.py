"""The list of changes in the language asked for: templates in resources/comparison/<lang>.json."""

from __future__ import annotations

import json
import re
import string
from dataclasses import replace

import pytest

from drafter.comparison import build_comparison
from drafter.comparison import phrases as phrases_module
from drafter.comparison.phrases import phrase_file, phrases
from drafter.core.model import Annex
from drafter.errors import DrafterError
from drafter.resources import resources_dir
from support.redline import make

BASE = make([
    ("preambular", "Recalling its resolution 70/1,"),
    ("preambular", "Noting the report of the Secretary-General,"),
    ("preambular", "Welcoming the progress made,"),
    ("operative", "Encourages all States to act;", (1, 20)),
    ("operative", "Decides to remain seized of the matter."),
], {1: "Treaty Series, vol. 1833."})
NEW = make([
    ("preambular", "Welcoming the progress made so far,"),
    ("operative", "Urges all States to act;", (1, 15)),
    ("operative", "Requests a report;"),
    ("operative", "Decides to remain seized of the matter."),
], {1: "Treaty Series, vol. 1834."})


def _placeholders(template: object) -> object:
    if isinstance(template, dict):
        return {key: _placeholders(value) for key, value in template.items() if not key.startswith("_")}
    if isinstance(template, str):
        return sorted({name for _, name, _, _ in string.Formatter().parse(template) if name})
    return None


LANGUAGE_FILES = sorted((resources_dir() / "comparison").glob("*.json"))


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_every_language_has_every_phrase_with_the_same_placeholders(path) -> None:
    english = json.loads(phrase_file("en").read_text(encoding="utf-8"))
    other = json.loads(path.read_text(encoding="utf-8"))
    assert _placeholders(other) == _placeholders(english) | {"singular_counts": None}


def test_english_gives_both_addresses_when_they_differ() -> None:
    assert [c.description for c in build_comparison(BASE, NEW, "en").changes] == [
        "PP1 deleted",
        "PP2 deleted",
        "PP1 (was PP3): 'so far' inserted after 'the progress made'",
        "OP1: 'Encourages' replaced by 'Urges'",
        "Footnote 1 (OP1): '1833' replaced by '1834'",
        "New OP2 inserted",
    ]  # OP3 (was OP2) only moved down the numbering: no change


def test_french_list_is_french_with_its_typography() -> None:
    assert [c.description for c in build_comparison(BASE, NEW, "fr").changes] == [
        "Suppression\u00a0: PP1",
        "Suppression\u00a0: PP2",
        "PP1 (anciennement PP3)\u00a0: «\u00a0so far\u00a0» ajouté après «\u00a0the progress made\u00a0»",
        "OP1\u00a0: «\u00a0Encourages\u00a0» remplacé par «\u00a0Urges\u00a0»",
        "Note 1 (OP1)\u00a0: «\u00a01833\u00a0» remplacé par «\u00a01834\u00a0»",
        "Ajout\u00a0: OP2",
    ]


def test_a_role_change_and_a_revision_label_are_translated() -> None:
    base = make([("preambular", "Noting the report,"), ("operative", "Decides to act;")])
    new = make([("operative", "Noting the report,"), ("operative", "Decides to act;")])
    assert [c.description for c in build_comparison(base, new, "fr").changes] == [
        "OP1 (anciennement PP1)\u00a0: désormais un paragraphe du dispositif"]
    revised = make([("operative", "Noting the report,"), ("operative", "Decides to act now;")])
    revised.paragraphs[1] = replace(revised.paragraphs[1], previous_address="OP1 bis")
    assert [c.description for c in build_comparison(new, revised, "fr").changes] == [
        "OP2 (OP1 bis avant la révision)\u00a0: «\u00a0now\u00a0» ajouté après «\u00a0Decides to act\u00a0»"]


def test_a_renumbered_footnote_gives_both_numbers() -> None:
    base = make([("operative", "Recalls the Convention;", (2, 22))], {2: "Treaty Series, vol. 1833."})
    new = make([("operative", "Recalls the Convention;", (1, 22))], {1: "Treaty Series, vol. 1834."})
    assert [c.description for c in build_comparison(base, new).changes] == [
        "Footnote 1 (was 2) (OP1): '1833' replaced by '1834'"]


def test_a_language_without_phrases_gets_english() -> None:
    assert phrases("xx").language == "en"
    assert [c.description for c in build_comparison(BASE, NEW, "xx").changes] == \
        [c.description for c in build_comparison(BASE, NEW).changes]


@pytest.mark.parametrize(("language", "count", "expected"), [
    ("en", 0, "0 changes from a to b"), ("en", 1, "1 change from a to b"), ("en", 2, "2 changes from a to b"),
    ("fr", 0, "0 modification de a à b"), ("fr", 1, "1 modification de a à b"),
    ("fr", 2, "2 modifications de a à b"),
])
def test_counted_phrases_take_the_language_plural_form(language, count, expected) -> None:
    assert phrases(language).counted("summary.changes", count, base="a", new="b") == expected


def test_a_damaged_phrase_file_is_one_line_naming_it(tmp_path, monkeypatch) -> None:
    damaged = tmp_path / "de.json"
    damaged.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(phrases_module, "phrase_file", lambda language: damaged)
    phrases.cache_clear()
    try:
        with pytest.raises(DrafterError, match=re.escape(str(damaged))):
            phrases("de")
    finally:
        phrases.cache_clear()


def test_annex_addresses_keep_one_form_and_the_description_speaks_french() -> None:
    base, new = make([("operative", "Adopts the annex;")]), make([("operative", "Adopts the annex;")])
    base.annexes = [Annex("Annexe", ["Premier alinéa.", "Deuxième alinéa."])]
    new.annexes = [Annex("Annexe", ["Alinéa ajouté.", "Premier alinéa.", "Deuxième alinéa modifié."])]
    changes = build_comparison(base, new, "fr").changes
    assert [c.description for c in changes] == [
        "Ajout\u00a0: Annexe, par. 1",
        "Annexe, par. 3 (anciennement par. 2)\u00a0: «\u00a0modifié\u00a0» ajouté après "
        "«\u00a0Deuxième alinéa\u00a0»",
    ]
    assert [c.address for c in changes] == ["Annexe para. 1", "Annexe para. 3"]  # as in English

"""The list of changes in the language asked for: templates in resources/comparison/<lang>.json."""

from __future__ import annotations

import json
import re
import string
from dataclasses import replace

import pytest

from drafter.comparison import build_comparison
from drafter.comparison import phrases as phrases_module
from drafter.comparison.phrases import phrase_file, phrase_languages, phrases
from drafter.core.model import Annex, Resolution
from drafter.core.plurals import OTHER, categories, category
from drafter.errors import DrafterError
from drafter.resources import load_json
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
    """The placeholders of every phrase; a counted phrase (its plural forms) as one phrase."""
    if isinstance(template, dict) and OTHER in template:
        return "counted"
    if isinstance(template, dict):
        return {key: _placeholders(value) for key, value in template.items() if not key.startswith("_")}
    if isinstance(template, str):
        return _names(template)
    return None


def _names(template: str) -> list[str]:
    return sorted({name for _, name, _, _ in string.Formatter().parse(template) if name})


LANGUAGE_FILES = [phrase_file(language) for language in phrase_languages()]
ENGLISH = json.loads(phrase_file("en").read_text(encoding="utf-8"))
COUNTED = ["summary.changes"]


def test_all_six_un_languages_have_a_list_of_changes() -> None:
    assert phrase_languages() == ["ar", "en", "es", "fr", "ru", "zh"]


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_every_language_has_every_phrase_with_the_same_placeholders(path) -> None:
    other = json.loads(path.read_text(encoding="utf-8"))
    assert _placeholders(other) == _placeholders(ENGLISH)


def _lookup(table: dict, key: str) -> dict:
    for part in key.split("."):
        table = table[part]
    return table


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_counted_phrases_have_a_form_for_each_plural_category_the_counts_reach(path) -> None:
    """Each form is one of the language's CLDR categories and has English's placeholders;
    only a form for exactly one number ("n = 2": the Arabic dual "تغييران") may leave the
    count unwritten."""
    language, table = path.stem, json.loads(path.read_text(encoding="utf-8"))
    rules = load_json("plurals/cardinal.json")["languages"][language]
    for key in COUNTED:
        forms, english = _lookup(table, key), _names(_lookup(ENGLISH, key)["other"])
        assert set(forms) <= set(categories(language))
        assert {category(language, count) for count in range(1000)} | {OTHER} <= set(forms)
        for name, form in forms.items():
            exactly_one_number = re.fullmatch(r"n = \d+", rules.get(name, "")) is not None
            expected = [n for n in english if n != "count"] if exactly_one_number else english
            assert [n for n in _names(form) if n != "count" or not exactly_one_number] == expected, name


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


@pytest.mark.parametrize(("language", "expected"), [
    ("es", ["Supresión: PP1", "Supresión: PP2",
            "PP1 (antes PP3): inserción de “so far” después de “the progress made”",
            "OP1: sustitución de “Encourages” por “Urges”",
            "Nota 1 (OP1): sustitución de “1833” por “1834”", "Adición: OP2"]),
    ("ru", ["Исключение: PP1", "Исключение: PP2",
            "PP1 (ранее PP3): добавление «so far» после «the progress made»",
            "OP1: замена «Encourages» на «Urges»",
            "Сноска 1 (OP1): замена «1833» на «1834»", "Добавление: OP2"]),
    ("ar", ["حذف: PP1", "حذف: PP2",
            "PP1 (سابقا PP3): إدراج ”so far“ بعد ”the progress made“",
            "OP1: الاستعاضة عن ”Encourages“ بـ ”Urges“",
            "الحاشية 1 (OP1): الاستعاضة عن ”1833“ بـ ”1834“", "إضافة: OP2"]),
    ("zh", ["删除：PP1", "删除：PP2",
            "PP1(原为PP3)：在“the progress made”后插入“so far”",
            "OP1：“Encourages”改为“Urges”",
            "脚注1(OP1)：“1833”改为“1834”", "新增：OP2"]),
])
def test_each_un_language_has_its_own_list_with_its_quotes(language, expected) -> None:
    assert [c.description for c in build_comparison(BASE, NEW, language).changes] == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("es", "OP1 (antes PP1): pasa a ser un párrafo dispositivo"),
    ("ru", "OP1 (ранее PP1): теперь пункт постановляющей части"),
    ("ar", "OP1 (سابقا PP1): الآن فقرة من المنطوق"),
    ("zh", "OP1(原为PP1)：现为执行部分段落"),
])
def test_a_role_change_names_the_paragraph_as_the_un_does_in_that_language(language, expected) -> None:
    base = make([("preambular", "Noting the report,"), ("operative", "Decides to act;")])
    new = make([("operative", "Noting the report,"), ("operative", "Decides to act;")])
    assert [c.description for c in build_comparison(base, new, language).changes] == [expected]


def _chinese(text: str) -> Resolution:
    made = make([("operative", text)])
    made.meta.language = "zh"
    return made


@pytest.mark.parametrize(("language", "base", "new", "expected"), [
    # A few characters before the insertion, from the clause's last punctuation.
    ("zh", "尊重所有国家的主权、领土完整和政治独立；", "尊重所有国家的主权、领土完整和政治独立与安全；",
     "OP1：在“领土完整和政治独立”后插入“与安全”"),
    # At the start of the paragraph: the characters after it, up to its first punctuation.
    ("zh", "请秘书长提交报告，说明执行情况；", "又请秘书长提交报告，说明执行情况；",
     "OP1：在“请秘书长提交报告”前插入“又”"),
    # The list's language does not change how the Chinese text is quoted.
    ("fr", "尊重所有国家的主权、领土完整和政治独立；", "尊重所有国家的主权、领土完整和政治独立与安全；",
     "OP1\u00a0: «\u00a0与安全\u00a0» ajouté après «\u00a0领土完整和政治独立\u00a0»"),
])
def test_an_insertion_in_a_text_without_spaces_is_placed_by_a_few_characters(
        language, base, new, expected) -> None:
    assert [c.description for c in build_comparison(_chinese(base), _chinese(new), language).changes] == [
        expected]


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
    ("fr", 2, "2 modifications de a à b"), ("fr", 1_000_000, "1000000 modifications de a à b"),
    ("ru", 1, "1 изменение в b по сравнению с a"), ("ru", 2, "2 изменения в b по сравнению с a"),
    ("ru", 5, "5 изменений в b по сравнению с a"), ("ru", 11, "11 изменений в b по сравнению с a"),
    ("ru", 21, "21 изменение в b по сравнению с a"), ("ru", 22, "22 изменения в b по сравнению с a"),
    ("ru", 25, "25 изменений в b по сравнению с a"),
    ("ar", 0, "لا تغييرات من a إلى b"), ("ar", 1, "تغيير واحد من a إلى b"), ("ar", 2, "تغييران من a إلى b"),
    ("ar", 3, "3 تغييرات من a إلى b"), ("ar", 11, "11 تغييرا من a إلى b"),
    ("ar", 100, "100 تغيير من a إلى b"),
    ("es", 1, "1 cambio de a a b"), ("es", 0, "0 cambios de a a b"),
    ("zh", 1, "从a到b共有1处改动"),
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


RULES_TITLE = "Правила процедуры Конференции Организации Объединенных Наций"  # too long to name it


def _with_annexes(*paragraphs: str) -> Resolution:
    made = make([("operative", "Adopts the annex;")])
    made.annexes = [Annex(RULES_TITLE, [text]) for text in paragraphs]
    return made


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Annex 1 para. 1: 'изменен' inserted after 'Первый абзац'", "New Annex 2 inserted"]),
    ("ru", ["Приложение 1, п. 1: добавление «изменен» после «Первый абзац»", "Добавление: Приложение 2"]),
    ("zh", ["附件1第1段：在“Первый абзац”后插入“изменен”", "新增：附件2"]),
])
def test_an_annex_without_a_short_title_is_named_in_the_list_language(language, expected) -> None:
    """Its address keeps the one form ("Annex 1 para. 1") whatever the list's language."""
    changes = build_comparison(_with_annexes("Первый абзац."),
                               _with_annexes("Первый абзац изменен.", "Новый."), language).changes
    assert [c.description for c in changes] == expected
    assert [c.address for c in changes] == ["Annex 1 para. 1", "Annex 2"]


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "New Annex inserted"), ("ru", "Добавление: Приложение"), ("ar", "إضافة: المرفق"),
    ("zh", "新增：附件"),
])
def test_the_only_annex_is_named_without_a_number(language, expected) -> None:
    changes = build_comparison(_with_annexes(), _with_annexes("Новый."), language).changes
    assert [(c.address, c.description) for c in changes] == [("Annex", expected)]

"""Every File > New template, exported as Word and read back, checks clean but for its placeholders.

The export is the clean submission file (no embedded Drafter model), so the Word
reader really recovers the structure from the page; the native save is checked too.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.core.model import DocumentStatus, Organ
from drafter.core.new_document import new_resolution
from drafter.formats.docx.native_file import export_for_submission, save_document

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
CASES = [(o, s, lang) for o in Organ for s in DocumentStatus for lang in LANGUAGES]


@pytest.mark.parametrize(("organ", "status", "language"), CASES,
                         ids=[f"{o.value}-{s.value}-{lang}" for o, s, lang in CASES])
def test_template_exported_and_reread_checks_clean_but_for_placeholders(tmp_path, organ, status, language):
    template = new_resolution(organ, status, language)
    path = tmp_path / "template.docx"
    export_for_submission(template, path)
    reread = drafter.read(path)
    assert reread.counts() == template.counts()
    assert [p.kind for p in reread.paragraphs] == [p.kind for p in template.paragraphs]
    assert reread.formula == template.formula
    found = drafter.check(reread)
    assert any(d.rule == "placeholder-unfilled" for d in found)
    others = [(d.rule, d.paragraph, d.message) for d in found if d.rule != "placeholder-unfilled"]
    assert others == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_template_saved_natively_reopens_identical(tmp_path, language) -> None:
    template = new_resolution(Organ.HRC, DocumentStatus.DRAFT, language)
    path = tmp_path / "template.docx"
    save_document(template, path)
    assert drafter.read(path) == template

"""Style checks on the real adopted resolutions of the shared corpus.

Precision: an adopted text gives no style error and at most one warning per
(started) hundred paragraphs. Recall: the same texts with a drafter's slip seeded
into them make the right rule fire at the right paragraph and words, and the fix
offered gives back the official wording.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

import drafter
from drafter.checks import CheckOptions
from drafter.checks.style.family import check
from drafter.core.diagnostics import Diagnostic, Severity
from support.corpus import CORPUS, manifest_rows

STYLE_LANGUAGES = ("en", "fr", "es")
FILES = [
    row["file"] for row in (manifest_rows() if CORPUS.is_dir() else [])
    if row["language"] in STYLE_LANGUAGES
]
# Warnings on adopted texts that are true findings (named, so that a new one is noticed).
KNOWN_WARNINGS = {
    "HRC_6_15_en_excerpt.txt": {"fulfil": "“to fulfill its mandate”: US spelling in the HRC text"},
    "ECOSOC_2021_7_es.txt": {"es-date-form": "PP1 “de 6 junio de 2019” lacks the first “de”"},
    "GA_78_69_en.txt": {"towards": "OP258 “efforts toward the conservation” in the official PDF"},
}


def _style(path: Path) -> tuple[int, list[Diagnostic]]:
    resolution = drafter.read(path)
    return len(resolution.paragraphs), check(resolution, CheckOptions())


@pytest.mark.parametrize("name", FILES)
def test_adopted_text_has_no_style_error_and_few_warnings(corpus: Path, name: str) -> None:
    paragraphs, found = _style(corpus / name)
    errors = [d for d in found if d.severity is Severity.ERROR]
    assert not errors, [(d.rule, d.paragraph, d.message) for d in errors]
    warnings = [d for d in found if d.severity is Severity.WARNING]
    unexplained = [d for d in warnings if d.rule not in KNOWN_WARNINGS.get(name, {})]
    assert not unexplained, [(d.rule, d.paragraph, d.message) for d in unexplained]
    allowed = math.ceil(paragraphs / 100)
    assert len(warnings) <= allowed, f"{len(warnings)} warnings in {paragraphs} paragraphs"


def test_known_warnings_still_fire(corpus: Path) -> None:
    """The named exceptions are real findings: if one disappears, the list is stale."""
    for name, rules in KNOWN_WARNINGS.items():
        _, found = _style(corpus / name)
        assert set(rules) <= {d.rule for d in found}, name


def test_word_originals_are_as_clean_as_their_text_copies(corpus: Path) -> None:
    for path in sorted(corpus.glob("*.docx")):
        _, found = _style(path)
        assert not [d for d in found if d.severity is not Severity.INFO], path.name


# (file, official words, seeded slip, rule expected)
SEEDS = [
    ("GA_76_72_en.txt", "Member States", "member states", "member-states"),
    ("GA_76_72_en.txt", "Secretary-General", "Secretary General", "secretary-general"),
    ("GA_76_72_en.txt", "programme", "program", "programme"),
    ("GA_76_72_en.txt", "organizations", "organisations", "spelling-ize"),
    ("GA_76_72_en.txt", "United Nations system", "UN system", "no-un-abbreviation"),
    ("GA_77_335_en.txt", "Charter of the United Nations", "UN Charter", "charter-name"),
    ("GA_76_71_en.txt", "implementation of the 2030 Agenda", "implementation of Agenda 2030", "agenda-2030"),
    ("GA_78_69_en.txt", "per cent", "percent", "per-cent"),
    ("GA_76_203_en.txt", "seventy-seventh session", "77th session", "session-in-words"),
    ("GA_76_72_fr.txt", "Secrétaire général", "Secrétaire Général", "fr-secretaire-general"),
    ("GA_76_72_fr.txt", "Nations Unies", "Nations unies", "fr-nations-unies"),
    ("GA_76_72_fr.txt", "\u00a0;", ";", "fr-space-before-punctuation"),
    ("GA_76_112_fr.txt", "soixante-douzième session", "72e session", "fr-session-in-words"),
    ("GA_76_72_es.txt", "Asamblea General", "Asamblea general", "es-organ-capitals"),
    ("GA_75_100_es.txt", "Secretario General", "Secretario general", "es-secretario-general"),
]


def _seed(text: str, official: str, slip: str) -> tuple[str, int]:
    """Replace the first occurrence of ``official`` after the formula; return text and offset."""
    start = re.search(r"^(The General Assembly|L’Assemblée générale|La Asamblea General),", text, re.M)
    offset = text.index(official, start.end() if start else 0)
    return text[:offset] + slip + text[offset + len(official) :], offset


@pytest.mark.parametrize(
    ("name", "official", "slip", "rule"), SEEDS, ids=[s[3] + ":" + s[0] for s in SEEDS]
)
def test_seeded_slip_fires_at_its_address_and_span(
    corpus: Path, name: str, official: str, slip: str, rule: str
) -> None:
    language = name.split("_")[-1].split(".")[0]
    original = (corpus / name).read_text(encoding="utf-8")
    seeded, _ = _seed(original, official, slip)
    resolution = drafter.parse_text(seeded, language=language)
    paragraph = next(p for p in resolution.paragraphs if slip in p.text)
    found = [d for d in check(resolution, CheckOptions()) if d.rule == rule]
    at = [d for d in found if d.paragraph == paragraph.address]
    assert at, f"{rule} silent at {paragraph.address} (fired at {[d.paragraph for d in found]})"
    position = paragraph.text.index(slip)
    diagnostic = min(at, key=lambda d: abs(d.start - position))
    assert diagnostic.start <= position + len(slip) and position <= diagnostic.end
    assert diagnostic.severity is not Severity.INFO
    official_text = drafter.parse_text(original, language=language)
    before = {(d.rule, d.paragraph) for d in check(official_text, CheckOptions())}
    assert (rule, paragraph.address) not in before, "the official text already fired there"
    if diagnostic.fix is not None:
        fix = diagnostic.fix
        fixed = paragraph.text[: fix.start] + fix.replacement + paragraph.text[fix.end :]
        assert official in fixed


def _keys(found: list[Diagnostic]) -> list[tuple[str, str, int, int]]:
    return sorted((d.rule, d.paragraph, d.start, d.end) for d in found)


SLIPS = {
    "en": ["member states", "Secretary General", "UN Charter", "Agenda 2030", "organisation", "analyze",
           "program", "labor", "center", "5 percent", "5%", "3 States", "21st century", "614400 dollars",
           "UN system", "the SG", "etc.", "e.g.", "Haiti's", "resolution 2231,", "A/C3/80/L.10",
           "this resolution", "December 18, 2013", "18th December 2013", "its 70th session",
           "its Seventieth Session", "Chairman", "man-made", "internet", "Covid-19", '"quoted"',
           "twelve months", "five per cent", "toward", "behavior", "Web site", "U.N.D.P."],
    "fr": ["Secrétaire Général", "Nations unies", "Assemblée Générale", "le 1 juillet 2000", "70ème",
           "sa 70e session", "«Développement social»", "décisions;", "l'Assemblée", "États membres",
           "paragraphe 3 (a)", "cette résolution"],
    "es": ["Estados miembros", "Secretario general", "Asamblea general", "18 diciembre 2013",
           "18 de Diciembre de 2013", "1º de enero", "párrafo 3 (a)", "esta resolución"],
}


def _seeded(resolution, language: str) -> None:
    """Each slip at the start, in the middle and at the end of some paragraph."""
    paragraphs = resolution.paragraphs
    for index, slip in enumerate(SLIPS[language]):
        for place in range(3):
            paragraph = paragraphs[(index * 7 + place * 13) % len(paragraphs)]
            words = paragraph.text.split(" ")
            middle = len(words) // 2
            if place == 0:
                paragraph.text = f"{slip} {paragraph.text}"
            elif place == 1:
                paragraph.text = " ".join([*words[:middle], slip, *words[middle:]])
            else:
                paragraph.text = f"{paragraph.text} {slip}"


@pytest.mark.parametrize("name", ["GA_76_72_en.txt", "GA_76_71_fr.txt", "GA_76_72_es.txt", "SC_687_en.txt"])
def test_triggers_never_hide_a_finding(corpus: Path, name: str) -> None:
    """Rules skipped for want of their trigger words would have found nothing: same
    results as running every rule over every paragraph, on real and on seeded texts."""
    resolution = drafter.read(corpus / name)
    assert _keys(check(resolution, CheckOptions())) == _keys(
        check(resolution, CheckOptions(), exhaustive=True)
    )
    _seeded(resolution, resolution.meta.language)
    fast = check(resolution, CheckOptions())
    assert _keys(fast) == _keys(check(resolution, CheckOptions(), exhaustive=True))
    assert len(fast) >= 2 * len(SLIPS[resolution.meta.language]), "the seeded slips were found"

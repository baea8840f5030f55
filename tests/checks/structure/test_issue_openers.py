"""The opening phrases issue 13 names as missing are recognized, in every language.

Each is checked as the checks see it: in its part, with no unknown-opener warning and
no wrong-part error (a lexicon entry, or the head word's shape, core/opener_shape.py).
"""

from __future__ import annotations

import pytest

from drafter.api import check
from drafter.formats.text.reader import parse_text

FORMULA = {"fr": "L’Assemblée générale,", "es": "La Asamblea General,", "ru": "Генеральная Ассамблея,",
           "ar": "إن الجمعية العامة،", "zh": "大会，"}
PREAMBLE = {"fr": "Rappelant sa résolution 70/1,", "es": "Recordando su resolución 70/1,",
            "ru": "ссылаясь на свою резолюцию 70/1,", "ar": "إذ تشير إلى قرارها 70/1،",
            "zh": "回顾其第70/1号决议，"}
OPERATIVE = {
    "fr": "Décide de rester saisie de la question.", "es": "Decide seguir ocupándose de la cuestión.",
    "ru": "постановляет продолжать заниматься этим вопросом.", "ar": "تقرر أن تبقي المسألة قيد نظرها.",
    "zh": "决定继续处理此案。",
}
NUMBER = {"ar": "{n} - "}

NAMED = [
    ("ru", "preamble", "будучи глубоко обеспокоена положением,"),
    ("ru", "preamble", "выражая признательность государствам,"),
    ("ru", "operative", "учитывает доклад Генерального секретаря;"),
    ("ru", "operative", "вновь подтверждает свою приверженность;"),
    ("zh", "preamble", "极为关切该区域的局势，"),
    ("zh", "preamble", "感到震惊的是暴力仍在继续，"),
    ("zh", "preamble", "审查了秘书长的报告，"),
    ("zh", "preamble", "坚信国际合作至关重要，"),
    ("zh", "operative", "核可委员会的报告；"),
    ("zh", "operative", "感谢会员国的捐助；"),
    ("zh", "operative", "反对任何单方面措施；"),
    ("fr", "preamble", "Se déclarant préoccupée par la situation,"),
    ("fr", "operative", "Se dit préoccupée par la situation ;"),
    ("fr", "preamble", "Exprimant sa gratitude aux États Membres,"),
    ("fr", "operative", "Se déclare de nouveau gravement préoccupée par la situation ;"),
    ("es", "preamble", "Expresando su reconocimiento a los Estados Miembros,"),
    ("es", "operative", "Hace suyo el informe de la Comisión;"),
    ("es", "operative", "Consigna su agradecimiento a los Estados Miembros;"),
    ("es", "operative", "Aprecia la labor de la Comisión;"),
    ("ar", "preamble", "وإذ تشير إلى قرارها 71/1،"),
    ("ar", "operative", "يشجع الدول الأعضاء على التعاون؛"),
    ("ar", "operative", "يطلب إلى الأمين العام أن يقدم تقريرا؛"),
]


def _text(language: str, part: str, paragraph: str) -> str:
    number = NUMBER.get(language, "{n}. ")
    preamble = [PREAMBLE[language]] + ([paragraph] if part == "preamble" else [])
    operative = ([paragraph] if part == "operative" else []) + [OPERATIVE[language]]
    numbered = [number.format(n=n) + text for n, text in enumerate(operative, start=1)]
    return "\n\n".join([FORMULA[language], *preamble, *numbered]) + "\n"


@pytest.mark.parametrize(("language", "part", "paragraph"), NAMED, ids=lambda v: v if len(v) < 3 else None)
def test_named_opener_is_recognized(language: str, part: str, paragraph: str) -> None:
    resolution = parse_text(_text(language, part, paragraph), language=language)
    kinds = {"preamble": "preambular", "operative": "operative"}
    [found] = [p for p in resolution.paragraphs if p.text == paragraph]
    assert found.kind.value == kinds[part]
    opener_rules = {"preamble-unknown-opener", "operative-unknown-verb",
                    "preamble-operative-verb", "operative-preamble-opener"}
    reported = [d.rule for d in check(resolution) if d.paragraph == found.address]
    assert [rule for rule in reported if rule in opener_rules] == []

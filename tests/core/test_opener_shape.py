"""Openers the lexicon does not list, recognized by their head word's shape (issue 13).

Unseen sessions use openers the mined lexicons lack: inflected, reflexive or adverbed
forms of known ones, and new verbs. The shape fallback must accept those and still
reject what is not an opener of the part (nouns, infinitives, misspellings, the other
part's forms).
"""

from __future__ import annotations

import pytest

from drafter.core.lexicon import lexicon
from drafter.core.opener_shape import has_opener_shape

RECOGNIZED = [
    ("en", "preamble", "Gravely disturbed by the continuing violence,"),
    ("en", "operative", "Greets the ongoing efforts of the Organization;"),
    ("en", "operative", "Strongly objects to the measures;"),
    ("fr", "operative", "Se dit de nouveau gravement préoccupée par la situation ;"),
    ("fr", "preamble", "S’alarmant vivement de la gravité des faits,"),
    ("es", "preamble", "Comprometiéndose nuevamente a asegurar que,"),
    ("es", "operative", "Reconfirma la Agenda de Acción de Addis Abeba;"),
    ("ru", "preamble", "с интересом ожидая следующего совещания,"),
    ("ru", "operative", "самым решительным образом отвергает нападения;"),
    ("ar", "preamble", "وإذ تستحضر الأهمية التي تشكلها مشاركة الممثلين،"),
    ("ar", "preamble", "والتزاما منها باحترام الكرامة الإنسانية،"),
    ("ar", "operative", "تأخذ في الاعتبار خطة التنمية المستدامة؛"),
    ("zh", "preamble", "在这方面表示注意到若干条约，"),
    ("zh", "preamble", "深入审议了西撒哈拉问题，"),
    ("zh", "preamble", "对一些团体利用互联网平台的行为表示关切，"),
    # Chinese adverbials before the verb: a phrase closed by a comma, 连续第N年, 破例 …
    ("zh", "operative", "在不影响其他决定的情况下，又破例核准该项安排；"),
    ("zh", "operative", "作为临时措施，除其他外，鼓励会员国合作；"),
    ("zh", "operative", "连续第三年重申其支持；"),
    ("zh", "preamble", "因此，依然感到关切的是，冲突仍在继续，"),
    # … a prepositional phrase (向/就/为 … 而), or 对 … 感到 …
    ("zh", "operative", "向各会员国重申，必须全面执行本决议；"),
    ("zh", "operative", "就委员会的工作向主席表示感谢；"),
    ("zh", "operative", "为会员国的努力而赞扬各国政府；"),
    ("zh", "preamble", "对许多国家仍然无法获得疫苗感到遗憾，"),
    ("zh", "operative", "仍然深为关切冲突的影响；"),  # a verb the other part's lexicon lists
]

REJECTED = [
    ("en", "operative", "Request the Secretary-General to report;"),  # no 3rd-person -s
    ("en", "preamble", "Recallng its resolution 70/1,"),  # misspelling
    ("en", "operative", "Members States shall pay;"),  # a noun
    ("fr", "operative", "Demandant aux États de coopérer ;"),  # a participle in the operative part
    ("fr", "preamble", "Demander aux États de coopérer,"),  # an infinitive
    ("es", "operative", "Preocupada por la situación;"),  # a participle in the operative part
    ("ru", "preamble", "Генеральная Ассамблея,"),  # an adjective and a noun
    ("ru", "operative", "бюджет Организации утверждается;"),  # a noun in -ет
    ("fr", "operative", "Profondément préoccupée par la situation ;"),  # a preambular adjective
    ("ar", "preamble", "تقرير الأمين العام،"),  # no إذ/وإذ particle
    ("ar", "operative", "وإذ تشير إلى قرارها،"),  # the preambular particle
    ("zh", "preamble", "秘书长的报告，"),  # no verb
    ("zh", "operative", "在2021年方案预算第8款下的经费；"),  # no verb after the phrase
    ("zh", "operative", "向秘书长的报告，"),  # a preposition, no verb in its clause
    ("zh", "preamble", "作为联合国的成员，秘书长的报告，"),  # an adverbial phrase, then no verb
]


@pytest.mark.parametrize(("language", "part", "text"), RECOGNIZED)
def test_unlisted_opener_with_its_parts_shape_is_recognized(language: str, part: str, text: str) -> None:
    assert lexicon(language).match(text, part) is None  # really not in the lexicon
    assert has_opener_shape(text, part, language)


@pytest.mark.parametrize(("language", "part", "text"), REJECTED)
def test_words_without_an_openers_shape_are_not_recognized(language: str, part: str, text: str) -> None:
    assert not has_opener_shape(text, part, language)

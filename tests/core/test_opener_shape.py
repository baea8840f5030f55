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
    # … verbs with a resultative complement (到, 及, 悉), compounds of 信, 感, 期 (GA 75 texts)
    ("zh", "preamble", "收到国际原子能机构2019年的报告，"),
    ("zh", "operative", "忆及研究所理事会决定通过2017-2021年期间战略计划；"),
    ("zh", "preamble", "确信蒙古的国际公认地位有助于加强该区域的稳定和建立信任，"),
    ("zh", "preamble", "相信方案可以为会员国尤其是发展中国家提供的各种形式协助，"),
    ("zh", "preamble", "期待将于2022年在卡塔尔举行第五次联合国最不发达国家问题会议，"),
    # … adverbs 紧急, 就此, 尤其 and a first verb coordinated with 并 before a known one
    ("zh", "operative", "紧急请调查委员会在大会第七十六届会议期间提交报告；"),
    ("zh", "operative", "就此请秘书长于2022年上半年在纽约举行审查会议续会；"),
    ("zh", "preamble", "尤其确认非洲联盟和次区域组织有能力消除非洲冲突的根源，"),
    ("zh", "preamble", "震惊并关切雇佣军活动对和平与安全构成威胁，"),
    # … the Fifth Committee's verbs of approval and appropriation, operative only
    ("zh", "operative", "核定养恤基金2021年管理费估计数111 212 700美元；"),
    ("zh", "operative", "又核定2021年由养恤基金直接支付费用净额共计103 217 600美元；"),
    ("zh", "operative", "追加批款154 800美元，包括2021年方案预算第2款下的经费；"),
    ("zh", "operative", "在2021年方案预算第29G款(行政，内罗毕)下批款494 000美元；"),
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
    # the Fifth Committee's verbs are operative: not a preambular phrase
    ("zh", "preamble", "核定养恤基金2021年管理费估计数，"),
    ("zh", "preamble", "追加批款154 800美元，"),
    ("zh", "operative", "批款；"),  # a heading: no amount appropriated
    ("zh", "operative", "核武器国家的特别责任；"),  # 核 'nuclear', not 核可/核准/核定
    ("zh", "operative", "以及各国议会联盟的工作；"),  # 以及 'and' is not a verb with 及
    ("zh", "operative", "倾听了世界各地人民的呼声；"),  # a verb with 了 is preambular
    ("zh", "operative", "会员国应按照会员国2021年预算分摊比额表预缴款项；"),  # a subject first
]


@pytest.mark.parametrize(("language", "part", "text"), RECOGNIZED)
def test_unlisted_opener_with_its_parts_shape_is_recognized(language: str, part: str, text: str) -> None:
    assert lexicon(language).match(text, part) is None  # really not in the lexicon
    assert has_opener_shape(text, part, language)


@pytest.mark.parametrize(("language", "part", "text"), REJECTED)
def test_words_without_an_openers_shape_are_not_recognized(language: str, part: str, text: str) -> None:
    assert not has_opener_shape(text, part, language)

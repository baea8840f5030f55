"""Arabic and Chinese texts as the UN publishes them (issue 13, shared/train).

Arabic ECOSOC covers name the organ with the formula's own words; Arabic numbers are
"1 - " (also typed "8 – " or "12-"), sub-levels (أ) then ’1‘; "(ه)" and "(هـ)" are
one letter. A Chinese paragraph whose footnote mark follows its comma is no heading.
"""

from __future__ import annotations

import drafter
from drafter.core.labels import paragraph_labels
from drafter.core.model import Organ, ParagraphKind

ARABIC_ECOSOC = """الأمم المتحدة
E/RES/2021/13
إن المجلس الاقتصادي والاجتماعي
Distr.: General
15 June 2021
البند 18 (ل) من جدول الأعمال
المسائل الاقتصادية والبيئية: نقل البضائع الخطرة
قرار اتخذه المجلس الاقتصادي والاجتماعي في 8 حزيران/يونيه 2021

2021/13 أعمال لجنة الخبراء المعنية بنقل البضائع الخطرة

إن المجلس الاقتصادي والاجتماعي،

إذ يشير إلى قراريه 1999/65 و 2019/7،

وإذ يلاحظ التزايد المستمر في حجم البضائع الخطرة،

1 - يطلب إلى الأمين العام أن يقدم تقريرا؛

8 – يحث الدول الأعضاء على ما يلي:

(أ) أن تنظر في الأمر؛

’1‘ في الأجل القصير؛

’2‘ في الأجل الطويل؛

(ب) أن تتعاون؛

(ج) أن تبلغ؛

(د) أن تقدم؛

(ه) أن تتابع.
"""


def test_arabic_ecosoc_cover_is_not_read_as_preamble() -> None:
    resolution = drafter.parse_text(ARABIC_ECOSOC, language="ar")
    assert resolution.formula == "إن المجلس الاقتصادي والاجتماعي،"
    assert resolution.meta.organ is Organ.ECOSOC
    assert [p.text[:9] for p in resolution.preamble] == ["إذ يشير إ", "وإذ يلاحظ"]
    assert resolution.meta.agenda_item.startswith("18")


def test_arabic_labels_dash_numbers_and_quoted_second_level() -> None:
    resolution = drafter.parse_text(ARABIC_ECOSOC, language="ar")
    subs = resolution.subparagraphs
    assert [p.source_label for p in resolution.operative] == ["1 -", "8 –"]
    assert [(p.source_label, p.level) for p in subs[:3]] == [("(أ)", 1), ("’1‘", 2), ("’2‘", 2)]
    labels = [label for label in paragraph_labels(resolution.paragraphs, "ar") if label]
    assert labels[:4] == ["1 -", "2 -", "(أ)", "’1‘"]
    rules = {d.rule for d in drafter.check(resolution)}
    assert not rules & {"subparagraph-label-sequence", "subparagraph-label-style"}


def test_chinese_footnote_mark_after_the_comma_does_not_make_a_heading() -> None:
    resolution = drafter.parse_text(
        "大会，\n\n回顾其以往各项决议，\n\n又审查了秘书长的报告，2\n\n1. 表示注意到秘书长的报告；\n\n"
        "2. 决定继续审议这一问题。\n\n__________________\n\n2 A/75/1。\n",
        language="zh",
    )
    assert [p.kind for p in resolution.paragraphs[:2]] == [ParagraphKind.PREAMBULAR] * 2
    assert resolution.counts() == {"preamble": 2, "operative": 2, "subparagraphs": 0, "footnotes": 1}


def test_annexes_numbered_with_words_or_chinese_numerals_end_the_body() -> None:
    arabic = drafter.parse_text(
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 75/1،\n\n1 - تقرر أن تعقد اجتماعا؛\n\n"
        "2 - تقرر أيضا أن يكون جدول الأعمال على النحو الوارد في المرفق الأول.\n\n"
        "المرفق الأول\n\nجدول الأعمال المؤقت\n\n1 - افتتاح الاجتماع.\n\n2 - إقرار جدول الأعمال.\n",
        language="ar",
    )
    assert arabic.counts()["operative"] == 2 and [a.title for a in arabic.annexes] == ["المرفق الأول"]
    chinese = drafter.parse_text(
        "大会，\n\n回顾其第75/1号决议，\n\n1. 决定举行会议；\n\n2. 又决定会议议程载于附件一。\n\n"
        "附件一\n\n临时议程\n\n1. 会议开幕。\n",
        language="zh",
    )
    assert chinese.counts()["operative"] == 2 and [a.title for a in chinese.annexes] == ["附件一"]


def test_chinese_parenthesized_ideographs_are_the_second_level() -> None:
    labels = [*"㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", "(十一)"]
    items = "\n\n".join(f"{label} 采取行动{n}；" for n, label in enumerate(labels, 1))
    resolution = drafter.parse_text(
        f"大会，\n\n回顾其第75/1号决议，\n\n1. 鼓励各国政府：\n\n(a) 考虑下列行动：\n\n{items}\n\n"
        "2. 决定继续审议这一问题。\n",
        language="zh",
    )
    subs = resolution.subparagraphs
    assert len(subs) == 12 and {p.level for p in subs[1:]} == {2}
    assert [p.source_label for p in subs[10:]] == ["㈩", "(十一)"]
    rules = {d.rule for d in drafter.check(resolution)}
    assert not rules & {"subparagraph-label-sequence", "subparagraph-label-style"}


def test_unlabelled_items_of_a_subparagraph_ending_with_a_colon_keep_its_sequence() -> None:
    # GA 75/326 zh: three unlabelled lines inside (a), which the Arabic labels (i)-(iii)
    resolution = drafter.parse_text(
        "大会，\n\n回顾其第75/280号决议，\n\n1. 决定，领导力对话的组织安排如下：\n\n"
        "(a) 领导力对话将讨论以下主题：\n\n领导力对话一：反思采取行动的紧迫必要性；\n\n"
        "领导力对话二：以可持续的方式战胜COVID-19大流行；\n\n"
        "(b) 每次领导力对话都由两名共同主席主持；\n\n2. 决定继续审议这一问题。\n",
        language="zh",
    )
    subs = resolution.subparagraphs
    assert [(p.address, p.level) for p in subs] == [
        ("OP1(a)", 1), ("OP1(a)(i)", 2), ("OP1(a)(ii)", 2), ("OP1(b)", 1),
    ]
    assert not [p for p in resolution.paragraphs if p.kind is ParagraphKind.CLAUSE]
    rules = {d.rule for d in drafter.check(resolution)}
    assert "subparagraph-label-sequence" not in rules


def test_an_unnumbered_line_after_a_subparagraph_without_a_colon_is_not_its_item() -> None:
    resolution = drafter.parse_text(
        "大会，\n\n回顾其第75/280号决议，\n\n1. 决定：\n\n(a) 举行会议；\n\n(b) 通过议程；\n\n"
        "会议应在纽约举行。\n",
        language="zh",
    )
    assert resolution.paragraphs[-1].kind is not ParagraphKind.SUBPARAGRAPH
    assert [p.address for p in resolution.subparagraphs] == ["OP1(a)", "OP1(b)"]

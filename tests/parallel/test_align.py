"""Where the alignment places a dropped paragraph among neighbours that look alike, with
made-up texts: every operative paragraph opens "Requests the Secretary-General", has the
same length and no figure, so only the words the languages share (cognates) tell them apart.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.core.model import Resolution
from drafter.parallel import parallel
from drafter.parallel.marks import cognate_stems, marks_of

TOPICS = [("maritime security and piracy", "la sécurité maritime et la piraterie"),
          ("desertification and drought in Africa", "la désertification et la sécheresse en Afrique"),
          ("migration, refugees and humanitarian assistance",
           "la migration, les réfugiés et l’assistance humanitaire"),
          ("education, science and culture", "l’éducation, la science et la culture"),
          ("tuberculosis, malaria and epidemics", "la tuberculose, le paludisme et les épidémies"),
          ("energy, transport and infrastructure", "l’énergie, les transports et les infrastructures"),
          ("democracy, elections and institutions", "la démocratie, les élections et les institutions"),
          ("biodiversity, oceans and climate", "la biodiversité, les océans et le climat"),
          ("terrorism, corruption and criminality", "le terrorisme, la corruption et la criminalité"),
          ("technology, innovation and industrialization",
           "la technologie, l’innovation et l’industrialisation")]


def _text(head: str, opener: str, topics: list[str]) -> str:
    return head + "\n\n" + "\n\n".join(f"{k}. {opener} {t};" for k, t in enumerate(topics, 1)) + "\n"


def _english() -> Resolution:
    return drafter.parse_text(_text("The General Assembly,\n\nRecalling its previous resolutions,",
                                    "Requests the Secretary-General to submit a report on",
                                    [english for english, _ in TOPICS]), "en")


def _french_without(dropped: int) -> Resolution:
    """The French version with one operative paragraph left out, the later ones renumbered."""
    topics = [french for k, (_, french) in enumerate(TOPICS) if k != dropped]
    opener = "Prie le Secrétaire général de lui présenter un rapport sur"
    return drafter.parse_text(_text("L’Assemblée générale,\n\nRappelant ses résolutions antérieures,",
                                    opener, topics), "fr")


@pytest.mark.parametrize("dropped", [1, 4, 8])
def test_a_dropped_paragraph_among_alike_neighbours_is_reported_at_its_own_address(dropped: int) -> None:
    report = parallel(_english(), _french_without(dropped))
    missing = [(f.rule, f.a, f.b, f.severity.value) for f in report.findings
               if f.rule.startswith("parallel-missing")]
    assert missing == [("parallel-missing-paragraph", f"OP{dropped + 1}", None, "error")]
    assert report.aligned == len(TOPICS)  # the preambular paragraph and the nine operative ones kept


def test_marks_that_every_language_keeps() -> None:
    marks = marks_of("Prend note du rapport du Comité (A/75/5), publié par l’UNRWA « en 2020 » :")
    assert (marks.brackets, marks.quotes, marks.end) == (1, 1, ":")
    assert marks.latin["UNRWA"] == 1
    assert marks_of("决定将题为“问题”的项目列入临时议程；").end == ";"


def test_cognate_stems_meet_across_scripts_and_spellings() -> None:
    english = cognate_stems("the programme of the conference on proliferation")
    assert english & cognate_stems("программа конференции по нераспространению") >= {"prog", "konf"}
    french = cognate_stems("le programme de la conférence sur la prolifération")
    assert english & french >= {"prog", "konf", "prol"}
    assert not cognate_stems("关于不扩散问题的会议方案")

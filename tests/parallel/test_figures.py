"""How sure a difference of dates or figures between two aligned paragraphs is."""

from __future__ import annotations

from drafter.parallel.facts import facts_of_text
from drafter.parallel.figures import date_rule, numbers_differ


def test_a_changed_day_or_year_is_a_different_date() -> None:
    english = facts_of_text("resolutions 58/15 of 3 December 2003 and 59/111 of 6 December 2004", "en")
    day = facts_of_text("résolutions 58/15 du 3 décembre 2003 et 59/111 du 7 décembre 2004", "fr")
    year = facts_of_text("résolutions 58/15 du 3 décembre 2004 et 59/111 du 6 décembre 2004", "fr")
    same = facts_of_text("résolutions 58/15 du 3 décembre 2003 et 59/111 du 6 décembre 2004", "fr")
    assert date_rule(english, day) == date_rule(english, year) == "parallel-date"
    assert date_rule(english, same) is None


def test_a_date_in_less_detail_is_a_warning() -> None:
    english = facts_of_text("on 15 July 2021", "en")
    assert date_rule(english, facts_of_text("le 15 juillet", "fr")) == "parallel-date-detail"
    french = facts_of_text("les Conventions de Genève du 12 août 1949", "fr")
    assert date_rule(facts_of_text("the Geneva Conventions of 1949", "en"), french) == "parallel-date-detail"


def test_a_range_written_in_each_language_agrees() -> None:
    assert date_rule(facts_of_text("from 27 to 31 May and from 25 to 29 November 2019", "en"),
                     facts_of_text("2019年5月27日至31日和11月25日至29日", "zh")) == "parallel-date-detail"
    assert date_rule(facts_of_text("held from 20 to 22 June 2012", "en"),
                     facts_of_text("2012年6月20日至22日举行", "zh")) is None


def test_figures() -> None:
    english = facts_of_text("reduce by 2030 the 300,000 cases in three regions", "en")
    assert not numbers_differ(english, facts_of_text("d’ici à 2030 les 300 000 cas dans 3 régions", "fr"))
    assert numbers_differ(english, facts_of_text("d’ici à 2031 les 300 000 cas dans trois régions", "fr"))
    small = facts_of_text("in 3 regions", "en")
    assert numbers_differ(small, facts_of_text("dans 4 régions", "fr"))
    assert not numbers_differ(facts_of_text("in 2019", "en"), facts_of_text("en mai 2019", "fr"))

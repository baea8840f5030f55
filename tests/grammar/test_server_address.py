"""A LanguageTool address typed with or without its /v2 API path reaches the same server."""

from __future__ import annotations

import pytest

from drafter.core.model import Metadata, Paragraph, ParagraphKind, Resolution, assign_addresses
from drafter.grammar import GrammarChecker, GrammarConfig, items_from_resolution
from drafter.grammar.config import server_root
from support.languagetool_server import CannedRule, FakeBehaviour, FakeLanguageTool

REPEAT = CannedRule("the the", "ENGLISH_WORD_REPEAT_RULE", "Possible typo: you repeated a word.", ["the"])


@pytest.mark.parametrize("typed", ["http://lt.example:8081", "http://lt.example:8081/",
                                   "http://lt.example:8081/v2", "http://lt.example:8081/v2/",
                                   " http://lt.example:8081/V2/ "])
def test_the_api_path_is_dropped_from_the_address(typed: str) -> None:
    assert server_root(typed) == "http://lt.example:8081"
    assert GrammarConfig(source="server", url=typed).url == "http://lt.example:8081"


def test_an_address_with_v2_checks_against_the_server(tmp_path) -> None:
    resolution = Resolution(meta=Metadata(language="en"))
    resolution.paragraphs = [Paragraph(ParagraphKind.OPERATIVE, "Decides that the the report be issued;")]
    assign_addresses(resolution.paragraphs)
    checker = GrammarChecker()
    try:
        with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
            config = GrammarConfig(source="server", url=server.url + "/v2/", timeout_seconds=5,
                                   user_words_path=tmp_path / "words.txt")
            report = checker.check(items_from_resolution(resolution), "en", config)
            checked = server.checked_texts()  # only requests that reached /v2/check
    finally:
        checker.close()
    assert not report.notices or all("could not be used" not in n for n in report.notices)
    assert [d.rule for d in report.diagnostics] == ["lt:ENGLISH_WORD_REPEAT_RULE"]
    assert checked == ["Decides that the the report be issued;"]

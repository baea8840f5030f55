"""Grammar checking through the real language_tool_python client against a loopback fake server.

The fake (tests/support/languagetool_server.py) speaks LanguageTool's /v2/languages and /v2/check
on 127.0.0.1 only; nothing here touches the network.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import drafter
from drafter.checks import CheckOptions
from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Resolution,
)
from drafter.grammar import (
    GrammarChecker,
    GrammarConfig,
    add_to_dictionary,
    check_resolution_grammar,
    ignore_rule,
    items_from_resolution,
)
from drafter.grammar.matches import SPELLING_RULE
from support.builders import resolution_from_texts as resolution
from support.languagetool_server import CannedRule, FakeBehaviour, FakeLanguageTool, misspelling

REPEAT = CannedRule("the the", "ENGLISH_WORD_REPEAT_RULE", "Possible typo: you repeated a word.", ["the"])


@pytest.fixture
def config(tmp_path) -> GrammarConfig:
    """A server config whose user word list lives in the test's folder; no spelling fallback noise."""
    return GrammarConfig(source="server", user_words_path=tmp_path / "words.txt", timeout_seconds=5)


@pytest.fixture
def checker():
    instance = GrammarChecker()
    yield instance
    instance.close()


def run(checker: GrammarChecker, res: Resolution, config: GrammarConfig):
    return checker.check(items_from_resolution(res), res.meta.language, config)


def test_matches_become_grammar_diagnostics_at_paragraph_spans(checker, config):
    res = resolution(
        "Recalling its resolution 70/1,",
        "Decides that the the report 😀 of the the Secretary-General shall be issued;",
    )
    with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
        report = run(checker, res, replace(config, url=server.url))
        sent = server.requests
    text = res.paragraphs[1].text
    found = [(d.paragraph, d.start, d.end) for d in report.diagnostics]
    first = text.index("the the")
    second = text.index("the the", first + 1)  # after an astral character: UTF-16 offsets mapped back
    assert found == [("OP1", first, first + 7), ("OP1", second, second + 7)]
    diagnostic = report.diagnostics[1]
    assert text[diagnostic.start : diagnostic.end] == "the the"
    assert diagnostic.rule == "lt:ENGLISH_WORD_REPEAT_RULE"
    assert diagnostic.source == "grammar"
    assert diagnostic.message == "Possible typo: you repeated a word."
    assert diagnostic.fix is not None and diagnostic.fix.replacement == "the"
    assert (diagnostic.fix.start, diagnostic.fix.end) == (second, second + 7)
    # One request per paragraph, in the document's LanguageTool language (en-GB for UN English).
    assert [r["text"] for r in sent] == [p.text for p in res.paragraphs]
    assert {r["language"] for r in sent} == {"en-GB"}
    assert "UPPERCASE_SENTENCE_START" in sent[0]["disabledRules"].split(",")
    assert report.scope == "grammar+spelling"
    assert len(report.notices) == 1 and server.url in report.notices[0]


def test_document_language_picks_languagetool_code(checker, config):
    res = resolution("Rappelant sa résolution 70/1,", language="fr")
    with FakeLanguageTool() as server:
        run(checker, res, replace(config, url=server.url))
        assert server.requests[0]["language"] == "fr"


def test_footnotes_are_checked_with_their_own_address(checker, config):
    res = resolution("Recalling its resolution,")
    res.footnotes = [Footnote(1, "See the the report A/70/1.")]
    with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
        report = run(checker, res, replace(config, url=server.url))
    assert [(d.paragraph, d.start) for d in report.diagnostics] == [("FN1", 4)]


def test_second_run_over_unchanged_text_sends_nothing(checker, config):
    res = resolution("Recalling the the resolution,", "Decides to act;")
    with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
        cfg = replace(config, url=server.url)
        first = run(checker, res, cfg)
        count = len(server.requests)
        second = run(checker, res, cfg)
        assert len(server.requests) == count == 2
        assert server.language_requests == 1  # the client was built once
        res.paragraphs[1].text = "Decides to act at once;"
        run(checker, res, cfg)
        assert server.checked_texts()[2:] == ["Decides to act at once;"]  # only the changed paragraph
    assert [d.to_json() for d in first.diagnostics] == [d.to_json() for d in second.diagnostics]


def test_public_entry_point_uses_the_cache_across_calls(config):
    res = resolution("Recalling the the resolution,")
    with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
        first = check_resolution_grammar(res, url=server.url, config=config)
        second = check_resolution_grammar(res, url=server.url, config=config)
        assert len(server.requests) == 1
    assert len(first.diagnostics) == len(second.diagnostics) == 1


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        (FakeBehaviour(check_status=500), "the server answered with an error (Internal Server Error)"),
        (FakeBehaviour(malformed_json=True), "not valid LanguageTool JSON"),
        (FakeBehaviour(delay_seconds=3), "no answer within 0.5 s"),
    ],
    ids=["http-500", "malformed-json", "timeout"],
)
def test_misbehaving_server_gives_one_clear_notice(checker, config, behaviour, expected):
    res = resolution("Recalling the the resolution,", "Decides to recieve the reports;")
    with FakeLanguageTool(behaviour) as server:
        report = run(checker, res, replace(config, url=server.url, timeout_seconds=0.5))
        answered_when_done = server.answered_checks
        # The run stopped asking after the first failure: one request, not one per paragraph.
        assert len(server.requests) == 1
    if behaviour.delay_seconds:
        assert answered_when_done == 0  # the report came without waiting for the late answer
    assert len(report.notices) == 1
    notice = report.notices[0]
    assert expected in notice and server.url in notice and "Grammar not checked" in notice
    assert not any(d.rule.startswith("lt:") for d in report.diagnostics)


def test_refused_connection_gives_one_notice_and_is_not_retried_at_once(checker, config):
    with FakeLanguageTool() as server:
        url = server.url  # a port that was just free: nothing listens there any more
    res = resolution("Recalling the resolution,", "Decides to act;")
    report = run(checker, res, replace(config, url=url))
    assert len(report.notices) == 1
    assert "connection was refused" in report.notices[0]
    again = run(checker, res, replace(config, url=url))
    assert again.notices == report.notices


def test_partial_failure_keeps_earlier_answers_and_says_how_much_was_missed(checker, config):
    res = resolution("Recalling the the resolution,", "Decides to act;")
    behaviour = FakeBehaviour(rules=[REPEAT])
    with FakeLanguageTool(behaviour) as server:
        cfg = replace(config, url=server.url)
        run(checker, res, replace(cfg, source="server"))
        res.paragraphs[1].text = "Decides to act now;"
        behaviour.check_status = 500
        report = run(checker, res, cfg)
    assert [d.rule for d in report.diagnostics if d.rule.startswith("lt:")] == ["lt:ENGLISH_WORD_REPEAT_RULE"]
    assert "in 1 of 2 paragraphs" in report.notices[0]


def test_structure_checks_still_run_when_the_server_fails(config):
    res = resolution("Recalling its resolution 70/1;", "Decides to act,", "Requests a report,")
    with FakeLanguageTool(FakeBehaviour(check_status=500)) as server:
        report = check_resolution_grammar(res, url=server.url, config=config)
        structural = drafter.check(res, CheckOptions(families=("structure",)))
    assert len(report.notices) == 1 and "Internal Server Error" in report.notices[0]
    assert {(d.rule, d.paragraph) for d in structural} >= {
        ("preamble-final-comma", "PP1"), ("operative-last-full-stop", "OP2")
    }


def test_resolution_style_rules_are_filtered_even_if_the_server_reports_them(checker, config):
    rules = [
        CannedRule("to strengthen", "UPPERCASE_SENTENCE_START", "Start with a capital."),
        CannedRule("resolution,", "PUNCTUATION_PARAGRAPH_END", "End with a full stop."),
        REPEAT,
    ]
    res = resolution("Recalling its resolution,", "to strengthen the the coordination;")
    with FakeLanguageTool(FakeBehaviour(rules=rules)) as server:
        report = run(checker, res, replace(config, url=server.url))
    assert [d.rule for d in report.diagnostics] == ["lt:ENGLISH_WORD_REPEAT_RULE"]


def test_matches_across_a_footnote_mark_are_dropped(checker, config):
    rule = CannedRule("Convention and", "MISSING_COMMA", "Add a comma.", ["Convention, and"])
    res = resolution(
        "Recalling the Convention and the Protocol,", "Decides that the Convention and its work;"
    )
    mark_at = len("Recalling the Convention")
    res.paragraphs[0].footnote_refs = [FootnoteRef(1, mark_at)]
    with FakeLanguageTool(FakeBehaviour(rules=[rule])) as server:
        report = run(checker, res, replace(config, url=server.url))
    # PP1's match straddles the footnote mark (the engine saw "Convention1 and"-like text): dropped.
    assert [d.paragraph for d in report.diagnostics] == ["OP1"]


def test_un_word_list_silences_spelling_matches(checker, config):
    rules = [
        misspelling("Secretary-General"),
        misspelling("programmes", "programs"),
        misspelling("Zorbl", "Zorb"),
    ]
    res = resolution("Requests the Secretary-General to fund programmes of Zorbl;")
    with FakeLanguageTool(FakeBehaviour(rules=rules)) as server:
        report = run(checker, res, replace(config, url=server.url))
    assert [d.data["word"] for d in report.diagnostics] == ["Zorbl"]


def test_add_to_dictionary_appends_to_the_user_list_and_drops_the_diagnostics(checker, config):
    rule = misspelling("Zorbl")
    res = resolution("Welcoming Zorbl,", "Invites Zorbl and the the others;")
    with FakeLanguageTool(FakeBehaviour(rules=[rule, REPEAT])) as server:
        cfg = replace(config, url=server.url)
        report = run(checker, res, cfg)
        assert sorted(d.data["word"] for d in report.diagnostics) == ["Zorbl", "Zorbl", "the the"]
        remaining = add_to_dictionary("Zorbl", report.diagnostics, config=cfg)
        assert [d.data["word"] for d in remaining] == ["the the"]
        assert cfg.user_words_path.read_text(encoding="utf-8") == "Zorbl\n"
        add_to_dictionary("Zorbl", report.diagnostics, config=cfg)  # no duplicate line
        assert cfg.user_words_path.read_text(encoding="utf-8") == "Zorbl\n"
        # The next run reads the user list: the word is accepted without a new request.
        again = run(checker, res, cfg)
        assert len(server.requests) == 2
    assert [d.data["word"] for d in again.diagnostics] == ["the the"]


def test_ignore_rule_drops_it_now_and_in_later_runs(checker, config):
    res = resolution("Recalling the the resolution,")
    with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
        cfg = replace(config, url=server.url, ignored_rules=set())
        report = run(checker, res, cfg)
        assert ignore_rule("lt:ENGLISH_WORD_REPEAT_RULE", report.diagnostics, config=cfg) == []
        assert run(checker, res, cfg).diagnostics == []


def test_superseded_requests_are_cancelled(checker, config):
    res = resolution("Recalling the resolution,", "Decides to act;")
    with FakeLanguageTool(FakeBehaviour(delay_seconds=0.5)) as server:
        cfg = replace(config, url=server.url)
        items = items_from_resolution(res)
        old = checker.submit(items, "en", cfg)
        new = checker.submit(items, "en", cfg)
        old_report, new_report = old.result(timeout=30), new.result(timeout=30)
    assert old_report.cancelled and not new_report.cancelled
    assert new_report.generation > old_report.generation
    assert len(server.requests) <= 3  # the old request stopped after at most its first paragraph


def test_config_from_settings_keeps_only_languagetool_rules():
    from drafter.settings import Settings

    settings = Settings(
        languagetool_source="server",
        languagetool_url="http://127.0.0.1:8081",
        disabled_rules=["lt:EN_QUOTES", "structure.opener"],
    )
    config = GrammarConfig.from_settings(settings)
    assert (config.source, config.url) == ("server", "http://127.0.0.1:8081")
    assert config.ignored_rules == {"lt:EN_QUOTES"}
    assert GrammarConfig().source == "none"


def test_server_url_must_be_http(checker, config):
    res = resolution("Recalling the resolution,")
    report = run(checker, res, replace(config, url="ftp://example.invalid"))
    assert len(report.notices) == 1 and "not an http:// or https:// address" in report.notices[0]
    assert report.scope in ("spelling", "none")  # offline spelling when a dictionary exists
    assert all(d.rule == SPELLING_RULE for d in report.diagnostics)


def test_the_real_client_is_used_with_drafter_timeouts(checker, config):
    import language_tool_python

    res = resolution("Recalling the resolution,")
    with FakeLanguageTool() as server:
        cfg = replace(config, url=server.url, timeout_seconds=4, connect_timeout_seconds=1)
        run(checker, res, cfg)
        engine = next(iter(checker._engines.values()))
    assert isinstance(engine._tool, language_tool_python.LanguageTool)
    assert engine._tool._TIMEOUT == (1, 4)


def test_notices_follow_the_interface_language(checker, config):
    res = resolution("Recalling the resolution,")
    with FakeLanguageTool(FakeBehaviour(check_status=500)) as server:
        report = checker.check(
            items_from_resolution(res), "en", replace(config, url=server.url), ui_language="fr"
        )
    assert report.notices[0].startswith("LanguageTool (") and "Grammaire non vérifiée" in report.notices[0]


def test_two_checkers_in_one_process_keep_their_offsets(config):
    """The editor's checker and a batch run may work at once; astral offsets stay right."""
    texts = [f"Item {'😀' * n} with the the words;" for n in range(1, 6)]
    res_a = resolution(*texts)
    res_b = resolution(*(t.replace("Item", "Point") for t in texts))
    first, second = GrammarChecker(), GrammarChecker()
    try:
        with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
            cfg = replace(config, url=server.url)
            futures = [
                first.submit(items_from_resolution(res_a), "en", cfg, supersede=False),
                second.submit(items_from_resolution(res_b), "en", cfg, supersede=False),
            ]
            reports = [f.result(timeout=60) for f in futures]
    finally:
        first.close()
        second.close()
    for report, res in zip(reports, (res_a, res_b), strict=True):
        spans = {d.paragraph: res.find(d.paragraph).text[d.start : d.end] for d in report.diagnostics}
        assert len(spans) == len(texts) and set(spans.values()) == {"the the"}


def test_grammar_data_files_give_a_reason_and_sources():
    from drafter.resources import load_json

    disabled = load_json("grammar/disabled_rules.json")
    assert disabled["source"]
    for entry in disabled["rules"]:
        assert entry["rule"].isupper() and entry["languages"] and len(entry["reason"]) > 20
    words = load_json("grammar/un_words.json")
    assert words["sources"] and "Secretary-General" in words["common"]
    for entries in [words["common"], *words["languages"].values()]:
        assert all(e == e.strip() and e for e in entries)


def test_document_switches_suppress_grammar_diagnostics(config):
    res = resolution("Recalling the the resolution,", "Decides that the the work;", "Notes the the report;")
    res.meta.disabled_rules = []
    with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
        assert len(check_resolution_grammar(res, url=server.url, config=config).diagnostics) == 3
        res.ignored = ["lt:ENGLISH_WORD_REPEAT_RULE|OP1|the the"]  # one occurrence ignored
        report = check_resolution_grammar(res, url=server.url, config=config)
        assert [d.paragraph for d in report.diagnostics] == ["PP1", "OP2"]
        res.meta.disabled_rules = ["lt:ENGLISH_WORD_REPEAT_RULE"]  # off for this document
        assert check_resolution_grammar(res, url=server.url, config=config).diagnostics == []


def test_a_server_url_on_the_public_service_gets_the_public_warning():
    from drafter.grammar.checker import sends_to_public_service

    assert sends_to_public_service(GrammarConfig(source="public"))
    assert sends_to_public_service(GrammarConfig(source="server", url="https://api.languagetool.org/"))
    assert not sends_to_public_service(GrammarConfig(source="server", url="http://127.0.0.1:8081"))
    assert not sends_to_public_service(GrammarConfig())


def test_forget_failures_lets_a_restarted_server_be_used_at_once(checker, config):
    res = resolution("Recalling the the resolution,")
    with FakeLanguageTool() as probe:
        port = int(probe.url.rsplit(":", 1)[1])
    url = f"http://127.0.0.1:{port}"
    assert "refused" in run(checker, res, replace(config, url=url)).notices[0]
    with FakeLanguageTool(FakeBehaviour(rules=[REPEAT]), port=port) as server:
        assert "refused" in run(checker, res, replace(config, url=url)).notices[0]  # backing off
        assert server.requests == []
        checker.forget_failures()
        report = run(checker, res, replace(config, url=url))
    assert report.scope == "grammar+spelling" and len(report.diagnostics) == 1


def test_oxford_ize_spellings_are_not_mistakes_in_un_english(checker, config):
    rules = [
        misspelling("organize", "organise"),
        misspelling("urbanization", "urbanisation"),
        misspelling("organzie", "organize"),
    ]
    res = resolution("Decides to organize a meeting on urbanization and to organzie another;")
    with FakeLanguageTool(FakeBehaviour(rules=rules)) as server:
        report = run(checker, res, replace(config, url=server.url))
    assert [d.data["word"] for d in report.diagnostics] == ["organzie"]


def test_a_loopback_server_is_reached_directly_even_with_a_proxy_set(checker, config, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    res = resolution("Recalling the the resolution,")
    with FakeLanguageTool(FakeBehaviour(rules=[REPEAT])) as server:
        report = run(checker, res, replace(config, url=server.url))
    assert report.scope == "grammar+spelling" and len(report.diagnostics) == 1

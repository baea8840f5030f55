"""The editor's grammar bridge: a slow LanguageTool never blocks typing.

The fake server (tests/support/languagetool_server.py, loopback only) answers after 2 seconds;
meanwhile keys typed into the editor are processed and a QTimer keeps ticking, and
the grammar diagnostics arrive afterwards on the GUI thread.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from drafter.core.model import Paragraph, ParagraphKind, Resolution, assign_addresses
from drafter.grammar import GrammarConfig
from drafter.gui.grammar_bridge import GrammarBridge
from support.languagetool_server import CannedRule, FakeBehaviour, FakeLanguageTool, misspelling

REPEAT = CannedRule("the the", "ENGLISH_WORD_REPEAT_RULE", "Possible typo: you repeated a word.", ["the"])


def resolution(*texts: str) -> Resolution:
    paragraphs = [Paragraph(ParagraphKind.OPERATIVE, text) for text in texts]
    assign_addresses(paragraphs)
    return Resolution(paragraphs=paragraphs, formula="The General Assembly,")


def make_editor(qtbot, res: Resolution):
    """The real editor when engineer G's module is importable, a plain text edit otherwise."""
    try:
        from drafter.gui.editor import ResolutionEditor

        editor = ResolutionEditor()
        editor.load(res)
    except Exception:  # the editor is being built in parallel; the bridge must not depend on it
        from PySide6.QtWidgets import QPlainTextEdit

        editor = QPlainTextEdit()
        editor.setPlainText("\n".join(p.text for p in res.paragraphs))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    return editor


@pytest.fixture
def bridge(qtbot, tmp_path):
    made: list[GrammarBridge] = []

    def build(url: str) -> GrammarBridge:
        config = GrammarConfig(
            source="server", url=url, timeout_seconds=10, user_words_path=tmp_path / "words.txt"
        )
        instance = GrammarBridge(config=config)
        made.append(instance)
        return instance

    yield build
    for instance in made:
        instance.shutdown()


def test_typing_stays_responsive_while_languagetool_answers_late(qtbot, bridge):
    res = resolution("Decides that the the report shall be issued;")
    with FakeLanguageTool(FakeBehaviour(delay_seconds=2, rules=[REPEAT])) as server:
        grammar = bridge(server.url)
        editor = make_editor(qtbot, res)
        answered_at_tick: list[int] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: answered_at_tick.append(server.answered_checks))
        timer.start()
        gui_thread = threading.current_thread()
        delivered_on: list[threading.Thread] = []
        grammar.diagnostics_ready.connect(lambda _: delivered_on.append(threading.current_thread()))

        with qtbot.waitSignal(grammar.diagnostics_ready, timeout=20000) as arrived:
            grammar.request(res)
            qtbot.keyClicks(editor, " Welcomes the report")
            # Every key was processed while the server was still holding its answer.
            assert "Welcomes the report" in editor.toPlainText()
            assert server.answered_checks == 0 and grammar.busy
            qtbot.waitUntil(lambda: len(answered_at_tick) >= 5, timeout=5000)
            assert server.answered_checks == 0  # the event loop ran (timer ticks) during the wait
        timer.stop()

    assert answered_at_tick.count(0) >= 5
    diagnostics = arrived.args[0]
    text = res.paragraphs[0].text
    assert [(d.paragraph, d.start, d.end, d.rule) for d in diagnostics] == [
        ("OP1", text.index("the the"), text.index("the the") + 7, "lt:ENGLISH_WORD_REPEAT_RULE")
    ]
    assert delivered_on == [gui_thread]  # results are delivered on the GUI thread
    assert not grammar.busy


def test_only_the_latest_request_is_delivered_and_notices_are_said_once(qtbot, bridge):
    first = resolution("Decides that the the report shall be issued;")
    second = resolution("Decides that the report shall be issued by the the Secretariat;")
    with FakeLanguageTool(FakeBehaviour(delay_seconds=0.3, rules=[REPEAT])) as server:
        grammar = bridge(server.url)
        deliveries: list[list] = []
        notices: list[str] = []
        grammar.diagnostics_ready.connect(deliveries.append)
        grammar.notice.connect(notices.append)
        with qtbot.waitSignal(grammar.diagnostics_ready, timeout=20000):
            grammar.request(first)
            grammar.request(second)  # supersedes the first: its answer is dropped
        qtbot.wait(100)
        assert len(deliveries) == 1
        assert deliveries[0][0].start == second.paragraphs[0].text.index("the the")
        with qtbot.waitSignal(grammar.diagnostics_ready, timeout=20000):
            grammar.request(second)  # cached: no new request, same notice not repeated
    assert len(notices) == 1 and server.url in notices[0]


def test_dead_server_gives_one_notice_and_the_bridge_keeps_working(qtbot, bridge):
    with FakeLanguageTool() as server:
        url = server.url  # nothing listens there any more
    grammar = bridge(url)
    notices: list[str] = []
    grammar.notice.connect(notices.append)
    with qtbot.waitSignal(grammar.diagnostics_ready, timeout=20000):
        grammar.request(resolution("Decides to act;"))
    with qtbot.waitSignal(grammar.diagnostics_ready, timeout=20000):
        grammar.request(resolution("Decides to act now;"))
    assert len(notices) == 1 and "connection was refused" in notices[0]


def test_add_to_dictionary_and_ignore_rule_update_the_shown_diagnostics(qtbot, bridge, tmp_path):
    spelling = misspelling("Zorbl")
    res = resolution("Invites Zorbl and the the others;")
    with FakeLanguageTool(FakeBehaviour(rules=[spelling, REPEAT])) as server:
        grammar = bridge(server.url)
        with qtbot.waitSignal(grammar.diagnostics_ready, timeout=20000) as first:
            grammar.request(res)
    assert sorted(d.data["word"] for d in first.args[0]) == ["Zorbl", "the the"]
    with qtbot.waitSignal(grammar.diagnostics_ready, timeout=1000) as after_add:
        grammar.add_to_dictionary("Zorbl")
    assert [d.data["word"] for d in after_add.args[0]] == ["the the"]
    assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "Zorbl\n"
    with qtbot.waitSignal(grammar.diagnostics_ready, timeout=1000) as after_ignore:
        grammar.ignore_rule("lt:ENGLISH_WORD_REPEAT_RULE")
    assert after_ignore.args[0] == []
    assert "lt:ENGLISH_WORD_REPEAT_RULE" in grammar.config.ignored_rules


def test_add_to_dictionary_failure_is_a_notice_not_a_crash(qtbot, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the list's folder should be", encoding="utf-8")
    grammar = GrammarBridge(config=GrammarConfig(user_words_path=blocked / "words.txt"))
    try:
        with qtbot.waitSignal(grammar.notice, timeout=1000) as said:
            grammar.add_to_dictionary("Zorbl")
    finally:
        grammar.shutdown()
    assert said.args[0].startswith(f"{blocked / 'words.txt'}: word list cannot be")


def test_a_slow_server_shows_the_first_findings_before_the_run_ends(qtbot, tmp_path):
    res = resolution(*(f"Decides that the the point {n} stands;" for n in range(1, 5)))
    with FakeLanguageTool(FakeBehaviour(delay_seconds=0.2, rules=[REPEAT])) as server:
        config = GrammarConfig(
            source="server", url=server.url, progress_seconds=0, user_words_path=tmp_path / "words.txt"
        )
        grammar = GrammarBridge(config=config)
        counts: list[int] = []
        grammar.diagnostics_ready.connect(lambda found: counts.append(len(found)))
        try:
            with qtbot.waitSignal(grammar.busy_changed, timeout=20000, check_params_cb=lambda b: not b):
                grammar.request(res)
        finally:
            grammar.shutdown()
    assert counts[-1] == 4
    assert counts[0] < 4 and counts == sorted(counts)  # partial lists first, each a superset

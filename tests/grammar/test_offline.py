"""Privacy and offline behaviour: nothing reaches the internet unless the user chose so.

Outgoing sockets are blocked (anything but 127.0.0.1) for the default configuration,
the CLI's grammar path, the public service and a missing local installation. A
local LanguageTool is simulated by a fake ``java`` that starts the loopback fake
server, so the start-up path is tested without Java or a download.
"""

from __future__ import annotations

import socket
import stat
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from drafter.grammar import (
    GrammarChecker,
    GrammarConfig,
    add_to_dictionary,
    check_resolution_grammar,
    items_from_resolution,
)
from drafter.grammar.spelling import choose_dictionary
from support.builders import resolution_from_texts as resolution
from support.corpus import REPO

FAKE_SERVER = REPO / "tests" / "support" / "languagetool_server.py"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@pytest.fixture
def no_internet(monkeypatch):
    """Block every outgoing connection and name lookup except loopback; record the attempts."""
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in LOOPBACK:
            attempts.append(f"connect {host}")
            raise OSError(f"test blocks outgoing connections ({host})")
        return real_connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if host not in LOOPBACK and host is not None:
            attempts.append(f"lookup {host}")
            raise socket.gaierror(f"test blocks name lookups ({host})")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return attempts


@pytest.fixture
def no_download(monkeypatch):
    """language_tool_python's download must never be reached."""
    import language_tool_python.download_lt as download_lt

    def refuse(*args, **kwargs):
        raise AssertionError("language_tool_python tried to download LanguageTool")

    monkeypatch.setattr(download_lt, "download_zip", refuse)
    monkeypatch.setattr(download_lt, "http_get", refuse)


@pytest.fixture
def config(tmp_path) -> GrammarConfig:
    return GrammarConfig(user_words_path=tmp_path / "words.txt")


@pytest.fixture
def checker():
    instance = GrammarChecker()
    yield instance
    instance.close()


def needs_dictionary(language: str) -> None:
    if choose_dictionary(language) is None:
        pytest.skip(f"no Hunspell dictionary for {language} on this machine")


def test_default_config_never_reaches_the_network(no_internet, no_download, config):
    res = resolution("Recalling its resolution 70/1,", "Decides to recieve the reports;")
    report = check_resolution_grammar(res, config=config)
    assert no_internet == []
    assert len(report.notices) == 1
    assert "Grammar not checked" in report.notices[0] and "nothing leaves this computer" in report.notices[0]
    assert all(d.rule == "spelling" for d in report.diagnostics)
    assert check_resolution_grammar(res).notices[0].startswith("Grammar not checked")
    assert no_internet == []


def test_cli_grammar_path_never_reaches_the_network(no_internet, no_download, tmp_path, capsys, monkeypatch):
    from drafter.commands.check import _Grammar

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # the user's word list, if any, is the test's
    res = resolution("Recalling its resolution 70/1,", "Decides to recieve the reports;")
    grammar = _Grammar(None)  # what `drafter check --grammar FILE` builds
    first = grammar.diagnostics(res)
    second = grammar.diagnostics(res)
    assert no_internet == []
    assert [d.to_json() for d in first] == [d.to_json() for d in second]
    notices = capsys.readouterr().err.strip().splitlines()
    assert len(notices) == 1 and "Grammar not checked" in notices[0]  # said once, plainly


def test_full_cli_with_grammar_never_reaches_the_network(
    no_internet, no_download, tmp_path, capsys, monkeypatch
):
    pytest.importorskip("drafter.formats.text.reader")
    from drafter.cli import main

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    source = tmp_path / "draft.txt"
    source.write_text(
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to recieve the reports.\n",
        encoding="utf-8",
    )
    status = main(["check", "--grammar", str(source)])
    captured = capsys.readouterr()
    assert status in (0, 1)
    assert no_internet == []
    assert captured.err.count("Grammar not checked") == 1


def test_public_service_only_when_chosen_and_with_a_warning(no_internet, no_download, checker, config):
    res = resolution("Recalling its resolution,")
    checker.check(items_from_resolution(res), "en", config)
    assert no_internet == []  # source "none": not even a lookup
    report = checker.check(items_from_resolution(res), "en", replace(config, source="public"))
    assert no_internet and all("languagetool.org" in a for a in no_internet)  # blocked by the test
    assert len(report.notices) == 1 and "languagetool.org" in report.notices[0]


def test_public_success_notice_warns_that_text_left_the_computer():
    from drafter.grammar.data import message

    text = message("scope_public", "en", language="en-GB")
    assert "left this computer" in text and "languagetool.org" in text


def test_missing_local_languagetool_is_reported_not_downloaded(
    no_internet, no_download, checker, config, tmp_path, monkeypatch
):
    missing = tmp_path / "nowhere"
    monkeypatch.setenv("LTP_PATH", str(missing))
    res = resolution("Recalling its resolution,")
    report = checker.check(items_from_resolution(res), "en", replace(config, source="local"))
    assert no_internet == []
    assert not missing.exists()  # not even the cache folder is created
    assert len(report.notices) == 1
    assert "no LanguageTool installation was found" in report.notices[0]
    assert "never downloads" in report.notices[0]
    empty = tmp_path / "empty"
    empty.mkdir()
    report = checker.check(
        items_from_resolution(res), "en", replace(config, source="local", local_folder=str(empty))
    )
    assert str(empty) in report.notices[0] and no_internet == []


def _fake_java(folder: Path, version: str) -> Path:
    """A `java` that reports ``version`` and runs the loopback fake server as the LT server."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "java"
    script.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "-version" ]; then echo \'openjdk version "{version}" 2025-04-15\' >&2; exit 0; fi\n'
        f'exec "{sys.executable}" "{FAKE_SERVER}" "$@"\n',
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.skipif(sys.platform.startswith("win"), reason="uses a shell script as java")
def test_local_languagetool_is_started_on_loopback_and_used(
    no_internet, no_download, checker, config, tmp_path, monkeypatch
):
    install = tmp_path / "LanguageTool-6.8"
    install.mkdir()
    (install / "languagetool-server.jar").write_bytes(b"PK")  # found, never opened by the fake java
    _fake_java(tmp_path / "bin", "17.0.15")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    res = resolution("Recalling the the resolution,")
    local = replace(config, source="local", local_folder=str(tmp_path), local_start_seconds=30)
    report = checker.check(items_from_resolution(res), "en", local)
    assert no_internet == []
    assert [d.rule for d in report.diagnostics] == ["lt:ENGLISH_WORD_REPEAT_RULE"]
    assert "local installation" in report.notices[0]
    server = next(iter(checker._local_servers.values()))
    assert server.url.startswith("http://127.0.0.1:")
    checker.close()
    assert server.process.wait(timeout=10) is not None  # closing the checker stops the server


@pytest.mark.skipif(sys.platform.startswith("win"), reason="uses a shell script as java")
def test_local_languagetool_needs_java_17(no_internet, checker, config, tmp_path, monkeypatch):
    (tmp_path / "languagetool-server.jar").write_bytes(b"PK")
    _fake_java(tmp_path / "bin", "11.0.2")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    res = resolution("Recalling its resolution,")
    report = checker.check(
        items_from_resolution(res), "en", replace(config, source="local", local_folder=str(tmp_path))
    )
    assert "Java 17 or later is needed" in report.notices[0] and "found Java 11" in report.notices[0]


# --- offline spelling (Hunspell through pyenchant) ------------------------------------


def test_offline_spelling_flags_misspellings_with_a_fix(checker, config):
    needs_dictionary("en")
    res = resolution(
        "Recalling the programmes of the Secretary-General and the Economic and Social Council,",
        "Decides to recieve the reports of UNESCO, see A/RES/70/1 and www.un.org/depts;",
    )
    report = checker.check(items_from_resolution(res), "en", config)
    assert [(d.paragraph, d.data["word"]) for d in report.diagnostics] == [("OP1", "recieve")]
    diagnostic = report.diagnostics[0]
    text = res.paragraphs[1].text
    assert text[diagnostic.start : diagnostic.end] == "recieve"
    assert diagnostic.fix is not None and diagnostic.fix.replacement == "receive"
    assert diagnostic.source == "grammar" and diagnostic.rule == "spelling"
    assert report.scope == "spelling"
    assert len(report.notices) == 1 and "Spelling only" in report.notices[0]


def test_offline_spelling_uses_the_user_word_list(checker, config):
    needs_dictionary("en")
    res = resolution("Welcoming the Zorblax initiative,")
    report = checker.check(items_from_resolution(res), "en", config)
    assert [d.data["word"] for d in report.diagnostics] == ["Zorblax"]
    assert add_to_dictionary("Zorblax", report.diagnostics, config=config) == []
    assert checker.check(items_from_resolution(res), "en", config).diagnostics == []


def test_offline_spelling_in_french(checker, config):
    needs_dictionary("fr")
    res = resolution("Rappelant sa résolution et l’importance des rapportts,", language="fr")
    report = checker.check(items_from_resolution(res), "fr", config)
    assert [d.data["word"] for d in report.diagnostics] == ["rapportts"]


def test_no_dictionary_says_nothing_is_checked(checker, config):
    res = resolution("回顾其第70/1号决议，", language="zh")
    report = checker.check(items_from_resolution(res), "zh", config)
    assert report.diagnostics == [] and report.scope == "none"
    assert len(report.notices) == 1 and "Grammar and spelling not checked" in report.notices[0]


def test_british_spellings_accepted_when_only_en_us_is_installed(checker, config):
    needs_dictionary("en")
    res = resolution(
        "Welcoming the programmes of the centre on labour, and the neighbouring offences endeavour,"
    )
    assert checker.check(items_from_resolution(res), "en", config).diagnostics == []


def test_unreadable_user_word_list_is_reported_in_one_line_and_the_check_goes_on(checker, config):
    config.user_words_path.write_bytes(b"Zorblax\n\xff\xfe broken\n")
    res = resolution("Decides to recieve the reports;")
    report = checker.check(items_from_resolution(res), "en", config)
    assert len(report.notices) == 2
    problem = report.notices[1]
    assert str(config.user_words_path) in problem and "not UTF-8" in problem and "\n" not in problem
    if choose_dictionary("en") is not None:
        assert [d.data["word"] for d in report.diagnostics] == ["recieve"]

"""The README's two commands are the contract with a fresh machine; CI must run the second."""

from __future__ import annotations

import re

from support.corpus import REPO


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_readme_opens_with_two_commands() -> None:
    commands = _readme_commands()
    assert len(commands) >= 2
    setup_and_launch, setup_and_test = commands[:2]
    assert ".venv" in setup_and_launch and "drafter " in setup_and_launch
    assert "pytest" in setup_and_test
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme.index(setup_and_launch) < 200  # the very first thing a reader sees


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci


def test_readme_example_file_exists() -> None:
    launch = _readme_commands()[0]
    example = launch.split()[-1]
    assert (REPO / example).is_file()


def test_bundled_example_checks_clean() -> None:
    from drafter.cli import main

    example = REPO / _readme_commands()[0].split()[-1]
    assert main(["check", str(example)]) == 0

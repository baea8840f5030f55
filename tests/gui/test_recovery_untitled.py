"""Recovered untitled work is offered once: after Save As or Discard, no later start offers it again.

The in-process tests drive two windows as two starts; the subprocess test runs the
real editor three times: typed and killed with SIGKILL, restarted and recovered
(then Save As, or discarded at close), restarted again and asked nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core import model_json
from drafter.storage.recovery import RecoveryStore
from support.app_process import crash_after_autosave, dumped_start, editor_process
from support.editor import type_after
from support.files import make_editor


def _crash_untitled(qtbot, tmp_path: Path, typed: str) -> None:
    """An untitled draft typed into and autosaved, whose process then 'dies'."""
    first = make_editor(qtbot, tmp_path)
    type_after(first.window, "Welcomes", typed)
    assert first.files.autosave() is not None
    first.files.autosave_timer.stop()
    first.window.removeEventFilter(first.files)  # no clean close: the autosave stays


def test_recovered_untitled_work_saved_as_is_not_offered_again(qtbot, tmp_path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    _crash_untitled(qtbot, tmp_path, " kept once")
    second = make_editor(qtbot, tmp_path, {"recovery": ["recover"], "save": [str(tmp_path / "kept.docx")]})
    assert second.files.offer_recovery()
    assert second.window.resolution().paragraphs[2].text.endswith(" kept once")
    assert len(store.pending()) == 1  # the recovered work is still kept, under this session's key
    assert second.files.save_as()
    assert store.pending() == []
    third = make_editor(qtbot, tmp_path, {"recovery": ["recover"]})
    assert not third.files.offer_recovery() and third.dialogs.asked == []


def test_recovered_untitled_work_discarded_at_close_is_not_offered_again(qtbot, tmp_path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    _crash_untitled(qtbot, tmp_path, " thrown away")
    second = make_editor(qtbot, tmp_path, {"recovery": ["recover"], "unsaved": ["discard"]})
    assert second.files.offer_recovery()
    assert second.window.close()
    assert store.pending() == []


@pytest.mark.slow
@pytest.mark.parametrize("ending", ["save_as", "discard"])
def test_real_editor_recovers_untitled_work_once(tmp_path, ending: str) -> None:
    typed = " (untitled, recovered once)"
    recovery = crash_after_autosave(tmp_path, None, typed)

    saved = tmp_path / "recovered.docx"
    answers = "recovery=recover;" + (f"save={saved}" if ending == "save_as" else "unsaved=discard")
    again = editor_process(tmp_path, None, DRAFTER_TEST_ANSWERS=answers,
                            DRAFTER_TEST_FINISH=ending)
    _out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert saved.exists() == (ending == "save_as")
    assert list(recovery.glob("*.json")) == []

    payload = dumped_start(tmp_path, None, "third.json", DRAFTER_TEST_ANSWERS="recovery=recover")
    assert typed not in model_json.dumps(model_json.from_dict(payload["resolution"]))  # a fresh draft
    assert not payload["modified"]

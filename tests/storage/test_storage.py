"""Never losing work: atomic saves, autosave recovery, locks and disk-change detection."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from drafter.core import model_json
from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    Span,
    assign_addresses,
)
from drafter.storage.atomic import atomic_write, atomic_write_bytes
from drafter.storage.disk_state import DiskState, changed_on_disk
from drafter.storage.lock import DocumentLock, FileLockedError, lock_path
from drafter.storage.recovery import RecoveryStore


def _sample() -> Resolution:
    paragraphs = [
        Paragraph(ParagraphKind.PREAMBULAR, "Recalling 78/69,", footnote_refs=[FootnoteRef(1, 9)]),
        Paragraph(ParagraphKind.OPERATIVE, "Encourages States:", italic_spans=[Span(0, 10)]),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "To act;", level=1, source_label="(a)"),
        Paragraph(ParagraphKind.OPERATIVE, "Decides to remain seized of the matter."),
    ]
    assign_addresses(paragraphs)
    return Resolution(
        meta=Metadata(organ=Organ.SC, language="fr", symbol="S/RES/1 (2026)", disabled_rules=["x"]),
        formula="The Security Council,",
        paragraphs=paragraphs,
        footnotes=[Footnote(1, "A/78/1.")],
        ignored=["rule|OP1|word"],
    )


def test_model_json_round_trip_is_exact() -> None:
    original = _sample()
    again = model_json.loads(model_json.dumps(original))
    assert again == original
    assert again.paragraphs[2].address == "OP1(a)"


@pytest.mark.parametrize("text", ["[]", "{}", "not json", '{"format": "drafter-resolution", "version": 99}'])
def test_model_json_refuses_foreign_data(text: str) -> None:
    with pytest.raises(ValueError):
        model_json.loads(text)


def test_interrupted_save_leaves_previous_file_intact(tmp_path) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"previous version")

    def crash_halfway(temporary) -> None:
        temporary.write_bytes(b"half of the new ver")
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, crash_halfway)
    assert target.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.docx"]  # no temporary left behind


def test_atomic_write_replaces_and_keeps_permissions(tmp_path) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_recovery_offers_autosave_of_a_dead_process(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    key = store.key_for("/tmp/draft.docx", "s1")
    path = store.save(key, _sample(), "/tmp/draft.docx")
    # Pretend the autosave was written by a process that has died.
    child = [sys.executable, "-c", "import os; print(os.getpid())"]
    dead_pid = subprocess.run(child, capture_output=True, text=True).stdout.strip()
    payload = path.read_text(encoding="utf-8").replace(f'"pid": {os.getpid()}', f'"pid": {dead_pid}')
    path.write_text(payload, encoding="utf-8")
    pending = store.pending()
    assert [p.original for p in pending] == ["/tmp/draft.docx"]
    assert pending[0].resolution == _sample()
    store.discard(key)
    assert store.pending() == []


def test_recovery_ignores_damaged_files(tmp_path) -> None:
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert RecoveryStore(tmp_path).pending() == []


def test_lock_stops_a_second_editor_and_stale_locks_are_taken_over(tmp_path) -> None:
    document = tmp_path / "draft.docx"
    document.write_bytes(b"x")
    first = DocumentLock(document)
    first.acquire()
    # Another live process holds it: simulate by writing our parent's pid.
    lock_path(document).write_text(
        f'{{"host": "{os.uname().nodename}", "pid": {os.getppid()}, "user": ""}}', encoding="utf-8"
    )
    with pytest.raises(FileLockedError):
        DocumentLock(document).acquire()
    # A lock left by a dead process is stale.
    lock_path(document).write_text(f'{{"host": "{os.uname().nodename}", "pid": 999999999}}', encoding="utf-8")
    second = DocumentLock(document)
    second.acquire()
    assert second.held
    second.release()
    assert not lock_path(document).exists()


def test_change_on_disk_is_noticed_by_content(tmp_path) -> None:
    document = tmp_path / "draft.txt"
    document.write_text("one", encoding="utf-8")
    known = DiskState.of(document)
    assert not changed_on_disk(document, known)
    os.utime(document, ns=(1, 1))  # touched, same content
    assert not changed_on_disk(document, known)
    document.write_text("two", encoding="utf-8")
    assert changed_on_disk(document, known)
    document.unlink()
    assert changed_on_disk(document, known)


def test_a_parallel_version_keeps_the_document_it_stood_beside(tmp_path) -> None:
    from drafter.storage.recovery import Partner

    store = RecoveryStore(tmp_path)
    resolution = _sample()
    store.save("main", resolution, "/docs/draft.docx")
    store.save("other", resolution, "/docs/draft_fr.txt", Partner("/docs/draft.docx", "main"))
    found = {item.path.stem: item for item in store.pending()}
    assert found["main"].partner is None
    assert found["other"].partner == Partner("/docs/draft.docx", "main")
    damaged = json.loads((tmp_path / "other.json").read_text(encoding="utf-8"))
    damaged["parallel_of"] = ["not", "a", "mapping"]
    (tmp_path / "other.json").write_text(json.dumps(damaged), encoding="utf-8")
    again = next(item for item in store.pending() if item.path.stem == "other")
    assert again.partner is None and again.original == "/docs/draft_fr.txt"  # offered on its own, not lost

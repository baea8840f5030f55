"""Hostile or wrong XML gives one clear line naming the file (exit status 2 in the CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drafter
from drafter.cli import main
from drafter.errors import UnreadableFileError
from support.corpus import CORPUS

AKN = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + f"]>\n<akomaNtoso {AKN}><statement name=\"resolution\"><mainBody><p>&lol9;</p></mainBody>"
    "</statement></akomaNtoso>"
)
CASES = {
    "not_akn.xml": ("<html><body><p>Recalling</p></body></html>", "not an Akoma Ntoso 3.0 document"),
    "other_namespace.xml": ('<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>',
                            "not an Akoma Ntoso 3.0 document"),
    "act.xml": (f'<akomaNtoso {AKN}><act name="act"><meta/></act></akomaNtoso>', "an Akoma Ntoso act"),
    "bill.xml": (f'<akomaNtoso {AKN}><bill name="bill"><meta/></bill></akomaNtoso>', "an Akoma Ntoso bill"),
    "laughs.xml": (LAUGHS, "entity expansion"),
    "external.xml": ('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                     f"<akomaNtoso {AKN}><statement><p>&x;</p></statement></akomaNtoso>", "entity expansion"),
    "truncated.xml": (f'<akomaNtoso {AKN}><statement name="resolution"><preamble>', "not well-formed XML"),
    "deep.xml": (f"<akomaNtoso {AKN}>" + "<a>" * 5000 + "</a>" * 5000 + "</akomaNtoso>",
                 "not well-formed XML"),
    "empty.xml": ("", "empty"),
}


def _cases() -> list[object]:
    return [pytest.param(name, content, reason, id=name) for name, (content, reason) in CASES.items()]


@pytest.mark.parametrize(("name", "content", "reason"), _cases())
def test_bad_xml_is_one_clear_line(tmp_path: Path, name: str, content: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableFileError) as caught:
        drafter.read(path)
    message = str(caught.value)
    assert reason in message and str(path) in message and "\n" not in message


def test_broken_encoding_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.xml"
    text = (f'<?xml version="1.0" encoding="UTF-8"?><akomaNtoso {AKN}><statement>'
            "<p>Réaffirmant</p></statement></akomaNtoso>")
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(UnreadableFileError, match="encoding"):
        drafter.read(path)


def test_utf16_entity_declaration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "utf16.xml"
    path.write_bytes(LAUGHS.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"))
    with pytest.raises(UnreadableFileError, match="entity expansion"):
        drafter.read(path)


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.xml"
    with path.open("wb") as handle:
        handle.write(f"<akomaNtoso {AKN}>".encode())
        handle.truncate(21 * 1024 * 1024)  # sparse: nothing is really written
    with pytest.raises(UnreadableFileError, match="too large"):
        drafter.read(path)


@pytest.mark.parametrize("command", ["check", "export"])
def test_cli_exit_status_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "bill.xml"
    path.write_text(CASES["bill.xml"][0], encoding="utf-8")
    argv = [command, str(path)] + (["-o", str(tmp_path / "out.xml")] if command == "export" else [])
    assert main(argv) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1 and "bill.xml" in error and "an Akoma Ntoso bill" in error
    assert not (tmp_path / "out.xml").exists()


def test_private_use_characters_and_odd_markers_read_as_text(tmp_path: Path) -> None:
    """Characters the reader uses internally, and note markers that are not numbers."""
    path = tmp_path / "odd.xml"
    path.write_text(
        f'<akomaNtoso {AKN}><statement name="resolution"><preamble>'
        '<formula name="enactingFormula"><p>The General Assembly,</p></formula>'
        '<container name="Recalling"><p>Recalling \ue000x\ue001 its work<authorialNote marker="¹">'
        '<p>A note.</p></authorialNote>,</p></container></preamble>'
        '<mainBody><paragraph><num>1.</num><content><p>Decides to act.</p></content></paragraph>'
        "</mainBody></statement></akomaNtoso>",
        encoding="utf-8",
    )
    resolution = drafter.read(path)
    assert resolution.paragraphs[0].text == "Recalling x its work,"
    assert [(n.number, n.text) for n in resolution.footnotes] == [(1, "A note.")]


SAMPLE = CORPUS / "source_xml" / "ECOSOC_2023_1_en.xml"


@st.composite
def _damaged(draw: st.DrawFn) -> bytes:
    data = SAMPLE.read_bytes()
    kind = draw(st.sampled_from(["truncate", "flip", "insert", "cut"]))
    if kind == "truncate":
        return data[: draw(st.integers(0, len(data) - 1))]
    if kind == "flip":
        mutable = bytearray(data)
        for _ in range(draw(st.integers(1, 12))):
            mutable[draw(st.integers(0, len(data) - 1))] ^= draw(st.integers(1, 255))
        return bytes(mutable)
    position = draw(st.integers(0, len(data)))
    if kind == "insert":
        return data[:position] + draw(st.binary(min_size=1, max_size=40)) + data[position:]
    return data[:position] + data[position + draw(st.integers(1, 3000)):]


@pytest.mark.skipif(not SAMPLE.is_file(), reason="shared corpus not present")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damaged=_damaged())
def test_damaged_akn_gives_a_result_or_a_clean_error(tmp_path: Path, damaged: bytes) -> None:
    path = tmp_path / "damaged.xml"
    path.write_bytes(damaged)
    try:
        drafter.read(path)
    except UnreadableFileError as error:
        assert "\n" not in str(error)

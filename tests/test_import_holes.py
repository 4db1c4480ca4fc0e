"""Holes the hostile corpus found in guide/importing, each now refused with its own reason."""

from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

import pytest

from guide.importing import Refusal, import_file
from guide.importing.docx import check_zip
from guide.importing.html import decode, parse_tree
from guide.importing.model import Limits, Unreadable
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from hostile_corpus import XXE_FILE, XXE_PARAM, _xml_attack, make_docx

DOCX = REPO / "tests" / "fixtures" / "import" / "lembar-kerja-perawat.docx"


@pytest.mark.parametrize("prolog", [XXE_FILE, XXE_PARAM], ids=["file", "parameter"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8"])
def test_a_dtd_is_refused_in_any_encoding(prolog: str, encoding: str) -> None:
    data = make_docx(_xml_attack(prolog, "&xxe;", encoding))
    with pytest.raises(Unreadable, match="DOCTYPE"):
        check_zip(data, Limits())


def test_the_utf16_xxe_docx_is_refused_through_the_sandbox(tmp_path: Path) -> None:
    path = tmp_path / "xxe-utf16.docx"
    path.write_bytes(make_docx(_xml_attack(XXE_FILE, "&xxe;", "utf-16")))
    outcome = import_file(path)
    assert isinstance(outcome, Refusal) and "DOCTYPE" in outcome.reason


def test_a_damaged_deflate_stream_is_the_docx_refusal() -> None:
    """A member whose deflate data is broken raises zlib.error: a broken document, said so."""
    data = bytearray(DOCX.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    rng = random.Random(3)
    for i in range(start + 10, start + min(info.compress_size, 200)):
        data[i] = rng.randrange(256)
    with pytest.raises(Unreadable, match="rusak"):
        check_zip(bytes(data), Limits())


def test_a_page_declaring_an_odd_codec_is_read_as_utf8() -> None:
    page = (
        '<html><head><meta charset="punycode"></head><body><p>Profesi apoteker.</p></body></html>'
    )
    assert "Profesi apoteker." in decode(page.encode("utf-8"))


def test_an_unparseable_page_is_the_html_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    from lxml import etree

    def broken(*args, **kwargs):
        raise etree.XMLSyntaxError("huge", 0, 1, 1)

    monkeypatch.setattr("lxml.html.document_fromstring", broken)
    with pytest.raises(Unreadable, match="halaman web ini kosong atau rusak"):
        parse_tree("<html><body><p>x</p></body></html>")

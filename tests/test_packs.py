"""guide.packs: content packs written, read back, and every bad pack refused in one sentence."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from guide.importing.compose import compose
from guide.importing.model import ImportedDocument, Piece
from guide.packs import (
    MANIFEST,
    PackArticle,
    PackError,
    export_pack,
    pack_files,
    read_pack,
)

PIECES = [
    Piece("heading", "Apa itu Data Analyst?", 2),
    Piece("paragraph", "Data analyst mengolah data menjadi laporan."),
    Piece("item", "SQL"),
    Piece("item", "Excel"),
]


def _document(article_id: str = "guru-0123456789ab", word: str = "Data") -> ImportedDocument:
    pieces = [Piece(p.kind, p.text.replace("Data", word), p.level) for p in PIECES]
    text, parsed = compose(pieces, title="Data Analyst di Sekolah", article_id=article_id)
    return ImportedDocument(
        article_id=article_id,
        title="Data Analyst di Sekolah",
        author="Bu Sari",
        published="2026-10-01",
        file_name="data-analyst.md",
        sha256="ab" * 32,
        text=text,
        parsed=parsed,
        kind="md",
    )


def _export(tmp_path: Path, *docs: ImportedDocument) -> Path:
    items = [PackArticle(d, "2026-11-29T04:00:00Z") for d in docs or (_document(),)]
    return export_pack(items, tmp_path / "kelas", "Paket kelas XII")


def test_round_trip(tmp_path: Path) -> None:
    second = _document("guru-ffffffffffff", "Informasi")
    path = _export(tmp_path, _document(), second)
    assert path.name == "kelas.pkpack"
    pack = read_pack(path)
    assert pack.title == "Paket kelas XII" and len(pack.sha256) == 64
    assert [a.document.article_id for a in pack.articles] == [
        "guru-0123456789ab",
        "guru-ffffffffffff",
    ]
    got = pack.articles[0].document
    want = _document()
    assert (got.title, got.author, got.published, got.file_name, got.text) == (
        want.title,
        want.author,
        want.published,
        want.file_name,
        want.text,
    )
    assert got.parsed.sections == want.parsed.sections
    assert pack.articles[0].imported_at == "2026-11-29T04:00:00Z"
    assert not list(tmp_path.glob(".pack-*"))  # no temporary left


def _rewrite(path: Path, change) -> None:
    """Rewrite the pack's members through ``change(name, data) -> data | None``."""
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            new = change(name, data)
            if new is not None:
                archive.writestr(name, new)


def _edit_manifest(edit):
    def change(name: str, data: bytes) -> bytes:
        if name != MANIFEST:
            return data
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()

    return change


def _edit_article(edit):
    def change(name: str, data: bytes) -> bytes:
        if not name.startswith("articles/"):
            return data
        body = json.loads(data)
        edit(body)
        return json.dumps(body).encode()

    return change


BAD = {
    "changed text": (_edit_article(lambda b: b.update(text=b["text"].upper())), "rusak"),
    "missing article": (lambda n, d: None if n.startswith("articles/") else d, "tidak lengkap"),
    "other version": (_edit_manifest(lambda m: m.update(version=99)), "versi paket"),
    "other format": (_edit_manifest(lambda m: m.update(format="x")), "bukan paket"),
    "bad id": (
        _edit_manifest(lambda m: m["articles"][0].update(id="../../etc")),
        "tidak sah",
    ),
    "no articles": (_edit_manifest(lambda m: m.update(articles=[])), "tidak berisi"),
    "manifest not json": (lambda n, d: b"{" if n == MANIFEST else d, "bukan JSON"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_packs_are_refused_in_one_sentence(tmp_path: Path, case: str) -> None:
    path = _export(tmp_path)
    change, words = BAD[case]
    _rewrite(path, change)
    with pytest.raises(PackError) as caught:
        read_pack(path)
    message = str(caught.value)
    assert message.startswith("Paket «kelas.pkpack» tidak dapat dipakai:") and words in message
    assert "\n" not in message


def test_offsets_that_do_not_match_the_text_are_refused(tmp_path: Path) -> None:
    """A consistent hash does not make a lying article acceptable: offsets are checked."""
    doc = _document()
    block = doc.parsed.sections[-1].blocks[0]
    lying = ImportedDocument(
        **{
            **{f: getattr(doc, f) for f in doc.__slots__},
            "text": doc.text[: block.start] + "X" + doc.text[block.start + 1 :],
        }
    )
    path = export_pack([PackArticle(lying, "")], tmp_path / "bohong.pkpack", "x")
    with pytest.raises(PackError, match="tidak cocok"):
        read_pack(path)


def test_not_a_zip_and_zip_bombs_are_refused(tmp_path: Path, monkeypatch) -> None:
    junk = tmp_path / "acak.pkpack"
    junk.write_bytes(b"\x00" * 100)
    with pytest.raises(PackError, match="bukan berkas paket"):
        read_pack(junk)
    path = _export(tmp_path)
    monkeypatch.setattr("guide.packs.MAX_UNCOMPRESSED", 100)
    with pytest.raises(PackError, match="terlalu"):
        read_pack(path)


def test_pack_files_lists_packs_once_and_skips_missing_folders(tmp_path: Path) -> None:
    path = _export(tmp_path)
    (tmp_path / "catatan.txt").write_text("x")
    assert pack_files([tmp_path, tmp_path, tmp_path / "tidak-ada"]) == [path.resolve()]

"""What a file really is, from its first bytes, and text decoding for the text formats."""

from __future__ import annotations

import codecs
import unicodedata

from guide.importing.model import Unreadable

SUFFIX_KINDS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(SUFFIX_KINDS)

# Signatures of binary formats a text file must not be (name in Indonesian for the reason).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "berkas PDF"),
    (b"PK\x03\x04", "berkas zip (misalnya dokumen Word atau arsip)"),
    (b"PK\x05\x06", "berkas zip kosong"),
    (b"MZ", "program Windows (.exe)"),
    (b"\x7fELF", "program"),
    (b"\x89PNG", "gambar PNG"),
    (b"\xff\xd8\xff", "gambar JPEG"),
    (b"GIF8", "gambar GIF"),
    (b"\xd0\xcf\x11\xe0", "dokumen Office lama (.doc/.xls/.ppt)"),
    (b"Rar!", "arsip RAR"),
    (b"7z\xbc\xaf", "arsip 7-Zip"),
    (b"\x1f\x8b", "arsip gzip"),
)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def binary_kind(data: bytes) -> str:
    """The Indonesian name of the binary format ``data`` starts with, or ""."""
    head = data[:8]
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            return name
    if b"%PDF-" in data[:1024]:
        return "berkas PDF"
    return ""


def check_kind(data: bytes, kind: str, suffix: str) -> None:
    """Refuse a file whose content does not match its extension."""
    if not data:
        raise Unreadable("berkasnya kosong")
    found = binary_kind(data)
    if kind == "pdf":
        if found != "berkas PDF":
            raise Unreadable(f"berkas ini bukan PDF walau namanya berakhiran {suffix}")
    elif kind == "docx":
        if not data.startswith(b"PK\x03\x04"):
            raise Unreadable(
                f"berkas ini bukan dokumen Word (.docx) walau namanya berakhiran {suffix}"
            )
    elif found:
        raise Unreadable(
            f"berkas ini sebenarnya {found}, bukan teks, walau namanya berakhiran {suffix}"
        )


def _looks_binary(text: str) -> bool:
    """Control characters (other than tab/newline/form feed) or U+FFFD in more than 1 %."""
    if not text:
        return False
    sample = text[:200_000]
    bad = sum(
        1
        for c in sample
        if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\x0b")
    )
    return bad > max(2, len(sample) // 100)


def decode_text(data: bytes, declared: str = "") -> str:
    """Bytes of a text file as str: BOM, then ``declared``, then UTF-8, then charset-normalizer
    (cp1252/latin-1 and the rest). Refuses binary content."""
    if data.startswith(_BOMS):
        encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-16"
        try:
            text = data.decode(encoding)
        except UnicodeError as exc:
            raise Unreadable("teksnya rusak (pengodean karakter tidak dapat dibaca)") from exc
        return _checked(text)
    if b"\x00" in data[:4096]:
        raise Unreadable("berkas ini berisi data biner, bukan teks")
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            return _checked(data.decode(encoding))
        except (UnicodeError, LookupError):  # UnicodeError: a codec such as punycode
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise Unreadable("berkas ini berisi data biner, bukan teks")
    encoding = "cp1252" if best.encoding in ("ascii", "latin_1", "iso8859_1") else best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("latin-1")
    return _checked(text)


def _checked(text: str) -> str:
    if "\x00" in text or _looks_binary(text):
        raise Unreadable("berkas ini berisi data biner, bukan teks")
    return text

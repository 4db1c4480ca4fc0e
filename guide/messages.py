"""Indonesian wording shared by the loaders of seeds and data files.

Error messages reach teachers who write the TOML files, so each is one Indonesian sentence:
no raw English text from the operating system or the TOML parser. File names, keys, ids and
quoted values stay as written.
"""

from __future__ import annotations

import ast
import datetime as dt
import errno
import re
import tomllib
from collections.abc import Iterable

_KIND_NAMES: dict[type, str] = {
    str: "teks",
    int: "bilangan bulat",
    float: "bilangan",
    bool: "nilai true/false",
    list: "daftar",
    dict: "tabel",
}


SAME_ROLE = "pilih dua peran yang berbeda untuk dibandingkan"


def unknown_name(what: str, value: str, known: Iterable[str]) -> str:
    """ "peran tidak dikenal: astronot (ada: backend-developer, …)"; an empty value shown as
    "(kosong)", not as nothing."""
    shown = value if value.strip() else "(kosong)"
    return f"{what} tidak dikenal: {shown} (ada: {', '.join(known) or '-'})"


def kind_name(kind: type) -> str:
    """The Indonesian word for a Python type as a TOML value: str -> "teks", list -> "daftar"."""
    return _KIND_NAMES.get(kind, kind.__name__)


def value_kind(value: object) -> str:
    """The Indonesian word for the kind of a value read from TOML ("teks", "tanggal", …)."""
    if isinstance(value, dt.datetime):
        return "tanggal dan jam"
    if isinstance(value, dt.date):
        return "tanggal"
    if isinstance(value, dt.time):
        return "jam"
    return kind_name(type(value))


# tomllib's messages (Python 3.11-3.13) as patterns, and the same in Indonesian (%s: a group).
_TOML_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"Cannot declare (.+) twice", "tabel [%s] ditulis dua kali"),
        (r"Cannot overwrite a value", "kunci yang sama diberi nilai dua kali"),
        (r"Cannot (?:mutate immutable|redefine) namespace (.+)", "kunci %s ditulis dua kali"),
        (r"Duplicate inline table key (.+)", "kunci %s ditulis dua kali di tabel { … }"),
        (r"Expected '=' after a key in a key/value pair", "tanda '=' kurang setelah nama kunci"),
        (r"Expected '\]' at the end of a table declaration", "tanda ']' kurang di nama tabel"),
        (
            r"Expected '\]\]' at the end of an array declaration",
            "tanda ']]' kurang di nama daftar tabel",
        ),
        (r"Expected newline or end of document after a statement", "ada teks lebih setelah nilai"),
        (r"Expected (.+)", "tanda %s kurang"),
        (r"Unterminated string", "teks belum ditutup dengan tanda kutip"),
        (r"Illegal character '\\n'", "teks belum ditutup dengan tanda kutip sebelum akhir baris"),
        (r"Unclosed array", "tanda ']' penutup daftar kurang"),
        (r"Unclosed inline table", "tanda '}' penutup tabel kurang"),
        (r"Invalid date or datetime", "tanggal tidak sah (tulis YYYY-MM-DD)"),
        (r"Invalid value", "nilai tidak dapat dibaca (teks perlu diapit tanda kutip)"),
        (r"Invalid statement", "baris tidak dapat dibaca (tulis kunci = nilai)"),
        (r"Invalid initial character for a key part", "nama kunci diawali karakter yang salah"),
        (r"Invalid hex value", "kode \\u atau \\U di dalam teks salah"),
        (r"Escaped character is not a Unicode scalar value", "kode \\u di dalam teks salah"),
        (r"Unescaped '\\' in a string", "tanda '\\' di dalam teks perlu ditulis '\\\\'"),
        (r"(?:Illegal|Found invalid) character (.+)", "karakter %s tidak boleh di sini"),
    )
)
_TOML_WHERE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")


def _key_name(raw: str) -> str:
    """tomllib names a key as a tuple repr, "('a', 'b')": show it as TOML writes it, a.b."""
    try:
        parts = ast.literal_eval(raw)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return raw
    if isinstance(parts, tuple) and all(isinstance(p, str) for p in parts):
        return ".".join(parts)
    return raw


def toml_problem(exc: tomllib.TOMLDecodeError) -> str:
    """What is wrong in a TOML file and where, in Indonesian (line and column kept)."""
    text = str(exc)
    where = _TOML_WHERE.search(text)
    message = (text[: where.start()] if where else text).strip()
    if where is None:
        place = ""
    elif where.group(1):
        place = f" di baris {where.group(1)}, kolom {where.group(2)}"
    else:
        place = " di akhir berkas"
    for pattern, indonesian in _TOML_PROBLEMS:
        if match := pattern.fullmatch(message):
            detail = indonesian % tuple(_key_name(g) for g in match.groups())
            return f"penulisan TOML salah{place}: {detail}"
    return f"penulisan TOML salah{place}"


def read_problem(exc: BaseException) -> str:
    """Why a file could not be read or parsed, in Indonesian (no raw English OS text)."""
    if isinstance(exc, tomllib.TOMLDecodeError):
        return toml_problem(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "berkas bukan teks UTF-8 (simpan ulang dengan pengodean UTF-8)"
    if isinstance(exc, FileNotFoundError):
        return "berkas tidak ditemukan"
    if isinstance(exc, IsADirectoryError):
        return "ini sebuah folder, bukan berkas"
    if isinstance(exc, PermissionError):
        return "tidak ada izin untuk membaca berkas ini"
    if isinstance(exc, OSError):
        code = errno.errorcode.get(exc.errno or 0, "")
        return (
            f"berkas tidak dapat dibaca (kode sistem {code})"
            if code
            else "berkas tidak dapat dibaca"
        )
    return "berkas tidak dapat dibaca"

"""Article metadata (title, site, author, date, attribution) from `seeds/articles.toml`.

The TOML file has one table per article, keyed by its 3-digit id:

    ["000"]
    file = "000_f9a823a8ded2488d.txt"
    title = "..."
    site = "EKRUT"
    ...

Unknown facts are empty strings ("" rather than a guess); `ArticleMeta.display()` shows them as
"tidak diketahui". Every problem raises `MetadataError` with one line naming the file and article.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from guide.messages import read_problem, value_kind

UNKNOWN = "tidak diketahui"

_ID = re.compile(r"\d{3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


class MetadataError(ValueError):
    """The metadata file is missing, unreadable, or an article's entry is invalid."""


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What is known about one seed article; empty strings mean "not stated in the text"."""

    article_id: str
    file: str
    title: str
    site: str
    publisher: str
    author: str
    published: str  # ISO date "YYYY-MM-DD" or ""
    language: str
    url: str
    attribution: str
    note: str = ""

    def display(self, field: str) -> str:
        """The field's value for display, or "tidak diketahui" when it is empty."""
        if field not in _FIELD_NAMES:
            raise AttributeError(f"ArticleMeta has no field {field!r}")
        value = getattr(self, field)
        return value if value else UNKNOWN

    @property
    def id(self) -> str:
        """Alias of `article_id` (the 3-digit table key)."""
        return self.article_id

    @property
    def published_date(self) -> dt.date | None:
        """The publication date, or None when unknown."""
        return dt.date.fromisoformat(self.published) if self.published else None


_Fail = Callable[[str], MetadataError]
_FIELD_NAMES = frozenset(f.name for f in fields(ArticleMeta))
_REQUIRED = (
    "file",
    "title",
    "site",
    "publisher",
    "author",
    "published",
    "language",
    "url",
    "attribution",
)
_OPTIONAL = ("note",)
_NON_EMPTY = ("file", "title", "language", "attribution")


def display(value: str) -> str:
    """Show an empty metadata value as "tidak diketahui"."""
    return value if value else UNKNOWN


def load_metadata(path: Path) -> dict[str, ArticleMeta]:
    """Read and validate the metadata TOML; returns {article id: ArticleMeta} sorted by id."""
    try:
        with Path(path).open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise MetadataError(
            f"{path}: metadata artikel tidak dapat dibaca: {read_problem(exc)}"
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MetadataError(f"{path}: {read_problem(exc)}") from exc
    result: dict[str, ArticleMeta] = {}
    for article_id in sorted(data):
        result[article_id] = _parse_entry(path, article_id, data[article_id])
    return result


def _parse_entry(path: Path, article_id: str, entry: Any) -> ArticleMeta:
    """Validate one article table and build its ArticleMeta."""

    def fail(message: str) -> MetadataError:
        return MetadataError(f"{path}: artikel {article_id!r}: {message}")

    if not _ID.fullmatch(article_id):
        raise fail('nama tabel harus berupa id artikel 3 angka, misalnya ["000"]')
    if not isinstance(entry, dict):
        raise fail(f'harus berupa tabel berisi kolom (["{article_id}"] lalu kunci = nilai)')
    unknown = sorted(set(entry) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise fail(
            f"kolom tidak dikenal: {', '.join(unknown)} "
            f"(yang boleh: {', '.join((*_REQUIRED, *_OPTIONAL))})"
        )
    values: dict[str, str] = {}
    for key in (*_REQUIRED, *_OPTIONAL):
        if key not in entry:
            if key in _REQUIRED:
                hint = "" if key in _NON_EMPTY else f' (tulis {key} = "" bila tidak diketahui)'
                raise fail(f"kolom {key!r} belum ada{hint}")
            continue
        values[key] = _as_string(entry[key], key, fail)
    _check_values(values, article_id, fail)
    return ArticleMeta(article_id=article_id, **values)


def _as_string(value: Any, key: str, fail: _Fail) -> str:
    """A field's string value; a bare TOML date is accepted for `published`."""
    if key == "published" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if not isinstance(value, str):
        raise fail(f"kolom {key!r} harus berupa teks dalam tanda kutip, bukan {value_kind(value)}")
    return value.strip()


def _check_values(values: dict[str, str], article_id: str, fail: _Fail) -> None:
    """Field-level checks: non-empty essentials, file name, date, language, URL."""
    for key in _NON_EMPTY:
        if not values[key]:
            raise fail(f"kolom {key!r} tidak boleh kosong")
    file = values["file"]
    if "/" in file or "\\" in file or not file.startswith(f"{article_id}_"):
        raise fail(
            f"kolom 'file' harus berupa nama berkas yang diawali {article_id}_ "
            f"(tanpa folder), bukan {file!r}"
        )
    published = values["published"]
    if published:
        try:
            if not _ISO_DATE.fullmatch(published):
                raise ValueError(published)
            dt.date.fromisoformat(published)
        except ValueError:
            msg = (
                f"kolom 'published' harus berupa tanggal YYYY-MM-DD atau dikosongkan, "
                f"bukan {published!r}"
            )
            raise fail(msg) from None
    if not _LANGUAGE.fullmatch(values["language"]):
        raise fail(
            f"kolom 'language' harus berupa kode bahasa seperti \"id\", "
            f"bukan {values['language']!r}"
        )
    url = values["url"]
    if url and not url.startswith(("https://", "http://")):
        raise fail(
            f"kolom 'url' harus dikosongkan atau diawali https:// (atau http://), bukan {url!r}"
        )

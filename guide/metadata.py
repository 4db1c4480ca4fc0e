"""Article metadata (title, site, author, date, attribution) from `seeds/articles.toml`.

The TOML file has one table per article, keyed by its 3-digit id:

    ["000"]
    file = "000_f9a823a8ded2488d.txt"
    title = "..."
    label = "EKRUT"      # optional: the article's short name, shown to students everywhere
    site = "EKRUT"
    ...

Unknown facts are empty strings ("" rather than a guess); `ArticleMeta.display()` shows them as
"tidak diketahui". Every problem raises `MetadataError` with one line naming the file and article.

**Labels.** Students never see the 3-digit id: every article has a short, unique name (at most
`LABEL_MAX` characters) used in citation markers, the sources list, filters and exports. It is
`label` when given (checked: unique, not empty, not an id); otherwise one is derived from the
site or publisher, then the title (:func:`derive_labels`), so a new article always has one.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from guide.messages import read_problem, value_kind

UNKNOWN = "tidak diketahui"

_ID = re.compile(r"\d{3}")
_ID_LIKE = re.compile(r"(?i)^(artikel\s*)?[\d\s.,#-]+$")
LABEL_MAX = 24
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
    label: str = ""  # the short name students see; filled by load_metadata when not given

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
_OPTIONAL = ("note", "label")
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
    _check_unique_labels(path, result)
    labels = derive_labels(result.values())
    return {i: replace(m, label=labels[i]) for i, m in result.items()}


def _check_unique_labels(path: Path, metas: dict[str, ArticleMeta]) -> None:
    """Two articles given the same `label` (case ignored) cannot be told apart: refuse."""
    seen: dict[str, str] = {}
    for article_id, meta in metas.items():
        if not meta.label:
            continue
        other = seen.setdefault(meta.label.casefold(), article_id)
        if other != article_id:
            raise MetadataError(
                f"{path}: artikel {article_id!r}: kolom 'label' {meta.label!r} sudah dipakai "
                f"artikel {other!r}; setiap artikel perlu nama pendek yang berbeda"
            )


def short_title(title: str, limit: int = LABEL_MAX) -> str:
    """The title's first words within ``limit`` characters ("…" when cut)."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    words, out = title.split(" "), ""
    for word in words:
        longer = f"{out} {word}" if out else word
        if len(longer) > limit - 1:
            break
        out = longer
    return (out or title[: limit - 1]).rstrip(" :,;-–—") + "…"


def fallback_label(site: str, publisher: str, title: str) -> str:
    """A short name from what the article states: site, else publisher, else its title."""
    name = " ".join((site or publisher).split())
    if name:
        return name if len(name) <= LABEL_MAX else short_title(name)
    return short_title(title) if title.strip() else "Artikel tanpa judul"


def derive_labels(metas: Iterable[ArticleMeta]) -> dict[str, str]:
    """{article id: label}: each given `label`, else a name derived from the site or publisher
    and, when two articles would share it, their titles; unique (case ignored)."""
    metas = list(metas)
    taken = {m.label.casefold() for m in metas if m.label}
    labels: dict[str, str] = {}
    for meta in metas:
        if meta.label:
            labels[meta.id] = meta.label
            continue
        labels[meta.id] = label = _first_free(_candidates(meta), taken)
        taken.add(label.casefold())
    return labels


def _candidates(meta: ArticleMeta) -> tuple[list[str], str]:
    """Names to try for an article without a `label`, plainest first, and the most telling
    one without a year (site and title) to add a letter to when every name is taken."""
    base = fallback_label(meta.site, meta.publisher, meta.title)
    telling = base
    room = LABEL_MAX - len(base) - 2
    if (meta.site or meta.publisher) and room >= 6:
        telling = f"{base}: {short_title(meta.title, room)}"
    names = list(dict.fromkeys((base, telling)))
    if meta.published:
        names.append(f"{short_title(telling, LABEL_MAX - 7)} ({meta.published[:4]})")
    return names, telling


def _first_free(candidates: tuple[list[str], str], taken: set[str]) -> str:
    """The first name not taken, else the telling one with a letter added: "Situs: Judul (b)"."""
    names, telling = candidates
    for name in names:
        if name.casefold() not in taken:
            return name
    base = short_title(telling, LABEL_MAX - 4)
    suffixes = itertools.chain("bcdefghijklmnopqrstuvwxyz", (str(n) for n in itertools.count(2)))
    return next(n for n in (f"{base} ({s})" for s in suffixes) if n.casefold() not in taken)


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
    if "label" in values:
        values["label"] = " ".join(values["label"].split())
        _check_label(values["label"], fail)


def _check_label(label: str, fail: _Fail) -> None:
    """A given label: a short name a student can read, not an id."""
    if not label:
        raise fail("kolom 'label' tidak boleh kosong (hapus kolomnya agar nama dibuat otomatis)")
    if len(label) > LABEL_MAX:
        raise fail(
            f"kolom 'label' paling banyak {LABEL_MAX} karakter, bukan {len(label)}: {label!r}"
        )
    if _ID_LIKE.fullmatch(label):
        raise fail(
            f"kolom 'label' harus berupa nama yang dipahami siswa (misalnya penerbit dan judul "
            f"singkat), bukan nomor: {label!r}"
        )

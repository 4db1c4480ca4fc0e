"""`panduan-karier --self-test`: check the data the program would use, without changing it.

Each check is (name, passed, detail). The data checks live here (no Qt); the views are opened
offscreen by ``ui.selftest`` and appended by the CLI.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from guide import datadir
from guide.index import open_index
from guide.manifest import verify_manifest
from guide.resources import seeds_dir
from guide.store import Store, connect_readonly

SEARCHES = (
    ("menyimpan data", None),
    ("pemograman", "pemrograman"),  # a typo: the corrected query is searched
    ("salary", None),  # English word → Indonesian passage
    ("node.js", None),
    ("front end", None),
)
ROLES = ("backend-developer", "frontend-developer")


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report."""

    name: str
    passed: bool
    detail: str = ""


def _run(name: str, check: Callable[[], str]) -> Check:
    try:
        return Check(name, True, check())
    except Exception as exc:  # a self-test reports every failure, whatever its type
        from guide import failures

        failure = failures.classify(exc)
        if failure.kind == failures.UNEXPECTED and not isinstance(exc, OSError):
            return Check(name, False, f"{type(exc).__name__}: {exc}")  # our checks' own words
        return Check(name, False, failures.cli_message(failure))


def data_checks() -> Iterator[Check]:
    """Locate the data and check it: integrity, versions, searches, profiles."""
    seeds = seeds_dir()
    bundled = datadir.bundled_data_dir()
    problems = datadir.problems(bundled, seeds)
    hint = " (jalankan: panduan-karier build)" if problems == [datadir.MISSING] else ""
    yield Check(
        "Data bawaan program",
        not problems,
        str(bundled) if not problems else f"{bundled}: {'; '.join(problems)}{hint}",
    )
    location = datadir.find_data(seeds)
    if location is None:
        yield Check("Data yang dipakai", False, "tidak ada data yang utuh (bawaan maupun cache)")
        return
    yield Check("Data yang dipakai", True, str(location.directory))

    def quick_check() -> str:
        conn = connect_readonly(location.db_path, immutable=location.bundled)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
        if result != "ok":
            raise sqlite3.DatabaseError(result)
        return "quick_check ok"

    def manifest() -> str:
        problems = verify_manifest(location.directory)
        if problems:
            raise ValueError("; ".join(problems))
        return "semua checksum cocok"

    def index_version() -> str:
        ix = open_index(location.index_dir)
        try:
            return f"{ix.doc_count()} bagian terindeks"
        finally:
            ix.close()

    yield _run("SQLite", quick_check)
    yield _run("Manifest SHA-256", manifest)
    yield _run("Indeks Whoosh", index_version)
    yield from _search_checks(location)
    yield _run("Profil peran", lambda: _profiles(location))
    yield _run("Jalur belajar dan cek diri", lambda: _learning(location))
    yield from library_checks(location)
    yield _run("Simpanan belajar siswa", _student_store)


def library_checks(location: datadir.DataLocation | None = None) -> Iterator[Check]:
    """The personal library (when there is one) and every lab pack, read without writing:
    a pack is validated, not copied."""
    from guide.lab_packs import pack_folders
    from guide.packs import pack_files, read_pack
    from guide.sources import personal_dir

    folder = personal_dir()
    articles: list[tuple[str, str, list]] = []  # every article a profile may cite
    profiles: list[tuple[str, str]] = []  # (where, TOML) of every teacher's profile
    if folder.is_dir():

        def personal() -> str:
            from guide.personal import PersonalLibrary

            library = PersonalLibrary.open(folder)
            try:
                problems = library.verify()
                if problems:
                    raise ValueError("; ".join(problems[:3]))
                for a in library.articles():
                    articles.append((a.id, a.text, library.sections(a.id)))
                profiles.extend(("", row.toml) for row in library.profile_rows())
                return f"{len(library.entries())} artikel guru, basis data dan indeks cocok"
            finally:
                library.close()

        yield _run("Perpustakaan pribadi", personal)
    files = pack_files(pack_folders())
    if not files:
        yield Check("Paket lab", True, "tidak ada paket di " + ", ".join(map(str, pack_folders())))
    for path in files:

        def pack(p=path) -> str:
            found = read_pack(p)
            for item in found.articles:
                doc = item.document
                articles.append((doc.article_id, doc.text, list(doc.parsed.sections)))
            profiles.extend((f"paket {p.name}", x.toml) for x in found.profiles)
            return f"«{found.title}», {len(found.articles)} artikel"

        yield _run(f"Paket {path.name}", pack)
    if profiles and location is not None:
        yield from _teacher_profile_checks(location, articles, profiles)


def _teacher_profile_checks(
    location: datadir.DataLocation, articles: list, profiles: list[tuple[str, str]]
) -> Iterator[Check]:
    """Each teacher's profile: every quote still in its article (a broken one is listed)."""
    from guide.teacher_profiles import ArticleIndex, checked_for_showing, parse_toml

    db = Store(location.db_path, immutable=location.bundled)
    try:
        bundled = [(a.id, a.text, db.sections(a.id)) for a in db.articles()]
    finally:
        db.close()
    index = ArticleIndex.of([*bundled, *articles])
    for where, toml in profiles:
        try:
            profile = parse_toml(toml, where or "perpustakaan pribadi")
        except ValueError as exc:
            yield Check("Profil guru", False, str(exc))
            continue
        checked = checked_for_showing(profile, index)
        name = f"Profil guru «{profile.name}»" + (f" ({where})" if where else "")
        if not checked.broken:
            yield Check(name, True, f"{profile.citation_count()} kutipan ditemukan")
            continue
        listed = "; ".join(f"klaim '{b.claim_id}' (artikel {b.article_id})" for b in checked.broken)
        yield Check(name, False, f"{len(checked.broken)} kutipan tidak ditemukan lagi: {listed}")


def _search_checks(location: datadir.DataLocation) -> Iterator[Check]:
    from guide.search import Searcher

    searcher = Searcher(location.index_dir)
    try:
        for query, corrected in SEARCHES:

            def check(q: str = query, c: str | None = corrected) -> str:
                result = searcher.search(q, limit=3)
                if not result.hits:
                    raise LookupError("tidak ada hasil")
                if c is not None and result.corrected_query != c:
                    raise LookupError(f"koreksi {result.corrected_query!r}, bukan {c!r}")
                top = result.hits[0]
                return f"{len(result.hits)} hasil, teratas: {top.heading or top.article_title}"

            yield _run(f"Cari «{query}»", check)
    finally:
        searcher.close()


def _profiles(location: datadir.DataLocation) -> str:
    db = Store(location.db_path, immutable=location.bundled)
    try:
        profiles = {p.id: p for p in db.profiles()}
    finally:
        db.close()
    missing = [r for r in ROLES if r not in profiles]
    if missing:
        raise LookupError(f"profil tidak ada: {', '.join(missing)}")
    counts = ", ".join(f"{p.name} {p.citation_count()} kutipan" for p in profiles.values())
    return counts


def _learning(location: datadir.DataLocation) -> str:
    from guide.learning import read_learning

    learning = read_learning(location.learning_file)
    paths = ", ".join(f"{role} {len(p.steps)} langkah" for role, p in learning.paths.items())
    return f"{paths}; {len(learning.statements)} pernyataan cek diri"


def _student_store() -> str:
    """The student's own store, read without writing (a missing one is fine: made on use)."""
    from guide.student import SCHEMA_VERSION, student_store_path

    path = student_store_path()
    if not path.is_file():
        return f"belum ada ({path}); dibuat saat pertama dipakai"
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise sqlite3.DatabaseError(result)
    if version > SCHEMA_VERSION:
        raise ValueError(f"skema {version} dari versi program yang lebih baru")
    return f"{path} (skema {version}) utuh"


def report(checks: list[Check]) -> str:
    """The one-screen report."""
    width = max(len(c.name) for c in checks)
    lines = [
        f"{'OK   ' if c.passed else 'GAGAL'}  {c.name.ljust(width)}  {c.detail}" for c in checks
    ]
    failed = sum(not c.passed for c in checks)
    lines.append("")
    lines.append(
        f"Uji mandiri: semua {len(checks)} pemeriksaan lulus."
        if not failed
        else f"Uji mandiri GAGAL: {failed} dari {len(checks)} pemeriksaan."
    )
    return "\n".join(lines)

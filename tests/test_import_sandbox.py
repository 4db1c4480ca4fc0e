"""The import sandbox: time, memory, crashes and garbage from the worker, no network or stray
file access, the frozen program's worker flag; import_file never raises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guide.importing import ImportedDocument, Limits, Refusal, import_file, sandbox
from guide.importing.sniff import SUPPORTED_SUFFIXES

FIXTURES = Path(__file__).parent / "fixtures" / "import"
REPO = Path(__file__).resolve().parent.parent


def _fake_worker(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    command = [sys.executable, "-c", code]
    monkeypatch.setattr(sandbox, "worker_command", lambda preload=None: command)


def test_a_hanging_parse_is_killed_and_refused(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    marker = tmp_path / "child.pid"
    code = f"import os, time; open({str(marker)!r}, 'w').write(str(os.getpid())); time.sleep(60)"
    _fake_worker(monkeypatch, code)
    started = time.monotonic()
    result = import_file(FIXTURES / "ahli-gizi.md", Limits(max_seconds=1.5))
    assert time.monotonic() - started < 10
    assert isinstance(result, Refusal)
    assert "terlalu lama diproses (lebih dari 1.5 detik)" in result.reason
    pid = int(marker.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed with its process group, and reaped


def test_a_real_parse_over_its_time_is_refused() -> None:
    result = import_file(FIXTURES / "panduan-jurusan.pdf", Limits(max_seconds=0.01))
    assert isinstance(result, Refusal)
    assert "terlalu lama diproses (lebih dari 0.01 detik)" in result.reason


def test_memory_limit_refuses(tmp_path: Path) -> None:
    result = import_file(FIXTURES / "lembar-kerja-perawat.docx", Limits(max_memory_bytes=40 << 20))
    assert isinstance(result, Refusal)
    assert "terlalu banyak memori untuk dibaca (lebih dari 40 MB)" in result.reason, result.reason
    ok = import_file(FIXTURES / "lembar-kerja-perawat.docx")  # the default cap is enough
    assert isinstance(ok, ImportedDocument)


def test_memory_limit_stops_a_runaway_allocation(monkeypatch: pytest.MonkeyPatch) -> None:
    from guide.importing import worker

    code = (
        "import sys, json; from guide.importing import worker; "
        "worker.limit_memory(200 << 20); "
        "r = {'ok': False, 'error': 'memory'}\n"
        "try:\n    b = bytearray(400 << 20); r = {'ok': True}\n"
        "except MemoryError:\n    pass\n"
        "print(json.dumps(r))"
    )
    assert worker.limit_memory  # the worker's own cap is what is exercised here
    _fake_worker(monkeypatch, code)
    result = import_file(FIXTURES / "ahli-gizi.md")
    assert isinstance(result, Refusal)
    assert "terlalu banyak memori" in result.reason


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("print('bukan json')", "hasil yang tidak sah"),
        ("print('[1, 2]')", "hasil yang tidak sah"),
        ("import os; os.abort()", "rusak atau tidak dapat dibaca sebagai Markdown"),
        ("import sys; sys.exit(3)", "rusak atau tidak dapat dibaca"),
        (
            "import json; print(json.dumps({'ok': True, 'doc': {'text': 'x', 'sections': 5}}))",
            "hasil yang tidak sah",
        ),
        (
            "import json; print(json.dumps({'ok': True, 'doc': {'text': 'ab', 'title': 't', "
            "'author': '', 'published': '', 'sha256': '', 'kind': 'md', "
            "'sections': [['', 1, 0, 9, [['paragraph', 0, 9]]]]}}))",
            "hasil yang tidak sah",
        ),
    ],
)
def test_crash_or_garbage_from_the_worker_is_a_refusal(
    monkeypatch: pytest.MonkeyPatch, code: str, words: str
) -> None:
    _fake_worker(monkeypatch, code)
    result = import_file(FIXTURES / "ahli-gizi.md")
    assert isinstance(result, Refusal)
    assert words in result.reason, result.reason


def test_parent_checks_the_text_size_again(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = {
        "text": "T\n\n" + "a" * 500 + "\n", "title": "T", "author": "", "published": "",
        "sha256": "", "kind": "md", "sections": [["", 1, 3, 503, [["paragraph", 3, 503]]]],
    }  # fmt: skip
    _fake_worker(monkeypatch, f"print({json.dumps({'ok': True, 'doc': doc})!r})")
    assert isinstance(import_file(FIXTURES / "ahli-gizi.md", Limits()), ImportedDocument)
    result = import_file(FIXTURES / "ahli-gizi.md", Limits(max_text_chars=100))
    assert isinstance(result, Refusal) and "terlalu panjang" in result.reason


def _run_worker(path: Path, kind: str, entry: list[str] | None = None) -> dict:
    request = {"path": str(path), "name": path.name, "kind": kind, "limits": {}}
    done = subprocess.run(
        entry or [sys.executable, "-m", "guide.importing.worker"],
        input=json.dumps(request).encode(),
        capture_output=True,
        timeout=60,
        cwd=REPO,
    )
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 1, (done.stdout, done.stderr[-2000:])
    return json.loads(lines[0])


def test_resources_in_html_are_never_fetched_or_read() -> None:
    page = FIXTURES / "berita-data-analyst.html"
    html = page.read_text(encoding="utf-8")
    assert "file:///etc/passwd" in html and "http://ads.example.invalid" in html
    answer = _run_worker(page, "html")
    assert answer["ok"] is True
    assert answer["denied"] == []  # nothing tried a socket or a file outside the input
    assert "root:" not in answer["doc"]["text"]


def test_worker_guards_refuse_network_and_other_files(tmp_path: Path) -> None:
    target = tmp_path / "masuk.txt"
    target.write_text("isi", encoding="utf-8")
    code = f"""
import socket, json
from guide.importing import worker
worker.install_guards({str(target)!r})
results = {{}}
for name, attempt in [
    ("connect", lambda: socket.create_connection(("127.0.0.1", 9))),
    ("socket", lambda: socket.socket()),
    ("lookup", lambda: socket.getaddrinfo("example.org", 80)),
    ("read_other", lambda: open("/etc/hostname").read()),
    ("write", lambda: open({str(tmp_path / "keluar.txt")!r}, "w")),
]:
    try:
        attempt()
        results[name] = "allowed"
    except PermissionError:
        results[name] = "refused"
results["read_input"] = open({str(target)!r}).read()
print(json.dumps(results))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, cwd=REPO)
    results = json.loads(done.stdout)
    assert results == {
        "connect": "refused",
        "socket": "refused",
        "lookup": "refused",
        "read_other": "refused",
        "write": "refused",
        "read_input": "isi",
    }
    assert not (tmp_path / "keluar.txt").exists()


def test_the_frozen_flag_runs_the_worker_before_the_cli() -> None:
    answer = _run_worker(
        FIXTURES / "ahli-gizi.md", "md", [sys.executable, "-m", "ui", "--import-worker"]
    )
    assert answer["ok"] is True
    assert answer["doc"]["title"] == "Mengenal Profesi Ahli Gizi"


def test_worker_command_when_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert sandbox.worker_command() == [sys.executable, "--import-worker"]
    assert sandbox.worker_command(["md", "pdf"]) == [
        sys.executable, "--import-worker", "--preload", "md,pdf"
    ]  # fmt: skip
    monkeypatch.delattr(sys, "frozen")
    assert sandbox.worker_command()[1:] == ["-m", "guide.importing.worker"]


def test_windows_job_code_is_import_safe() -> None:
    from guide.importing import winjob

    assert winjob.limit_process(os.getpid(), 1 << 20) is None  # not Windows: nothing done
    info = winjob.extended_limits(512 << 20)
    assert info.ProcessMemoryLimit == 512 << 20
    assert info.BasicLimitInformation.LimitFlags & winjob.JOB_OBJECT_LIMIT_PROCESS_MEMORY
    assert info.BasicLimitInformation.LimitFlags & winjob.JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE


def test_import_file_never_raises(tmp_path: Path) -> None:
    """Odd paths and odd contents: always a result, never an exception."""
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    cases = [tmp_path / "tidak-ada.pdf", folder, tmp_path / "tanpa-akhiran"]
    (tmp_path / "tanpa-akhiran").write_bytes(b"x")
    for i, suffix in enumerate(SUPPORTED_SUFFIXES):
        for j, data in enumerate(
            [b"\x00", b"\xff\xfe", b"%PDF-1.4\n", b"PK\x03\x04" + b"\x00" * 40, b"<" * 3000]
        ):
            path = tmp_path / f"aneh-{i}-{j}{suffix}"
            path.write_bytes(data)
            cases.append(path)
    for path in cases:
        result = import_file(path)
        assert isinstance(result, Refusal | ImportedDocument), path
        if isinstance(result, Refusal):
            assert result.reason.startswith(f"«{path.name}» tidak dapat diimpor: ")


# -- spare workers (started ahead of their file) ------------------------------------------------


@pytest.fixture
def no_spare():
    sandbox.discard_spare()
    yield
    sandbox.discard_spare()


def _waiting_spare() -> subprocess.Popen:
    ready = sandbox._SPARE._ready
    assert ready is not None
    assert ready[0].poll() is None  # alive, waiting for its file
    return ready[0]


def test_a_spare_parses_one_file_then_is_gone(no_spare) -> None:
    sandbox.prewarm(["md"])
    spare = _waiting_spare()
    assert spare.args[-2:] == ["--preload", "md"]
    warm = import_file(FIXTURES / "ahli-gizi.md")
    assert sandbox._SPARE._ready is None  # taken, not replaced: no `then`
    assert spare.wait(10) == 0  # it answered and ended: never reused for a second file
    cold = import_file(FIXTURES / "ahli-gizi.md")
    assert isinstance(warm, ImportedDocument) and isinstance(cold, ImportedDocument)
    assert (warm.text, warm.parsed, warm.sha256) == (cold.text, cold.parsed, cold.sha256)


def test_a_batch_starts_the_next_files_worker_meanwhile(no_spare) -> None:
    result = import_file(FIXTURES / "ahli-gizi.md", then=FIXTURES / "panduan-jurusan.pdf")
    assert isinstance(result, ImportedDocument)
    spare = _waiting_spare()
    assert spare.args[-2:] == ["--preload", "pdf"]
    pdf = import_file(FIXTURES / "panduan-jurusan.pdf")
    assert isinstance(pdf, ImportedDocument)
    assert spare.wait(10) == 0  # the spare parsed it


def test_a_spare_for_other_limits_is_not_used(no_spare) -> None:
    sandbox.prewarm(["docx"])
    spare = _waiting_spare()
    result = import_file(FIXTURES / "lembar-kerja-perawat.docx", Limits(max_memory_bytes=40 << 20))
    assert isinstance(result, Refusal)  # the tighter cap held: a fresh worker had it
    assert "terlalu banyak memori" in result.reason
    assert spare.wait(10) != 0  # the spare (default cap) was killed, not used


def test_a_spare_keeps_the_guards(no_spare) -> None:
    sandbox.prewarm(["html"])
    spare = _waiting_spare()
    page = FIXTURES / "berita-data-analyst.html"
    answer = sandbox.run_worker(page, "html", Limits())
    assert spare.wait(10) == 0
    assert answer["ok"] is True and answer["denied"] == []
    assert "root:" not in answer["doc"]["text"]


def test_a_spare_whose_parent_goes_away_ends_quietly() -> None:
    done = subprocess.run(
        [*sandbox.worker_command(["txt"])],
        input=b"",  # stdin closed at once: the parent is gone
        capture_output=True,
        timeout=60,
        cwd=REPO,
    )
    assert done.returncode == 0 and done.stdout == b""


def test_discarding_the_spare_ends_it(no_spare) -> None:
    sandbox.prewarm(["txt"])
    spare = _waiting_spare()
    sandbox.discard_spare()
    assert spare.poll() is not None

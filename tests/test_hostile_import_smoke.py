"""A fast slice of the hostile import corpus (benchmarks/hostile_corpus.py, smoke=True).

About 35 files from the same generators as ``benchmarks/bench_hostile_import.py`` (empty,
random bytes under every extension, truncated PDF/docx, a declared-4 GB and a 2,001-member
docx, billion laughs and XXE in document.xml, 40-deep nested tables, a 1 MB line, file://
and http:// resources, wrong encodings, a PDF with JavaScript, disguised files, hostile names,
symlinks out of the folder): ``import_file`` never raises, always answers an
``ImportedDocument`` or a ``Refusal``, every refusal is one Indonesian sentence naming the
file, and nothing is written into the corpus folder.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from guide.importing import ImportedDocument, Refusal, import_file

REPO = Path(__file__).resolve().parent.parent


def _corpus_module():
    spec = importlib.util.spec_from_file_location(
        "hostile_corpus", REPO / "benchmarks" / "hostile_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("hostile_corpus", module)
    spec.loader.exec_module(module)
    return module


def _tree(folder: Path) -> dict[str, tuple[int, int, int]]:
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            st = os.lstat(os.path.join(root, name))
            out[os.path.join(root, name)] = (st.st_mode, st.st_size, st.st_mtime_ns)
    return out


def _one_sentence_problem(reason: str, name: str) -> str:
    prefix = f"«{name}» tidak dapat diimpor: "
    if not reason.startswith(prefix):
        return "does not name the file in the «name» tidak dapat diimpor: form"
    rest = reason[len(prefix) :]
    if len(rest) < 8 or not rest.endswith("."):
        return "no reason, or no full stop"
    if "\n" in rest or re.search(r"[.!?]\s+[A-Z«]", rest[:-1]):
        return "more than one sentence"
    if re.search(r"Traceback|Error\b|Exception|errno", rest):
        return "a Python error in the sentence"
    return ""


def test_hostile_smoke_corpus_never_crashes(tmp_path: Path) -> None:
    corpus = tmp_path / "korpus"
    made = _corpus_module().build(corpus, smoke=True)
    assert 25 <= len(made) <= 45
    before = _tree(corpus)

    def run(item: tuple[str, Path]) -> tuple[str, Path, object]:
        category, path = item
        try:
            return category, path, import_file(path)
        except BaseException as exc:  # the test counts it as a crash
            return category, path, exc

    with ThreadPoolExecutor(2) as pool:  # import_file waits on a child process: 2 at a time
        results = list(pool.map(run, made))

    crashes = [(p.name, r) for _, p, r in results if not isinstance(r, ImportedDocument | Refusal)]
    assert crashes == []
    bad = [
        (p.name, why, r.reason)
        for _, p, r in results
        if isinstance(r, Refusal) and (why := _one_sentence_problem(r.reason, p.name))
    ]
    assert bad == []
    assert all(r.file_name == p.name for _, p, r in results if isinstance(r, Refusal))
    by_name = {p.name: r for _, p, r in results}
    # the attacks are refused, the real fixtures still import
    assert isinstance(by_name["bom-deklarasi-4gb.docx"], Refusal)
    assert isinstance(by_name["bom-2001-bagian.docx"], Refusal)
    assert isinstance(by_name["xml-laughs-utf-8.docx"], Refusal)
    assert isinstance(by_name["xml-xxe-file-utf-8.docx"], Refusal)
    assert isinstance(by_name["kosong.txt"], Refusal)
    assert sum(isinstance(r, ImportedDocument) for c, _, r in results if "control" in c) == 2
    for _, _, r in results:  # /etc/passwd never leaks through an entity or a resource
        if isinstance(r, ImportedDocument) and not r.file_name.startswith("tautan-"):
            assert "root:x:0:0" not in r.text, r.file_name
    assert _tree(corpus) == before  # nothing written into the corpus folder

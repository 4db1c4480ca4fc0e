"""Project rules that can silently break: guide/ stays headless, and no network at all."""

from __future__ import annotations

import ast
import pkgutil
import socket
import subprocess
import sys

import pytest

import guide
from tests.conftest import REPO


def test_guide_never_imports_qt() -> None:
    modules = [f"guide.{m.name}" for m in pkgutil.iter_modules(guide.__path__)]
    modules = [m for m in modules if m != "guide.__main__"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _imported_modules(path) -> set[str]:
    """Every module a source file imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def test_guide_source_never_reaches_ui_or_qt() -> None:
    """Lazy imports inside functions count too: guide/ is the headless core, ui/ the
    composition root (ui.entry) that starts the app."""
    offenders = {
        f"{path.relative_to(REPO)}: {module}"
        for path in sorted((REPO / "guide").rglob("*.py"))
        for module in _imported_modules(path)
        if module.split(".")[0] in ("ui", "PySide6", "shiboken6")
    }
    assert not offenders, sorted(offenders)


def test_the_source_check_sees_a_lazy_import(tmp_path) -> None:
    module = tmp_path / "lazy.py"
    module.write_text("def f():\n    from ui.app import run\n    import PySide6.QtCore\n")
    assert {"ui.app", "PySide6.QtCore"} <= _imported_modules(module)


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_sockets_are_blocked_in_tests() -> None:
    with pytest.raises(Exception, match=r"(?i)socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(Exception, match=r"(?i)socket"):
        socket.create_connection(("127.0.0.1", 9))

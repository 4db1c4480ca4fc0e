"""Project rules that can silently break: guide/ stays headless, and no network at all."""

from __future__ import annotations

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


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_sockets_are_blocked_in_tests() -> None:
    with pytest.raises(Exception, match=r"(?i)socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(Exception, match=r"(?i)socket"):
        socket.create_connection(("127.0.0.1", 9))

"""Where the user is, and the back/forward history of where they have been (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

# A named tuple, not a dataclass, and json imported when used: this module is on the start-up
# path, where importing dataclasses and json would cost ~6 ms before the window shows.

MAX_ENCODED_LENGTH = 4096  # an encoded location is a view and a few ids: ~100 characters
MAX_ARGS = 16  # the longest location, the reader's, has five arguments
# What encode writes: a JSON list of strings, nothing nested (a string may hold any character).
_JSON_STRING = r'"(?:[^"\\\x00-\x1f]|\\.)*"'
_FLAT_STRING_LIST = rf"\s*\[\s*{_JSON_STRING}(?:\s*,\s*{_JSON_STRING})*\s*\]\s*"


class _Fields(NamedTuple):
    view: str
    args: tuple[str, ...]


class Location(_Fields):
    """A view and what it shows: ("home",), ("profile", role, tab), ("reader", article, …)."""

    __slots__ = ()

    def __new__(cls, view: str, args: Iterable[object] = ()) -> Location:
        # Arguments are kept as text, so a location read back from settings equals the original.
        return super().__new__(cls, view, tuple(str(a) for a in args))

    def encode(self) -> str:
        """A one-line form for QSettings (a JSON list: view, then the arguments)."""
        import json

        return json.dumps([self.view, *self.args], ensure_ascii=False)

    @classmethod
    def decode(cls, text: object) -> Location | None:
        """The inverse of :meth:`encode`: a flat JSON list of strings, the first one non-empty,
        at most :data:`MAX_ARGS` arguments and :data:`MAX_ENCODED_LENGTH` characters in all.
        None for anything else (never raises, and gives up on deep or huge input at once)."""
        if not isinstance(text, str) or not text or len(text) > MAX_ENCODED_LENGTH:
            return None
        import re

        # Checked before parsing, in linear time: nested brackets never reach the (recursive)
        # JSON decoder.
        if re.fullmatch(_FLAT_STRING_LIST, text) is None:
            return None
        import json

        try:
            parts = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if (
            not isinstance(parts, list)
            or not 1 <= len(parts) <= MAX_ARGS + 1
            or not all(isinstance(p, str) for p in parts)
            or not parts[0]
        ):
            return None
        return cls(parts[0], parts[1:])


HOME = Location("home")


class History:
    """A browser-like history: visiting drops the forward entries."""

    def __init__(self, limit: int = 200) -> None:
        self._entries: list[Location] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Location | None:
        """The location shown now."""
        return self._entries[self._index] if self._index >= 0 else None

    def visit(self, location: Location) -> None:
        """Go somewhere new (a repeat of the current location is not recorded twice)."""
        if location == self.current:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(location)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def replace(self, location: Location) -> None:
        """Change the current entry in place (e.g. another tab of the same profile)."""
        if self._index < 0:
            self.visit(location)
        else:
            self._entries[self._index] = location

    def can_go_back(self) -> bool:
        """True when there is an earlier location."""
        return self._index > 0

    def can_go_forward(self) -> bool:
        """True when the user went back and can return."""
        return self._index < len(self._entries) - 1

    def back(self) -> Location | None:
        """Step back; the new current location, or None."""
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Location | None:
        """Step forward; the new current location, or None."""
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current

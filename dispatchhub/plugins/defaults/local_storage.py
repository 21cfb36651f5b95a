"""Default storage: files on the local disk under the ``storage_dir`` setting."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from dispatchhub.plugins.hookspecs import hookimpl

__all__ = ["LocalStorage", "safe_key"]

_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")


def safe_key(key: str) -> bool:
    """Whether ``key`` is relative parts of safe characters (no ``..``, no absolute path)."""
    parts = key.split("/")
    return bool(parts) and all(_PART.fullmatch(p) and ".." not in p for p in parts)


class LocalStorage:
    """Registered by :func:`dispatchhub.runtime.create_runtime` with the process's settings;
    asked last, so any installed storage plugin answers first."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        if not safe_key(key):
            raise ValueError(f"unsafe storage key {key!r}")
        return self.root / key

    @hookimpl(trylast=True)
    def store_file(self, key: str, data: bytes, content_type: str) -> str:
        """Write atomically (a temporary file renamed), so a reader never sees half."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return key

    @hookimpl(trylast=True)
    def fetch_file(self, key: str) -> bytes | None:
        """The file's bytes, or None when there is none."""
        path = self._path(key)
        return path.read_bytes() if path.is_file() else None

"""Object keys <-> local paths, with the safety rules of downloads.

A key is mapped below a destination folder only when every segment is a plain name: no ``..``, no
absolute key (leading ``/``), no drive letter (``C:``), no backslash, no NUL. Empty and ``.`` segments are
dropped (``a//b`` and ``a/./b`` both map to ``a/b``), so two such keys collide and the collision is an
error, as is a key that is both a file and a folder of another key (``x`` and ``x/y``).
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from qarnot_facade.errors import InvalidInputError, UnsafePathError

_DRIVE = re.compile(r"^[A-Za-z]:")
_WINDOWS = sys.platform == "win32"


def normalize_prefix(prefix: str | None) -> str:
    """A remote folder prefix: ``""`` (whole bucket) or ``"a/b/"`` (always ending with ``/``).

    ``"data"`` becomes ``"data/"``, so a sync of ``data`` never touches ``data2/``.
    """
    if prefix is None:
        return ""
    if not isinstance(prefix, str):
        raise InvalidInputError(f"prefix must be a string, got {type(prefix).__name__}")
    parts = [p for p in prefix.replace("\\", "/").split("/") if p not in ("", ".")]
    if ".." in parts:
        raise InvalidInputError(f"prefix must not contain '..': {prefix!r}")
    return "/".join(parts) + "/" if parts else ""


def key_segments(key: str, *, bucket: str | None = None) -> tuple[str, ...]:
    """The local path segments for ``key`` (relative to a destination), or :class:`UnsafePathError`."""

    def refuse(why: str) -> UnsafePathError:
        return UnsafePathError(
            f"refusing to write key {key!r}: {why}", code="UnsafeKey", bucket=bucket, key=key
        )

    if not key:
        raise refuse("empty key")
    if "\x00" in key:
        raise refuse("it contains a NUL character")
    if "\\" in key:
        raise refuse("it contains a backslash (a path separator on Windows)")
    if key.startswith("/"):
        raise refuse("it is an absolute path")
    if _DRIVE.match(key):
        raise refuse("it starts with a drive letter")
    segments = tuple(s for s in key.split("/") if s not in ("", "."))
    if not segments:
        raise refuse("it names no file")
    for s in segments:
        if s == "..":
            raise refuse("it contains '..' and would land outside the destination folder")
        if _WINDOWS and (":" in s or s.rstrip(" .") != s):
            raise refuse(f"segment {s!r} is not a valid Windows file name")
    return segments


def local_target(dest: Path, key: str, strip: str, *, bucket: str | None = None) -> Path:
    """Where ``key`` (which starts with the prefix ``strip``) lands below ``dest``; checked to stay inside."""
    rel = key[len(strip) :] if strip and key.startswith(strip) else key
    if strip and not strip.endswith("/"):
        rel = rel.lstrip("/")  # a raw prefix such as a task's "results" before "results/a.txt"
    segments = key_segments(rel, bucket=bucket)
    target = dest.joinpath(*segments)
    ensure_inside(dest, target, key=key, bucket=bucket)
    return target


def ensure_inside(dest: Path, target: Path, *, key: str | None = None, bucket: str | None = None) -> None:
    """Refuse ``target`` when it (or an existing symlinked folder on its way) resolves outside ``dest``."""
    root = os.path.realpath(dest)
    resolved = os.path.realpath(target)
    if os.path.commonpath([root, resolved]) != root or resolved == root:
        raise UnsafePathError(
            f"refusing to write {str(target)!r}: it resolves outside {str(dest)!r}",
            code="UnsafeKey",
            bucket=bucket,
            key=key,
        )


def check_collisions(targets: Iterable[tuple[str, Path]], *, bucket: str | None = None) -> None:
    """Raise :class:`UnsafePathError` when two keys map to one local path, or one is a folder of another."""
    files: dict[str, str] = {}
    folders: dict[str, str] = {}
    for key, path in targets:
        norm = os.path.normcase(str(path))
        if norm in files:
            raise UnsafePathError(
                f"keys {files[norm]!r} and {key!r} map to the same local file {str(path)!r}",
                code="KeyCollision",
                bucket=bucket,
                key=key,
            )
        if norm in folders:
            raise UnsafePathError(
                f"key {key!r} is a file but key {folders[norm]!r} needs a folder at {str(path)!r}",
                code="KeyCollision",
                bucket=bucket,
                key=key,
            )
        files[norm] = key
        for parent in Path(norm).parents:
            p = str(parent)
            if p in files:
                raise UnsafePathError(
                    f"key {files[p]!r} is a file but key {key!r} needs a folder at {p!r}",
                    code="KeyCollision",
                    bucket=bucket,
                    key=key,
                )
            if p in folders:
                break
            folders[p] = key


Patterns = str | Iterable[str] | None


class KeyFilter:
    """Which files a directory transfer or sync takes, from ``include`` and ``exclude`` glob patterns.

    Patterns are matched (case-sensitively, like keys) against the path relative to the folder being
    transferred, with ``/`` separators, and against each of its parent folders: ``cache`` excludes the
    top-level folder ``cache`` and all below it, ``*.tmp`` every ``.tmp`` file at any depth (``*``
    crosses ``/``), ``*/.git`` every ``.git`` folder below the top. A path is taken when it matches an
    ``include`` pattern (or there are none) and no ``exclude`` pattern: exclude wins. What is not taken
    is left alone on both sides: never sent, fetched, compared or deleted.
    """

    def __init__(self, include: Patterns = None, exclude: Patterns = None) -> None:
        self.include = _patterns(include, "include")
        self.exclude = _patterns(exclude, "exclude")

    def __bool__(self) -> bool:
        return bool(self.include or self.exclude)

    def __call__(self, rel: str) -> bool:
        return (not self.include or self._matches(self.include, rel)) and not self.excludes(rel)

    def excludes(self, rel: str) -> bool:
        """Whether an ``exclude`` pattern leaves out ``rel`` (and, for a folder, all below it)."""
        return self._matches(self.exclude, rel)

    @staticmethod
    def _matches(patterns: tuple[str, ...], rel: str) -> bool:
        parts = rel.split("/")
        names = ["/".join(parts[:n]) for n in range(len(parts), 0, -1)]
        return any(fnmatch.fnmatchcase(name, p) for p in patterns for name in names)


def _patterns(value: Patterns, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    try:
        out = tuple(items)
    except TypeError:
        raise InvalidInputError(f"{name} must be a glob pattern or a list of them") from None
    cleaned = []
    for p in out:
        pattern = p.strip("/") if isinstance(p, str) else ""
        while pattern.startswith("./"):  # "./cache" means the folder cache at the top
            pattern = pattern[2:].lstrip("/")
        if not pattern or pattern == ".":
            raise InvalidInputError(f"{name} patterns must be non-empty strings, got {p!r}")
        cleaned.append(pattern)
    return tuple(cleaned)

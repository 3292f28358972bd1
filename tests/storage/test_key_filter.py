"""The include/exclude rules of the directory methods, on their own (no server needed)."""

from __future__ import annotations

import pytest

from qarnot_facade.errors import InvalidInputError
from qarnot_facade.storage import KeyFilter


@pytest.mark.parametrize(
    ("include", "exclude", "taken", "left_out"),
    [
        # a pattern matches the path or any of its parent folders
        (None, "cache", ["a/cache/x", "cache.txt", "caches/x"], ["cache", "cache/x", "cache/a/b"]),
        # "*" crosses "/": *.tmp is any .tmp at any depth
        (None, "*.tmp", ["a.tmp.txt", "tmp/a"], ["a.tmp", "d/e/a.tmp"]),
        (None, "*/.git", [".git/config", "a.git"], ["a/.git/config", "a/b/.git"]),
        # "./x" and "/x/" mean the top-level x
        (None, ["./cache", "/logs/"], ["a/cache"], ["cache/x", "logs/l.txt"]),
        # include narrows, exclude wins over include
        ("renders", "*.tmp", ["renders/f1.exr", "renders/sub/f2.exr"], ["renders2/f", "x", "renders/f.tmp"]),
        (["*.exr", "logs/*.txt"], None, ["f.exr", "a/f.exr", "logs/a.txt"], ["logs/a.log", "a.png"]),
        # keys are case-sensitive
        (None, "*.TMP", ["a.tmp"], ["a.TMP"]),
    ],
)
def test_rules(include: object, exclude: object, taken: list[str], left_out: list[str]) -> None:
    keys = KeyFilter(include, exclude)  # type: ignore[arg-type]
    assert keys
    assert [k for k in taken if not keys(k)] == []
    assert [k for k in left_out if keys(k)] == []


def test_no_patterns_take_everything() -> None:
    keys = KeyFilter()
    assert not keys and keys("any/thing")


@pytest.mark.parametrize("bad", [3, b"*.tmp", [""], ["ok", None], ".", "./", "//", [["nested"]]])
def test_bad_patterns_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError, match="exclude"):
        KeyFilter(exclude=bad)  # type: ignore[arg-type]

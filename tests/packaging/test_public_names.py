"""No two public names a user can import differ only by case or by one letter (``APIError``/``ApiError``)."""

from __future__ import annotations

import importlib
import itertools

import pytest

# every module whose __all__ a user imports from
PUBLIC_MODULES = (
    "qarnot_facade",
    "qarnot_facade.errors",
    "qarnot_facade.filters",
    "qarnot_facade.storage",
    "qarnot_facade.testing",
)


def one_letter_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are equal ignoring case, or one edit (add, drop, change a letter) apart."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("APIError", "ApiError", True),
        ("ValidationError", "ValidationErrors", True),
        ("BulkTaskResult", "BulkTaskResults", True),
        ("Task", "Tasks", True),
        ("Pool", "Poll", True),
        ("Task", "TaskPage", False),
        ("Job", "JobState", False),
        ("Field", "Filter", False),
    ],
)
def test_one_letter_apart(a: str, b: str, close: bool) -> None:
    assert one_letter_apart(a, b) is close
    assert one_letter_apart(b, a) is close


def _type_and_its_instance(a: object, b: object) -> bool:
    """``Unset`` and ``UNSET``: a marker type and its one instance, named by the usual convention."""
    return (isinstance(a, type) and isinstance(b, a)) or (isinstance(b, type) and isinstance(a, b))


def test_no_two_public_names_are_one_letter_apart() -> None:
    names: set[str] = set()
    values: dict[str, object] = {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        exported = set(module.__all__)
        for name in exported:
            assert hasattr(module, name), f"{module_name}.__all__ names {name!r}, which does not exist"
            values[name] = getattr(module, name)
        names |= exported
    clashes = [
        (a, b)
        for a, b in itertools.combinations(sorted(names), 2)
        if one_letter_apart(a, b) and not _type_and_its_instance(values[a], values[b])
    ]
    assert clashes == []


def test_every_error_is_importable_from_the_package() -> None:
    import qarnot_facade
    import qarnot_facade.errors

    missing = sorted(set(qarnot_facade.errors.__all__) - set(qarnot_facade.__all__))
    assert missing == [], "from qarnot_facade import <every error the facade raises>"
    for name in qarnot_facade.errors.__all__:
        assert getattr(qarnot_facade, name) is getattr(qarnot_facade.errors, name)

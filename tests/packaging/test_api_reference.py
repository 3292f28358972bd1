"""The Python API reference (``make docs``): every public name documented, re-exports and mixins shown."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def api_reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("api_reference", ROOT / "scripts" / "api_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def toy_package(tmp_path: Path) -> Iterator[str]:
    """A package laid out like this one: a lazy __init__ re-exporting from private modules, a mixin."""
    package = tmp_path / "toypkg_reference"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            '''
            """A toy package."""
            import importlib
            __all__ = ["Client", "Callback", "undocumented_function", "documented_function"]
            _WHERE = {name: "._impl" for name in __all__}

            def __getattr__(name):
                if name not in _WHERE:
                    raise AttributeError(name)
                value = getattr(importlib.import_module(_WHERE[name], __name__), name)
                globals()[name] = value
                return value
            '''
        ),
        encoding="utf-8",
    )
    (package / "_mixin.py").write_text(
        textwrap.dedent(
            '''
            class Operations:
                def documented_operation(self) -> None:
                    """Does something."""

                def undocumented_operation(self) -> None:
                    pass
            '''
        ),
        encoding="utf-8",
    )
    (package / "_impl.py").write_text(
        textwrap.dedent(
            '''
            from collections.abc import Callable
            from ._mixin import Operations

            Callback = Callable[[int], None]
            """Called with a number."""

            class Client(Operations):
                """The client."""

            def undocumented_function() -> None:
                pass

            def documented_function() -> None:
                """Documented."""
            '''
        ),
        encoding="utf-8",
    )
    sys.path.insert(0, str(tmp_path))
    try:
        yield package.name
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n.split(".")[0] == package.name]:
            del sys.modules[name]


def test_the_check_names_what_has_no_docstring_including_mixin_methods(
    api_reference: ModuleType, toy_package: str
) -> None:
    missing = api_reference.undocumented([toy_package])
    assert missing == [
        f"{toy_package}.Client.undocumented_operation",
        f"{toy_package}.undocumented_function",
    ]


def test_the_reference_shows_reexported_aliases_and_mixin_methods(
    api_reference: ModuleType, toy_package: str, tmp_path: Path
) -> None:
    out = tmp_path / "html"
    api_reference.build([toy_package], out)
    page = (out / f"{toy_package}.html").read_text(encoding="utf-8")
    assert 'id="Client.documented_operation"' in page, "a mixin's method is documented on the class"
    assert "Called with a number." in page, "a re-exported alias keeps the docstring of its definition"
    assert 'id="documented_function"' in page


def test_every_public_name_of_this_package_is_documented(api_reference: ModuleType) -> None:
    assert api_reference.undocumented(api_reference.PUBLIC_MODULES) == []


# every call can fail these ways, whatever it does (a bad token, a server fault, no network)
EVERY_CALL_RAISES = ("AuthenticationError", "ServerError", "APIConnectionError")


def _spec_operation_ids() -> list[str]:
    import yaml

    spec = yaml.safe_load((ROOT / "openapi" / "qarnot.yaml").read_text(encoding="utf-8"))
    methods = {"get", "put", "post", "delete", "patch"}
    return sorted(
        {op["operationId"] for item in spec["paths"].values() for m, op in item.items() if m in methods}
    )


def test_every_operation_documents_the_errors_every_call_can_raise() -> None:
    import inspect
    import re

    from qarnot_facade import AsyncClient, Client

    checked = 0
    incomplete: dict[str, list[str]] = {}
    for name in _spec_operation_ids():
        for cls in (Client, AsyncClient):
            method = getattr(cls, name, None)
            if method is None:
                continue  # a missing method is the operation table's test to report
            doc = inspect.getdoc(method) or ""
            raises = re.search(r"^Raises:\n(.*?)(?:\n\n|\Z)", doc, flags=re.M | re.S)
            block = raises.group(1) if raises else ""
            missing = [error for error in EVERY_CALL_RAISES if not re.search(rf"\b{error}\b", block)]
            if missing:
                incomplete[f"{cls.__name__}.{name}"] = missing
            checked += 1
    assert checked >= 2 * 77
    assert incomplete == {}

"""Fixtures for the spec tests: paths, the parsed spec, and the scripts/ modules loaded by file path."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "openapi" / "qarnot.yaml"
GENERATED_DIR = REPO_ROOT / "generated"
SPEC_URI = "urn:qarnot:openapi"

# validate(instance, "#/components/schemas/Task") -> the validation error messages (empty when valid)
Validate = Callable[[Any, str], list[str]]


def load_script(name: str) -> ModuleType:
    """Import scripts/<name>.py (scripts/ is not a package)."""
    module_name = f"_spec_tooling_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, REPO_ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None, f"scripts/{name}.py not found"
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def spec_diff() -> ModuleType:
    return load_script("spec_diff")


@pytest.fixture(scope="session")
def openapi() -> dict[str, Any]:
    """The parsed spec (a clear failure, not a skip, when it is missing: it is the contract)."""
    assert SPEC_PATH.is_file(), f"{SPEC_PATH} is missing"
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


@pytest.fixture(scope="session")
def validate(openapi: dict[str, Any]) -> Validate:
    """JSON Schema 2020-12 validation of a value against any schema of the spec, given by its JSON pointer.

    The whole spec is one resource in a `referencing` registry, so `#/components/schemas/...` refs inside
    it resolve against the spec. Formats (date-time, ...) are checked.
    """
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(openapi, default_specification=DRAFT202012)
    )

    def check(instance: Any, pointer: str) -> list[str]:
        assert pointer.startswith("#/"), pointer
        validator = Draft202012Validator(
            {"$ref": SPEC_URI + pointer},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        return [
            f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
            for error in sorted(validator.iter_errors(instance), key=lambda error: list(error.absolute_path))
        ]

    return check

"""Examples in the spec: every request body and every JSON response has one, and every example anywhere in
the spec (media-type `example`/`examples`, schema `example`/`examples`) validates against its own schema
(JSON Schema 2020-12 with the spec's components, formats checked)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

Validate = Callable[[Any, str], list[str]]  # the `validate` fixture of conftest.py
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def resolve(openapi: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Follow $refs; returns the node and the JSON pointer where it really lives."""
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"]
        node = openapi
        for part in pointer[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, pointer


def is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def media_examples(openapi: dict[str, Any], media: dict[str, Any]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append(("example", media["example"]))
    for name, example in (media.get("examples") or {}).items():
        example, _ = resolve(openapi, example, "")
        assert "value" in example, f"example {name} has no inline value"
        found.append((name, example["value"]))
    return found


def schema_examples(openapi: dict[str, Any], schema: Any) -> list[Any]:
    schema, _ = resolve(openapi, schema, "")
    if not isinstance(schema, dict):
        return []
    found = list(schema.get("examples") or [])
    if "example" in schema:
        found.append(schema["example"])
    return found


def bodies(openapi: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(label, JSON pointer of the media type object, media type object) of every request and response
    body of every operation, responses followed into components/responses."""
    for path, item in openapi["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            base = f"#/paths/{escape(path)}/{method}"
            label = operation.get("operationId", f"{method.upper()} {path}")
            if "requestBody" in operation:
                body, pointer = resolve(openapi, operation["requestBody"], f"{base}/requestBody")
                for media_type, media in body.get("content", {}).items():
                    yield f"{label} request {media_type}", f"{pointer}/content/{escape(media_type)}", media
            for status, raw in operation["responses"].items():
                response, pointer = resolve(openapi, raw, f"{base}/responses/{status}")
                where = pointer.removeprefix("#/") if "$ref" in raw else f"{label} {status}"
                for media_type, media in response.get("content", {}).items():
                    yield f"{where} {media_type}", f"{pointer}/content/{escape(media_type)}", media


def test_every_json_body_has_an_example(openapi: dict[str, Any]) -> None:
    missing = sorted(
        {
            label
            for label, _, media in bodies(openapi)
            if is_json(label.rsplit(" ", 1)[-1])
            and "schema" in media
            and not media_examples(openapi, media)
            and not schema_examples(openapi, media["schema"])
        }
    )
    assert missing == [], f"{len(missing)} JSON bodies without an example: {missing}"


def every_example(openapi: dict[str, Any]) -> Iterator[tuple[str, Any, str]]:
    """(where, example value, JSON pointer of the schema it must satisfy), each media type object once."""
    seen: set[str] = set()
    for label, pointer, media in bodies(openapi):
        if pointer in seen or "schema" not in media:
            continue
        seen.add(pointer)
        for name, value in media_examples(openapi, media):
            yield f"{label} examples.{name}", value, f"{pointer}/schema"

    def walk(node: Any, pointer: str, names: bool = False) -> Iterator[tuple[str, Any, str]]:
        """names: node maps property names to schemas (a property may be called `example`)."""
        if isinstance(node, dict):
            if not names and isinstance(node.get("examples"), list):
                for index, value in enumerate(node["examples"]):
                    yield f"{pointer} examples[{index}]", value, pointer
            if not names and "example" in node:
                yield f"{pointer} example", node["example"], pointer
            for key, value in node.items():
                if names or key not in ("example", "examples"):
                    child_names = not names and key in ("properties", "patternProperties", "$defs")
                    yield from walk(value, f"{pointer}/{escape(str(key))}", child_names)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{pointer}/{index}")

    yield from walk(openapi["components"].get("schemas", {}), "#/components/schemas", names=True)


def test_examples_validate_against_their_schema(openapi: dict[str, Any], validate: Validate) -> None:
    examples = list(every_example(openapi))
    assert len(examples) >= 50, "expected examples throughout the spec"
    failures = []
    for where, value, pointer in examples:
        errors = validate(value, pointer)
        if errors:
            failures.append(f"{where}: {errors[:3]}")
    assert failures == [], "\n".join(failures)


def test_the_validator_rejects_a_wrong_example(openapi: dict[str, Any], validate: Validate) -> None:
    """The check above can fail: a task payload without its required name is refused."""
    for label, pointer, _ in bodies(openapi):
        if label.startswith("create_task request"):
            assert validate({"profile": "docker-batch", "instanceCount": 1}, f"{pointer}/schema") != []
            assert validate({"name": "x", "instanceCount": "two"}, f"{pointer}/schema") != []
            return
    pytest.fail("create_task has no request body")

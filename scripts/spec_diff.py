"""Report the changes between two versions of the OpenAPI spec and flag the breaking ones.

    python scripts/spec_diff.py --base origin/main openapi/qarnot.yaml   # spec at a git ref vs the file
    python scripts/spec_diff.py --base-file old.yaml new.yaml            # two files

Exit status: 0 when nothing breaks, 1 when at least one change breaks existing clients, 2 on bad input.

Breaking, from a client's point of view (the generated client, the facade and ports in other languages):
removed or moved operation (path or method changed), renamed operationId, removed schema component;
removed parameter, new required parameter, parameter made required or retyped; request body added as
required or removed; request field removed, retyped, newly required; narrowed enum (a value removed) or
changed const; tighter request constraints (bounds, pattern, closed additionalProperties); a new required
request variant set that drops an old variant; response status or media type removed; response field
removed, retyped, no longer required, or made nullable; a new variant in a response union.
Everything else (new operations, optional fields, widened enums, descriptions) is reported as a change.

No maintained breaking-change checker installs from the registries this project can reach (oasdiff is a
Go binary; @pb33f/openapi-changes downloads its binary at install time; the npm openapi-diff does not read
OpenAPI 3.1), hence this small, tested script.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
Direction = Literal["request", "response"]
Json = Any  # a decoded YAML/JSON value


class SpecDiffError(Exception):
    """Bad input (missing file, unknown git ref, not an OpenAPI document)."""


@dataclass(frozen=True)
class Change:
    breaking: bool
    where: str
    message: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'change  '}  {self.where}: {self.message}"


# ---------------------------------------------------------------------------------------------------------
# loading


def load_spec_text(text: str, origin: str) -> dict[str, Json]:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise SpecDiffError(f"{origin} is not valid YAML: {error}") from error
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise SpecDiffError(f"{origin} is not an OpenAPI document (no 'openapi' or 'paths' key)")
    return document


def load_spec_file(path: Path) -> dict[str, Json]:
    if not path.is_file():
        raise SpecDiffError(f"spec file not found: {path}")
    return load_spec_text(path.read_text(encoding="utf-8"), str(path))


def load_spec_at_ref(ref: str, spec: Path) -> dict[str, Json]:
    """The spec file as it is at a git ref (the path is taken relative to the repository holding it)."""
    spec = spec.resolve()
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"],
        cwd=spec.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    if top.returncode != 0:
        raise SpecDiffError(f"{spec.parent} is not inside a git repository: {top.stderr.strip()}")
    root = Path(top.stdout.strip()).resolve()
    relative = spec.relative_to(root).as_posix()
    shown = subprocess.run(
        ["git", "show", f"{ref}:{relative}"], cwd=root, capture_output=True, text=True, check=False
    )
    if shown.returncode != 0:
        raise SpecDiffError(f"cannot read {relative} at git ref {ref!r}: {shown.stderr.strip()}")
    return load_spec_text(shown.stdout, f"{ref}:{relative}")


# ---------------------------------------------------------------------------------------------------------
# schema helpers


def _pointer_get(document: Mapping[str, Json], ref: str) -> Json:
    if not ref.startswith("#/"):
        raise SpecDiffError(f"only local $refs are supported, got {ref!r}")
    node: Json = document
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            raise SpecDiffError(f"unresolvable $ref {ref!r}")
        node = node[part]
    return node


def _deref(document: Mapping[str, Json], node: Json) -> tuple[Json, str | None]:
    """Follow $ref chains; sibling keywords of a $ref override the target's. Returns (node, last ref)."""
    last_ref: str | None = None
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise SpecDiffError(f"$ref cycle through {ref!r}")
        seen.add(ref)
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        target = _pointer_get(document, ref)
        node = {**target, **siblings} if siblings and isinstance(target, Mapping) else target
        last_ref = ref
    return node, last_ref


def _flatten(document: Mapping[str, Json], schema: Json) -> tuple[dict[str, Json], str | None]:
    """Resolve refs and merge allOf parts into one schema (properties and required united)."""
    resolved, ref = _deref(document, schema)
    if not isinstance(resolved, Mapping):
        return {}, ref
    merged: dict[str, Json] = {key: value for key, value in resolved.items() if key != "allOf"}
    for part in resolved.get("allOf", []) or []:
        flat, _ = _flatten(document, part)
        properties = {**flat.get("properties", {}), **merged.get("properties", {})}
        required = sorted(set(flat.get("required", [])) | set(merged.get("required", [])))
        for key, value in flat.items():
            merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
    return merged, ref


def _types(schema: Mapping[str, Json]) -> set[str]:
    declared = schema.get("type")
    types = (
        set(declared) if isinstance(declared, list) else ({declared} if isinstance(declared, str) else set())
    )
    if schema.get("nullable") is True:
        types.add("null")
    if "integer" in types and "number" in types:
        types.discard("integer")
    return types


def _variant_key(document: Mapping[str, Json], variant: Json, index: int) -> str:
    if isinstance(variant, Mapping) and isinstance(variant.get("$ref"), str):
        return str(variant["$ref"]).rsplit("/", 1)[-1]
    resolved, _ = _deref(document, variant)
    if isinstance(resolved, Mapping):
        types = _types(resolved)
        if types:
            suffix = f" enum={sorted(map(str, resolved['enum']))}" if "enum" in resolved else ""
            return "type:" + "|".join(sorted(types)) + suffix
    return f"variant#{index}"


def _variants(document: Mapping[str, Json], schema: Mapping[str, Json]) -> dict[str, Json] | None:
    for keyword in ("oneOf", "anyOf"):
        if isinstance(schema.get(keyword), list):
            keyed: dict[str, Json] = {}
            for index, variant in enumerate(schema[keyword]):
                key = _variant_key(document, variant, index)
                keyed[key if key not in keyed else f"{key}#{index}"] = variant
            return keyed
    return None


def _inline_key(key: str) -> bool:
    """A union variant key made for an inline schema (named schemas are keyed by their name)."""
    return key.startswith(("type:", "variant#"))


def _ref_name(ref: str | None) -> str | None:
    return ref.rsplit("/", 1)[-1] if ref else None


# ---------------------------------------------------------------------------------------------------------
# comparison


class Differ:
    def __init__(self, old: Mapping[str, Json], new: Mapping[str, Json]) -> None:
        self.old = old
        self.new = new
        self._found: dict[tuple[str, str], bool] = {}
        self._visited: set[tuple[str | None, str | None, str, str]] = set()

    def add(self, breaking: bool, where: str, message: str) -> None:
        """Record a change once; the same change seen from two places keeps the stronger verdict."""
        key = (where, message)
        self._found[key] = self._found.get(key, False) or breaking

    @property
    def changes(self) -> list[Change]:
        return [Change(breaking, where, message) for (where, message), breaking in self._found.items()]

    # -- operations --------------------------------------------------------------------------------------

    def _operations(self, document: Mapping[str, Json]) -> dict[tuple[str, str], dict[str, Json]]:
        found: dict[tuple[str, str], dict[str, Json]] = {}
        for path, item in (document.get("paths") or {}).items():
            item, _ = _deref(document, item)
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    merged = dict(operation)
                    merged["parameters"] = self._merged_parameters(document, item, operation)
                    found[(method.upper(), path)] = merged
        return found

    @staticmethod
    def _merged_parameters(
        document: Mapping[str, Json], item: Mapping[str, Json], operation: Mapping[str, Json]
    ) -> dict[tuple[str, str], dict[str, Json]]:
        parameters: dict[tuple[str, str], dict[str, Json]] = {}
        for source in (item.get("parameters") or [], operation.get("parameters") or []):
            for raw in source:
                parameter, _ = _deref(document, raw)
                if isinstance(parameter, Mapping) and "name" in parameter and "in" in parameter:
                    parameters[(str(parameter["in"]), str(parameter["name"]))] = dict(parameter)
        return parameters

    def compare(self) -> list[Change]:
        old_ops = self._operations(self.old)
        new_ops = self._operations(self.new)
        old_by_id = {op["operationId"]: key for key, op in old_ops.items() if "operationId" in op}
        new_by_id = {op["operationId"]: key for key, op in new_ops.items() if "operationId" in op}

        for key, old_op in old_ops.items():
            label = f"{key[0]} {key[1]}"
            operation_id = old_op.get("operationId")
            if key not in new_ops:
                if operation_id in new_by_id:
                    moved = new_by_id[operation_id]
                    self.add(True, label, f"operation {operation_id} moved to {moved[0]} {moved[1]}")
                    self._compare_operation(f"{operation_id}", old_op, new_ops[moved])
                else:
                    self.add(True, label, f"operation {operation_id or ''} removed".replace("  ", " "))
                continue
            new_op = new_ops[key]
            if operation_id != new_op.get("operationId"):
                self.add(
                    True,
                    label,
                    f"operationId renamed from {operation_id} to {new_op.get('operationId')} "
                    "(generated module and facade method names change)",
                )
            self._compare_operation(label, old_op, new_op)

        for key, new_op in new_ops.items():
            operation_id = new_op.get("operationId")
            if key not in old_ops and operation_id not in old_by_id:
                self.add(False, f"{key[0]} {key[1]}", f"new operation {operation_id or ''}".rstrip())

        self._compare_components()
        return self.changes

    def _compare_components(self) -> None:
        old_schemas = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new.get("components") or {}).get("schemas") or {}
        for name in old_schemas:
            if name not in new_schemas:
                self.add(
                    True, f"components.schemas.{name}", "schema removed (its generated model disappears)"
                )
            else:
                # Components are public types of the generated client even when no operation uses them.
                self._compare_schema(
                    f"components.schemas.{name}",
                    {"$ref": f"#/components/schemas/{name}"},
                    {"$ref": f"#/components/schemas/{name}"},
                    "response",
                    component_only=True,
                )
        for name in new_schemas:
            if name not in old_schemas:
                self.add(False, f"components.schemas.{name}", "new schema")

    def _compare_operation(self, label: str, old_op: Mapping[str, Json], new_op: Mapping[str, Json]) -> None:
        self._compare_parameters(label, old_op["parameters"], new_op["parameters"])
        self._compare_request_body(label, old_op.get("requestBody"), new_op.get("requestBody"))
        self._compare_responses(label, old_op.get("responses") or {}, new_op.get("responses") or {})

    def _compare_parameters(
        self,
        label: str,
        old: Mapping[tuple[str, str], Mapping[str, Json]],
        new: Mapping[tuple[str, str], Mapping[str, Json]],
    ) -> None:
        for key, old_param in old.items():
            where = f"{label} {key[0]} parameter {key[1]}"
            if key not in new:
                self.add(True, where, "parameter removed")
                continue
            new_param = new[key]
            if new_param.get("required") is True and old_param.get("required") is not True:
                self.add(True, where, "parameter is now required")
            if old_param.get("schema") is not None and new_param.get("schema") is not None:
                self._compare_schema(where, old_param["schema"], new_param["schema"], "request")
        for key, new_param in new.items():
            if key not in old:
                where = f"{label} {key[0]} parameter {key[1]}"
                if new_param.get("required") is True:
                    self.add(True, where, "new required parameter")
                else:
                    self.add(False, where, "new optional parameter")

    def _compare_request_body(self, label: str, old_raw: Json, new_raw: Json) -> None:
        where = f"{label} request body"
        old, _ = _deref(self.old, old_raw) if old_raw is not None else (None, None)
        new, _ = _deref(self.new, new_raw) if new_raw is not None else (None, None)
        if old is None and new is None:
            return
        if old is None:
            required = isinstance(new, Mapping) and new.get("required") is True
            self.add(
                required, where, "new required request body" if required else "new optional request body"
            )
            return
        if new is None:
            self.add(True, where, "request body removed")
            return
        if new.get("required") is True and old.get("required") is not True:
            self.add(True, where, "request body is now required")
        self._compare_content(where, old.get("content") or {}, new.get("content") or {}, "request")

    def _compare_content(
        self, where: str, old: Mapping[str, Json], new: Mapping[str, Json], direction: Direction
    ) -> None:
        for media_type, old_media in old.items():
            if media_type not in new:
                self.add(True, where, f"media type {media_type} removed")
                continue
            old_schema = (old_media or {}).get("schema")
            new_schema = (new[media_type] or {}).get("schema")
            if old_schema is not None and new_schema is not None:
                self._compare_schema(f"{where} ({media_type})", old_schema, new_schema, direction)
            elif old_schema is not None:
                self.add(True, f"{where} ({media_type})", "schema removed")
        for media_type in new:
            if media_type not in old:
                self.add(False, where, f"new media type {media_type}")

    def _compare_responses(self, label: str, old: Mapping[str, Json], new: Mapping[str, Json]) -> None:
        for status, old_raw in old.items():
            where = f"{label} response {status}"
            if status not in new:
                success = str(status).startswith("2")
                self.add(success, where, "response removed")
                continue
            old_response, _ = _deref(self.old, old_raw)
            new_response, _ = _deref(self.new, new[status])
            self._compare_content(
                where,
                (old_response or {}).get("content") or {},
                (new_response or {}).get("content") or {},
                "response",
            )
        for status in new:
            if status not in old:
                self.add(False, f"{label} response {status}", "new response documented")

    # -- schemas -----------------------------------------------------------------------------------------

    def _compare_schema(
        self,
        where: str,
        old_raw: Json,
        new_raw: Json,
        direction: Direction,
        component_only: bool = False,
    ) -> None:
        old, old_ref = _flatten(self.old, old_raw)
        new, new_ref = _flatten(self.new, new_raw)
        mode = "component" if component_only else direction
        visit_key = (old_ref, new_ref, mode, "" if old_ref or new_ref else where)
        if (old_ref or new_ref) and visit_key in self._visited:
            return
        self._visited.add(visit_key)
        if old_ref and new_ref and _ref_name(old_ref) != _ref_name(new_ref):
            self.add(False, where, f"schema changed from {_ref_name(old_ref)} to {_ref_name(new_ref)}")
        # Inside a named schema, report against its name: one line per change however many operations use it.
        where = _ref_name(new_ref or old_ref) or where
        in_request = direction == "request"

        self._compare_types(where, old, new, direction, component_only)
        self._compare_enum(where, old, new, in_request, component_only)
        if in_request and not component_only:
            self._compare_constraints(where, old, new)
        self._compare_variants(where, old, new, direction, component_only)
        self._compare_properties(where, old, new, direction, component_only)

        for keyword in ("items", "additionalProperties"):
            old_sub, new_sub = old.get(keyword), new.get(keyword)
            if isinstance(old_sub, Mapping) and isinstance(new_sub, Mapping):
                suffix = "[]" if keyword == "items" else "{*}"
                self._compare_schema(where + suffix, old_sub, new_sub, direction, component_only)
        closes = old.get("additionalProperties") is not False and new.get("additionalProperties") is False
        if in_request and not component_only and closes and "object" in _types(old):
            self.add(True, where, "additional properties no longer accepted")

    def _compare_types(
        self,
        where: str,
        old: Mapping[str, Json],
        new: Mapping[str, Json],
        direction: Direction,
        component_only: bool,
    ) -> None:
        old_types, new_types = _types(old), _types(new)
        if old_types and new_types and old_types != new_types:
            old_core, new_core = old_types - {"null"}, new_types - {"null"}
            text = f"type {'|'.join(sorted(old_types))} -> {'|'.join(sorted(new_types))}"
            if old_core != new_core:
                widened_request = direction == "request" and old_core <= new_core
                self.add(not widened_request, where, f"retyped: {text}")
            elif component_only:
                self.add(False, where, text)
            elif direction == "response" and "null" in new_types:
                self.add(True, where, f"response value may now be null: {text}")
            elif direction == "request" and "null" in old_types:
                self.add(True, where, f"null no longer accepted: {text}")
            else:
                self.add(False, where, text)
        elif old_types and not new_types and not _variants(self.new, new):
            self.add(False, where, f"type {'|'.join(sorted(old_types))} no longer declared")
        old_format, new_format = old.get("format"), new.get("format")
        if old_format != new_format and (old_types - {"null"}) == (new_types - {"null"}):
            self.add(True, where, f"format {old_format} -> {new_format} (the generated type changes)")
        if "const" in old and old.get("const") != new.get("const"):
            self.add(True, where, f"const {old['const']!r} -> {new.get('const')!r}")
        elif "const" in new and "const" not in old and direction == "request" and not component_only:
            self.add(True, where, f"value now fixed to const {new['const']!r}")

    def _compare_enum(
        self,
        where: str,
        old: Mapping[str, Json],
        new: Mapping[str, Json],
        in_request: bool,
        component_only: bool,
    ) -> None:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if isinstance(old_enum, list) and isinstance(new_enum, list):
            removed = [value for value in old_enum if value not in new_enum]
            added = [value for value in new_enum if value not in old_enum]
            if removed:
                self.add(True, where, f"enum narrowed: {json.dumps(removed)} removed")
            if added:
                self.add(False, where, f"enum widened: {json.dumps(added)} added")
        elif isinstance(old_enum, list) and new_enum is None:
            self.add(False, where, "enum removed (any value of the type is accepted)")
        elif old_enum is None and isinstance(new_enum, list):
            self.add(
                in_request and not component_only, where, f"values now restricted to {json.dumps(new_enum)}"
            )

    def _compare_constraints(self, where: str, old: Mapping[str, Json], new: Mapping[str, Json]) -> None:
        lower_bounds = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
        upper_bounds = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
        for keyword in (*lower_bounds, *upper_bounds):
            old_value, new_value = old.get(keyword), new.get(keyword)
            if new_value is None or isinstance(new_value, bool) or old_value == new_value:
                continue
            tighter = old_value is None or (
                new_value > old_value if keyword in lower_bounds else new_value < old_value
            )
            self.add(tighter, where, f"{keyword} {old_value} -> {new_value}")
        if new.get("pattern") is not None and new.get("pattern") != old.get("pattern"):
            self.add(True, where, f"pattern {old.get('pattern')!r} -> {new.get('pattern')!r}")

    def _compare_variants(
        self,
        where: str,
        old: Mapping[str, Json],
        new: Mapping[str, Json],
        direction: Direction,
        component_only: bool,
    ) -> None:
        old_variants, new_variants = _variants(self.old, old), _variants(self.new, new)
        if old_variants is None and new_variants is None:
            return
        if old_variants is None or new_variants is None:
            self._compare_union_shape(where, old, new, direction, component_only)
            return
        pairs = {key: key for key in old_variants if key in new_variants}
        # An unmatched old variant and an unmatched new one of the same JSON type are the same variant
        # renamed (e.g. an inline object that became a named schema): compare them instead.
        leftover_new = [key for key in new_variants if key not in pairs.values()]
        for key in old_variants:
            if key in pairs:
                continue
            old_types = _types(_flatten(self.old, old_variants[key])[0])
            for candidate in leftover_new:
                if not (_inline_key(key) or _inline_key(candidate)):
                    continue  # two different named schemas: a removed variant and a new one
                if old_types and old_types == _types(_flatten(self.new, new_variants[candidate])[0]):
                    pairs[key] = candidate
                    leftover_new.remove(candidate)
                    break
        for key, old_variant in old_variants.items():
            if key not in pairs:
                self.add(direction == "request" and not component_only, where, f"union variant {key} removed")
                continue
            if pairs[key] != key:
                self.add(False, where, f"union variant {key} is now {pairs[key]}")
            self._compare_schema(
                f"{where}<{key}>", old_variant, new_variants[pairs[key]], direction, component_only
            )
        for key in leftover_new:
            breaks = direction == "response" and not component_only
            note = " (old clients cannot decode it)" if breaks else ""
            self.add(breaks, where, f"new union variant {key}{note}")

    def _value_types(self, document: Mapping[str, Json], schema: Mapping[str, Json]) -> set[str]:
        """JSON types a schema admits, looking through one level of union; empty when unknown."""
        variants = _variants(document, schema)
        if variants is None:
            return _types(schema) - {"null"}
        found: set[str] = set()
        for variant in variants.values():
            resolved, _ = _flatten(document, variant)
            types = _types(resolved) - {"null"}
            if not types and _types(resolved) != {"null"}:
                return set()
            found |= types
        return found

    def _compare_union_shape(
        self,
        where: str,
        old: Mapping[str, Json],
        new: Mapping[str, Json],
        direction: Direction,
        component_only: bool,
    ) -> None:
        """A single schema became a union or the reverse: compatible when the admitted types fit."""
        old_types, new_types = self._value_types(self.old, old), self._value_types(self.new, new)
        fits = bool(old_types and new_types) and (
            old_types <= new_types if direction == "request" else new_types <= old_types
        )
        shape = "a union" if _variants(self.new, new) is not None else "a single schema"
        before, after = "|".join(sorted(old_types)) or "?", "|".join(sorted(new_types)) or "?"
        text = f"now {shape} (types {before} -> {after})"
        self.add(not fits and not component_only, where, text)

    def _compare_properties(
        self,
        where: str,
        old: Mapping[str, Json],
        new: Mapping[str, Json],
        direction: Direction,
        component_only: bool,
    ) -> None:
        old_props: Mapping[str, Json] = old.get("properties") or {}
        new_props: Mapping[str, Json] = new.get("properties") or {}
        old_required = set(old.get("required") or [])
        new_required = set(new.get("required") or [])
        in_request = direction == "request"
        for name, old_prop in old_props.items():
            field = f"{where}.{name}"
            if name not in new_props:
                self.add(True, field, "field removed")
                continue
            if in_request and name in new_required and name not in old_required:
                self.add(not component_only, field, "request field is now required")
            if not in_request and name in old_required and name not in new_required:
                self.add(not component_only, field, "response field no longer required (may be absent)")
            self._compare_schema(field, old_prop, new_props[name], direction, component_only)
        for name in new_props:
            if name in old_props:
                continue
            field = f"{where}.{name}"
            if in_request and name in new_required and not component_only:
                self.add(True, field, "new required request field")
            else:
                self.add(False, field, "new field" + (" (required)" if name in new_required else ""))


def diff_specs(old: Mapping[str, Json], new: Mapping[str, Json]) -> list[Change]:
    return Differ(old, new).compare()


def report(changes: Iterable[Change]) -> str:
    ordered = sorted(changes, key=lambda change: (not change.breaking, change.where, change.message))
    breaking = sum(1 for change in ordered if change.breaking)
    lines = [str(change) for change in ordered]
    lines.append(f"{len(ordered)} change(s), {breaking} breaking")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--base", help="git ref holding the old spec (e.g. origin/main, HEAD~1, a tag)")
    source.add_argument("--base-file", type=Path, help="the old spec as a file")
    parser.add_argument("spec", type=Path, help="the new spec (usually openapi/qarnot.yaml)")
    args = parser.parse_args(argv)
    try:
        if args.base is not None:
            if not args.base.strip():
                raise SpecDiffError(
                    "no base given: use `make spec-diff BASE=<git ref>` (e.g. BASE=origin/main)"
                )
            old = load_spec_at_ref(args.base.strip(), args.spec)
            base_label = args.base.strip()
        else:
            old = load_spec_file(args.base_file)
            base_label = str(args.base_file)
        new = load_spec_file(args.spec)
        changes = diff_specs(old, new)
    except SpecDiffError as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 2
    print(f"spec-diff: {base_label} -> {args.spec}")
    print(report(changes))
    return 1 if any(change.breaking for change in changes) else 0


if __name__ == "__main__":
    sys.exit(main())

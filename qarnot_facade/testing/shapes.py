"""Answer shapes read from the spec, so the sandbox follows it instead of restating it.

Three rules, each in one place:

* :meth:`Shapes.stored`: what a client sends under a property of the request schema that the resource's
  schema also describes is kept under the same name (``null`` counts as "not given", as the API binds it);
* :meth:`Shapes.pick`: a summary holds the properties its own schema describes (``TaskSummary``,
  ``PoolSummary``), no hand-kept field list;
* :meth:`Shapes.complete`: every property the response schema describes is present in an answer, ``null``
  where the sandbox knows nothing (as the platform answers), walking nested objects, arrays and pages.
  Only properties whose schema accepts ``null`` are filled, so an answer never stops conforming.

A field added to a schema in ``openapi/qarnot.yaml`` is therefore accepted, stored and returned with no
sandbox code changed (``tests/sandbox/test_spec_driven.py`` checks it on a copy of the spec).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .validation import SpecValidator

__all__ = ["Shapes"]

_MAX_DEPTH = 24


class Shapes:
    """The spec's view of the sandbox's resources (one per :class:`SpecValidator`)."""

    def __init__(self, validator: SpecValidator) -> None:
        self.validator = validator
        self._fill_plans: dict[int, tuple[tuple[str, Any, bool], ...]] = {}

    def properties(self, schema_name: str) -> tuple[str, ...]:
        """The property names of ``components/schemas/<schema_name>`` (with its ``allOf`` parts)."""
        schema = self.validator.resolve(self._component(schema_name))
        return tuple(name for name, _sub, _nullable in self._plan(schema))

    def stored(self, sent_as: str, stored_as: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        """The non-null values of ``payload`` (a ``sent_as`` body) under a property that both ``sent_as``
        and ``stored_as`` (the answer's schema) describe, as deep copies. A key the request schema does not
        describe is not stored, even when the answer has one of that name (the Python SDK sends a job's
        local ``state``, which the platform ignores)."""
        names = set(self.properties(sent_as)) & set(self.properties(stored_as))
        return {
            key: copy.deepcopy(value) for key, value in payload.items() if key in names and value is not None
        }

    def pick(self, schema_name: str, item: Mapping[str, Any]) -> dict[str, Any]:
        """The properties of ``item`` that ``schema_name`` describes."""
        return {name: item[name] for name in self.properties(schema_name) if name in item}

    def complete(self, schema: Any, value: Any, depth: int = 0) -> Any:
        """``value`` (an answer decoded from JSON, changed in place) with every nullable property that
        ``schema`` describes and ``value`` lacks set to ``None``."""
        if depth > _MAX_DEPTH:
            return value
        schema = self._single(self.validator.resolve(schema), depth)
        if not isinstance(schema, Mapping):
            return value
        if isinstance(value, list):
            items = schema.get("items")
            if isinstance(items, Mapping):
                for item in value:
                    self.complete(items, item, depth + 1)
            return value
        if isinstance(value, dict):
            for name, sub, nullable in self._plan(schema):
                if name in value:
                    self.complete(sub, value[name], depth + 1)
                elif nullable:
                    value[name] = None
        return value

    # schema reading

    def _component(self, schema_name: str) -> Any:
        return {"$ref": f"#/components/schemas/{schema_name}"}

    def _single(self, schema: Any, depth: int) -> Any:
        """The one object-or-array shape behind ``anyOf``/``oneOf`` with a ``null`` branch, else ``schema``
        itself (a real union, a discriminated one, is not filled: the variant is unknown)."""
        if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
            return schema
        for keyword in ("anyOf", "oneOf"):
            branches = [self.validator.resolve(b) for b in schema.get(keyword) or []]
            if branches:
                others = [b for b in branches if not (isinstance(b, Mapping) and b.get("type") == "null")]
                if len(others) == 1:
                    return self._single(others[0], depth + 1)
                return None
        return schema

    def _plan(self, schema: Mapping[str, Any]) -> tuple[tuple[str, Any, bool], ...]:
        """(name, schema, accepts null) for each property of an object schema and its ``allOf`` parts."""
        key = id(schema)
        plan = self._fill_plans.get(key)
        if plan is None:
            found: dict[str, tuple[str, Any, bool]] = {}
            parts = [schema] + [self.validator.resolve(p) for p in schema.get("allOf") or []]
            for part in parts:
                if not isinstance(part, Mapping):
                    continue
                for name, sub in (part.get("properties") or {}).items():
                    found.setdefault(str(name), (str(name), sub, self._accepts_null(sub, 0)))
            plan = tuple(found.values())
            self._fill_plans[key] = plan
        return plan

    def _accepts_null(self, schema: Any, depth: int) -> bool:
        schema = self.validator.resolve(schema)
        if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
            return False
        if "const" in schema:
            return schema["const"] is None
        if "enum" in schema:
            return None in schema["enum"]
        kinds = schema.get("type")
        if kinds is not None:
            return kinds == "null" or (isinstance(kinds, list) and "null" in kinds)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return any(self._accepts_null(b, depth + 1) for b in schema[keyword])
        if "allOf" in schema:
            return all(self._accepts_null(b, depth + 1) for b in schema["allOf"])
        return not schema.get("not")  # no type at all: anything, null included

"""The OpenAPI spec as the sandbox's contract: route matching, request and response validation.

:class:`SpecValidator` reads ``openapi/qarnot.yaml`` once (PyYAML) and answers four questions for the
sandbox's server and for contract tests:

* :meth:`~SpecValidator.match`: which operation a method and a concrete path designate (literal segments
  win over parameters, ``/tasks/summaries`` before ``/tasks/{taskId}``; the secrets ``{key}`` and
  ``{prefix}`` parameters are greedy and may contain ``/``);
* :meth:`~SpecValidator.validate_request_body` and :meth:`~SpecValidator.validate_query`: ASP.NET-style
  error maps (``{"instanceCount": ["..."], "constants[0].key": ["..."], "": ["..."]}``);
* :meth:`~SpecValidator.validate_response`: whether a status, media type and body are what the spec
  documents for the operation.

JSON Schema validation uses ``jsonschema``'s Draft 2020-12 validator with a ``referencing`` registry
holding the whole spec, so ``#/components/schemas/...`` references resolve; one validator is compiled per
schema location and reused.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import yaml
from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

__all__ = [
    "BODY_REQUIRED_MESSAGE",
    "MatchedOperation",
    "OperationInfo",
    "SpecValidator",
    "format_json_path",
    "load_spec",
    "spec_path",
]

BODY_REQUIRED_MESSAGE = "A non-empty request body is required."
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
GREEDY_PARAMETERS = frozenset({"key", "prefix"})
_SPEC_URI = "urn:qarnot-facade:openapi"
_MAX_MESSAGE = 300
_MAX_RESPONSE_PROBLEMS = 20
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def spec_path() -> Path:
    """The spec: ``qarnot_facade/testing/openapi.yaml`` in a wheel, else ``<repo>/openapi/qarnot.yaml``."""
    here = Path(__file__).resolve().parent
    bundled = here / "openapi.yaml"
    if bundled.is_file():
        return bundled
    in_repo = here.parent.parent / "openapi" / "qarnot.yaml"
    if in_repo.is_file():
        return in_repo
    raise FileNotFoundError(f"the OpenAPI spec is neither at {bundled} nor at {in_repo}")


_SPEC_CACHE: dict[tuple[str, int, int], dict[str, Any]] = {}
_SPEC_LOCK = threading.Lock()


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The parsed spec (cached per file, path + modification time + size). Do not mutate it."""
    resolved = (path or spec_path()).resolve()
    stat = resolved.stat()
    cache_key = (str(resolved), stat.st_mtime_ns, stat.st_size)
    with _SPEC_LOCK:
        cached = _SPEC_CACHE.get(cache_key)
        if cached is not None:
            return cached
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with resolved.open("rb") as handle:
        document = yaml.load(handle, Loader=loader)
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{resolved} is not an OpenAPI document (no 'paths' object)")
    document = cast(dict[str, Any], _string_keys(document))
    with _SPEC_LOCK:
        _SPEC_CACHE[cache_key] = document
    return document


def _string_keys(node: Any) -> Any:
    """YAML reads unquoted keys such as ``200:`` as integers; JSON (and JSON pointers) need strings."""
    if isinstance(node, dict):
        return {str(key): _string_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_string_keys(item) for item in node]
    return node


def format_json_path(parts: Iterable[str | int]) -> str:
    """``["constants", 0, "key"]`` -> ``constants[0].key``; ``[]`` -> ``""`` (the whole body)."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.match(part):
            text += f".{part}" if text else part
        else:
            text += "[" + json.dumps(part) + "]"
    return text


def _short(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _clip(message: str) -> str:
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 3] + "..."


def _pointer(*parts: str) -> str:
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


@dataclass(frozen=True)
class MatchedOperation:
    """The operation a request designates, with its path parameters (as strings, not yet typed)."""

    operation_id: str
    path_template: str
    path_params: dict[str, str]


@dataclass(frozen=True)
class OperationInfo:
    """What the spec says about one operation (parameters resolved, ``$ref`` followed)."""

    operation_id: str
    method: str
    path_template: str
    operation: Mapping[str, Any]
    parameters: tuple[Mapping[str, Any], ...]
    request_body: Mapping[str, Any] | None
    responses: Mapping[str, Any]
    pointer: str
    requires_auth: bool
    headers: frozenset[str] = frozenset()  # the header parameters it declares


@dataclass
class _Route:
    template: str
    regex: re.Pattern[str]
    rank: tuple[int, ...]
    methods: dict[str, str] = field(default_factory=dict)  # method -> operationId


class SpecValidator:
    """Route matching and validation against the OpenAPI spec (thread-safe, validators compiled once)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = (path or spec_path()).resolve()
        self.spec = load_spec(self.path)
        resource = DRAFT202012.create_resource(self.spec)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self._lock = threading.Lock()
        self._operations: dict[str, OperationInfo] = {}
        self._routes: list[_Route] = []
        self._build()

    # ------------------------------------------------------------------ spec walking

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` chains (``#/components/...``) of an OpenAPI object."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                raise ValueError(f"unsupported or circular reference {ref!r} in {self.path}")
            seen.add(ref)
            target: Any = self.spec
            for part in ref[2:].split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, Mapping) or key not in target:
                    raise ValueError(f"dangling reference {ref!r} in {self.path}")
                target = target[key]
            node = target
        return node

    def _build(self) -> None:
        security_default = self.spec.get("security")
        for template, path_item_raw in self.spec["paths"].items():
            path_item = self.resolve(path_item_raw)
            if not isinstance(path_item, Mapping):
                continue
            shared = [self.resolve(p) for p in path_item.get("parameters", [])]
            route = self._compile_route(str(template), shared, path_item)
            for method in HTTP_METHODS:
                operation = path_item.get(method)
                if not isinstance(operation, Mapping):
                    continue
                operation_id = operation.get("operationId")
                if not isinstance(operation_id, str):
                    raise ValueError(f"{method.upper()} {template} has no operationId")
                if operation_id in self._operations:
                    raise ValueError(f"duplicate operationId {operation_id!r}")
                parameters = self._merge_parameters(shared, operation.get("parameters", []))
                body = operation.get("requestBody")
                security = operation.get("security", security_default)
                self._operations[operation_id] = OperationInfo(
                    operation_id=operation_id,
                    method=method.upper(),
                    path_template=str(template),
                    operation=operation,
                    parameters=tuple(parameters),
                    request_body=self.resolve(body) if body is not None else None,
                    responses={str(k): v for k, v in (operation.get("responses") or {}).items()},
                    pointer=_pointer("paths", str(template), method),
                    requires_auth=bool(security) and not any(req == {} for req in security),
                    headers=frozenset(str(p.get("name")) for p in parameters if p.get("in") == "header"),
                )
                route.methods[method.upper()] = operation_id
            self._routes.append(route)
        self._routes.sort(key=lambda r: r.rank, reverse=True)

    def _merge_parameters(self, shared: Sequence[Any], own: Sequence[Any]) -> list[Mapping[str, Any]]:
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*shared, *own]:
            parameter = self.resolve(raw)
            merged[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
        return list(merged.values())

    def _compile_route(self, template: str, shared: Sequence[Any], path_item: Mapping[str, Any]) -> _Route:
        parameter_schemas: dict[str, Mapping[str, Any]] = {}
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, Mapping):
                for raw in [*shared, *operation.get("parameters", [])]:
                    parameter = self.resolve(raw)
                    if parameter.get("in") == "path":
                        parameter_schemas[str(parameter["name"])] = self.resolve(parameter.get("schema", {}))
        segments = [s for s in template.strip("/").split("/") if s] if template.strip("/") else []
        pattern = ""
        rank: list[int] = []
        for index, segment in enumerate(segments):
            param = re.fullmatch(r"\{([^{}]+)\}", segment)
            if param is None:
                if "{" in segment:
                    raise ValueError(f"path segment {segment!r} of {template} mixes text and parameters")
                pattern += "/" + re.escape(segment)
                rank.append(3)
                continue
            name = param.group(1)
            group = re.sub(r"\W", "_", name)
            last = index == len(segments) - 1
            if name in GREEDY_PARAMETERS and last:
                schema = parameter_schemas.get(name, {})
                may_be_empty = int(schema.get("minLength", 0) or 0) == 0
                if may_be_empty:
                    pattern += f"(?:/(?P<{group}>.*))?"
                else:
                    pattern += f"/(?P<{group}>.+)"
                rank.append(1)
            else:
                pattern += f"/(?P<{group}>[^/]+)"
                rank.append(2)
        regex = re.compile(r"\A" + (pattern or "/") + r"\Z", re.IGNORECASE | re.DOTALL)
        return _Route(template=template, regex=regex, rank=(*rank, 0))

    # ------------------------------------------------------------------ operations

    @property
    def operation_ids(self) -> frozenset[str]:
        """Every operationId of the spec."""
        return frozenset(self._operations)

    def operation(self, operation_id: str) -> OperationInfo:
        """What the spec says about an operation; ``KeyError`` when unknown."""
        try:
            return self._operations[operation_id]
        except KeyError:
            raise KeyError(f"no operation {operation_id!r} in {self.path}") from None

    def operations(self) -> list[OperationInfo]:
        """Every operation, in spec order."""
        return list(self._operations.values())

    def match(self, method: str, path: str) -> MatchedOperation | None:
        """The operation of ``method`` on ``path``; None when none.

        ``path`` is the percent-decoded path without the query string (ASGI ``scope["path"]``); it may hold
        any character, ``?`` and newlines included, inside a parameter.
        """
        wanted = method.upper()
        for candidate in _path_variants(path):
            for route, params in self._candidates(candidate):
                operation_id = route.methods.get(wanted)
                if operation_id is not None:
                    return MatchedOperation(operation_id, route.template, params)
        return None

    def allowed_methods(self, path: str) -> list[str]:
        """The methods documented on the most specific template matching ``path`` ([] for none): a
        literal path (``/tasks/summaries``) answers for itself, not with its ``{id}`` neighbour's methods."""
        for candidate in _path_variants(path):
            for route, _ in self._candidates(candidate):
                return sorted(route.methods)
        return []

    def _candidates(self, path: str) -> Iterator[tuple[_Route, dict[str, str]]]:
        cleaned = path if path.startswith("/") else "/" + path
        variants = [cleaned]
        if len(cleaned) > 1 and cleaned.endswith("/"):
            variants.append(cleaned.rstrip("/") or "/")
        for route in self._routes:
            for variant in variants:
                found = route.regex.match(variant)
                if found is None:
                    continue
                params = {}
                names = re.findall(r"\{([^{}]+)\}", route.template)
                for name in names:
                    value = found.group(re.sub(r"\W", "_", name))
                    params[name] = value.strip("/") if name in GREEDY_PARAMETERS and value else (value or "")
                if any(params.get(n) == "" and n not in GREEDY_PARAMETERS for n in names):
                    continue
                yield route, params
                break

    # ------------------------------------------------------------------ JSON Schema

    def validator_for(self, pointer: str) -> Draft202012Validator:
        """A compiled validator for the schema at a JSON pointer into the spec (cached)."""
        with self._lock:
            compiled = self._validators.get(pointer)
            if compiled is None:
                reference = f"{_SPEC_URI}#{quote(pointer, safe='/~')}"
                compiled = Draft202012Validator(
                    {"$ref": reference},
                    registry=self._registry,
                    format_checker=Draft202012Validator.FORMAT_CHECKER,
                )
                self._validators[pointer] = compiled
            return compiled

    def schema_validator(self, schema_name: str) -> Draft202012Validator:
        """The validator of ``#/components/schemas/<schema_name>``."""
        schemas = self.spec.get("components", {}).get("schemas", {})
        if schema_name not in schemas:
            raise KeyError(f"no schema {schema_name!r} in {self.path}")
        return self.validator_for(_pointer("components", "schemas", schema_name))

    def validate_schema(self, schema_name: str, instance: Any) -> dict[str, list[str]]:
        """ASP.NET-style errors of ``instance`` against a component schema ({} when valid)."""
        return _errors_map(self.schema_validator(schema_name), instance)

    def _body_pointer(self, info: OperationInfo) -> tuple[str, str] | None:
        body = info.request_body
        if body is None:
            return None
        content = body.get("content") or {}
        raw_body = info.operation.get("requestBody")
        if isinstance(raw_body, Mapping) and "$ref" in raw_body:
            base = raw_body["$ref"][1:]
        else:
            base = info.pointer + _pointer("requestBody")
        for media in content:
            if _is_json(media) and isinstance(content[media], Mapping) and "schema" in content[media]:
                return media, base + _pointer("content", media, "schema")
        return None

    # ------------------------------------------------------------------ requests

    def normalize_request_body(self, operation_id: str, body: Any) -> Any:
        """``body`` with object keys renamed to the spec's spelling when they differ only in case.

        The API binds request JSON case-insensitively (the C# SDK sends ``{"Name": ...}``); the sandbox
        renames keys before validating and storing. Unknown keys are kept as they are.
        """
        info = self.operation(operation_id)
        located = self._body_pointer(info)
        if located is None or body is None:
            return body
        schema = self._schema_at(located[1])
        return self._normalize(schema, body, depth=0)

    def _schema_at(self, pointer: str) -> Any:
        node: Any = self.spec
        for part in pointer.lstrip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return self.resolve(node)

    def _properties_of(self, schema: Any, depth: int) -> tuple[dict[str, Any], Any]:
        """Properties (name -> schema) of a schema and its combinators, and its additionalProperties."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping) or depth > 12:
            return {}, None
        found: dict[str, Any] = {}
        for name, sub in (schema.get("properties") or {}).items():
            found.setdefault(str(name), sub)
        additional = schema.get("additionalProperties")
        for keyword in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(keyword) or []:
                more, more_additional = self._properties_of(branch, depth + 1)
                for name, sub in more.items():
                    found.setdefault(name, sub)
                if additional is None and isinstance(more_additional, Mapping):
                    additional = more_additional
        return found, additional

    def _items_of(self, schema: Any, depth: int) -> Any:
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping) or depth > 12:
            return None
        if isinstance(schema.get("items"), Mapping):
            return schema["items"]
        for keyword in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(keyword) or []:
                items = self._items_of(branch, depth + 1)
                if items is not None:
                    return items
        return None

    def _normalize(self, schema: Any, value: Any, depth: int) -> Any:
        if depth > 40:
            return value
        if isinstance(value, list):
            items = self._items_of(schema, 0)
            return [self._normalize(items, item, depth + 1) if items is not None else item for item in value]
        if not isinstance(value, dict):
            return value
        properties, additional = self._properties_of(schema, 0)
        by_lower = {name.lower(): name for name in properties}
        result: dict[str, Any] = {}
        for raw_key, item in value.items():
            key = str(raw_key)
            name: str = key if key in properties else by_lower.get(key.lower(), key)
            if name in result and name != key:
                name = key
            sub = properties.get(name, additional if isinstance(additional, Mapping) else None)
            result[name] = self._normalize(sub, item, depth + 1) if sub is not None else item
        return result

    def decode_request_body(self, raw: bytes) -> tuple[Any, dict[str, list[str]]]:
        """Parse a raw JSON request body: ``(value, {})``, ``(None, {})`` when empty, or ASP.NET errors."""
        if not raw.strip():
            return None, {}
        try:
            return json.loads(raw), {}
        except UnicodeDecodeError:
            return None, {"": ["The request body is not valid UTF-8."]}
        except json.JSONDecodeError as exc:
            return None, {
                "": [
                    f"The request body is not valid JSON: {exc.msg}. "
                    f"LineNumber: {exc.lineno - 1} | BytePositionInLine: {exc.colno - 1}."
                ]
            }

    def validate_request_body(self, operation_id: str, body: Any) -> dict[str, list[str]]:
        """ASP.NET-style errors of a decoded JSON body ({} when valid; ``None`` means no body).

        Keys are JSON paths in the spec's spelling (``instanceCount``, ``constants[0].key``, ``""`` for the
        whole body); bodies are first normalised with :meth:`normalize_request_body`.
        """
        info = self.operation(operation_id)
        if info.request_body is None:
            return {}
        if body is None:
            return {"": [BODY_REQUIRED_MESSAGE]} if info.request_body.get("required") else {}
        located = self._body_pointer(info)
        if located is None:
            return {}
        normalized = self.normalize_request_body(operation_id, body)
        return _errors_map(self.validator_for(located[1]), normalized)

    def validate_query(self, operation_id: str, query: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
        """ASP.NET-style errors of the query string (names case-insensitive; unknown ones ignored)."""
        _, errors = self._parse_parameters(operation_id, "query", query)
        return errors

    def validate_path_params(self, operation_id: str, params: Mapping[str, str]) -> dict[str, list[str]]:
        """ASP.NET-style errors of the path parameters of a match (``instanceId`` must be an integer >= 0)."""
        _, errors = self._parse_parameters(operation_id, "path", {k: [v] for k, v in params.items()})
        return errors

    def coerce_path_params(self, operation_id: str, params: Mapping[str, str]) -> dict[str, Any]:
        """The path parameters, typed; raises ``ValueError`` with the errors map when invalid."""
        values, errors = self._parse_parameters(operation_id, "path", {k: [v] for k, v in params.items()})
        if errors:
            raise ValueError(errors)
        return values

    def coerce_query(self, operation_id: str, query: Mapping[str, Sequence[str]]) -> dict[str, Any]:
        """The documented query parameters, typed (``int``, ``bool``, ``float``, ``str`` or lists).

        Absent parameters are left out; raises ``ValueError`` with the errors map when the query is invalid.
        """
        values, errors = self._parse_parameters(operation_id, "query", query)
        if errors:
            raise ValueError(errors)
        return values

    def _parse_parameters(
        self, operation_id: str, location: str, query: Mapping[str, Sequence[str]]
    ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        info = self.operation(operation_id)
        lowered: dict[str, list[str]] = {}
        for name, raw_values in query.items():
            items = [raw_values] if isinstance(raw_values, str) else list(raw_values)
            lowered.setdefault(name.lower(), []).extend(items)
        values: dict[str, Any] = {}
        errors: dict[str, list[str]] = {}
        for parameter in info.parameters:
            if parameter.get("in") != location:
                continue
            name = str(parameter["name"])
            schema = self.resolve(parameter.get("schema") or {})
            given = lowered.get(name.lower())
            if not given:
                if parameter.get("required"):
                    errors.setdefault(name, []).append(f"The {name} field is required.")
                continue
            if location == "path" and given == [""]:
                if int(schema.get("minLength", 0) or 0) > 0:
                    errors.setdefault(name, []).append(f"The {name} field is required.")
                else:
                    values[name] = ""
                continue
            kind = _schema_type(schema)
            if kind == "array":
                item_schema = self.resolve(schema.get("items") or {})
                parsed_items: list[Any] = []
                for raw in given:
                    for piece in raw.split(",") if parameter.get("explode") is False else [raw]:
                        ok, parsed, message = _coerce_scalar(name, piece, item_schema)
                        if ok:
                            parsed_items.append(parsed)
                        else:
                            errors.setdefault(name, []).append(message)
                values[name] = parsed_items
                continue
            raw = given[-1]
            ok, parsed, message = _coerce_scalar(name, raw, schema)
            if ok:
                values[name] = parsed
            else:
                errors.setdefault(name, []).append(message)
        return values, errors

    # ------------------------------------------------------------------ responses

    def response_spec(self, operation_id: str, status: int) -> Mapping[str, Any] | None:
        """The documented response for a status (exact, then ``4XX``/``5XX``, then ``default``)."""
        responses = self.operation(operation_id).responses
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in responses:
                return cast(Mapping[str, Any], self.resolve(responses[key]))
        return None

    def _response_pointer(self, info: OperationInfo, status: int, media: str) -> str | None:
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in info.responses:
                raw = info.responses[key]
                base = raw["$ref"][1:] if isinstance(raw, Mapping) and "$ref" in raw else None
                if base is None:
                    base = info.pointer + _pointer("responses", key)
                response = self.resolve(raw)
                content = response.get("content") or {}
                if isinstance(content.get(media), Mapping) and "schema" in content[media]:
                    return base + _pointer("content", media, "schema")
                return None
        return None

    def response_schema(self, operation_id: str, status: int) -> Any:
        """The JSON schema of an operation's documented answer for a status (None if it has none)."""
        pointer = self._response_pointer(self.operation(operation_id), status, "application/json")
        return None if pointer is None else self._schema_at(pointer)

    def validate_response(
        self, operation_id: str, status: int, content_type: str | None, body: bytes
    ) -> list[str]:
        """Problems of a response against the spec ([] when it conforms).

        The status must be documented for the operation; a documented body needs a documented media type
        (parameters such as ``charset`` ignored); JSON bodies must parse and match their schema, text bodies
        must be UTF-8 and match theirs; a response documented without content must have an empty body.
        """
        info = self.operation(operation_id)
        response = self.response_spec(operation_id, status)
        label = f"{operation_id} {status}"
        if response is None:
            documented = ", ".join(sorted(info.responses))
            return [f"{label}: status {status} is not documented (documented: {documented})"]
        content = response.get("content") or {}
        if not content:
            if body:
                return [f"{label}: the spec documents no body, got {len(body)} bytes ({content_type})"]
            return []
        if content_type is None or not content_type.strip():
            if not body:
                return []
            return [f"{label}: a body of {len(body)} bytes without a Content-Type"]
        media = _match_media(content_type, content)
        if media is None:
            return [
                f"{label}: media type {content_type!r} is not documented (documented: {', '.join(content)})"
            ]
        pointer = self._response_pointer(info, status, media)
        if _is_json(media):
            try:
                document = json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                return [f"{label}: the {media} body is not valid JSON ({exc}): {body[:80]!r}"]
        elif media.startswith("text/"):
            try:
                document = body.decode("utf-8")
            except UnicodeDecodeError:
                return [f"{label}: the {media} body is not UTF-8"]
        else:
            return []
        if pointer is None:
            return []
        problems = []
        for path, messages in _errors_map(self.validator_for(pointer), document).items():
            for message in messages:
                problems.append(f"{label}: body{'.' + path if path and path[0] != '[' else path}: {message}")
                if len(problems) >= _MAX_RESPONSE_PROBLEMS:
                    return problems
        return problems


# ---------------------------------------------------------------------- media types and scalars


def _is_json(media: str) -> bool:
    media = media.lower()
    return media == "application/json" or media.endswith("+json")


def _match_media(content_type: str, content: Mapping[str, Any]) -> str | None:
    actual = content_type.split(";", 1)[0].strip().lower()
    for media in content:
        if media.lower() == actual:
            return str(media)
    main = actual.split("/", 1)[0]
    for media in content:
        lowered = media.lower()
        if lowered == f"{main}/*" or lowered == "*/*":
            return str(media)
    return None


def _schema_type(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        return str(non_null[0]) if non_null else "null"
    return str(kind) if kind else "string"


def _coerce_scalar(name: str, raw: str, schema: Mapping[str, Any]) -> tuple[bool, Any, str]:
    kind = _schema_type(schema)
    value: Any
    if kind == "integer":
        if not _INTEGER.match(raw.strip()):
            return False, None, f"The value '{raw}' is not valid for {name}: expected an integer."
        value = int(raw)
    elif kind == "number":
        if not _NUMBER.match(raw.strip()):
            return False, None, f"The value '{raw}' is not valid for {name}: expected a number."
        value = float(raw)
    elif kind == "boolean":
        lowered = raw.strip().lower()
        if lowered not in {"true", "false"}:
            return False, None, f"The value '{raw}' is not valid for {name}: expected true or false."
        value = lowered == "true"
    else:
        value = raw
    if isinstance(value, int | float) and not isinstance(value, bool):
        minimum, maximum = schema.get("minimum"), schema.get("maximum")
        if isinstance(minimum, int | float) and value < minimum:
            return False, None, f"The value '{raw}' is not valid for {name}: the minimum is {minimum}."
        if isinstance(maximum, int | float) and value > maximum:
            return False, None, f"The value '{raw}' is not valid for {name}: the maximum is {maximum}."
    if isinstance(value, str):
        enum = schema.get("enum")
        if isinstance(enum, list) and value not in enum:
            return False, None, f"The value '{raw}' is not valid for {name}: expected one of {enum}."
        min_length = schema.get("minLength")
        if isinstance(min_length, int) and len(value) < min_length:
            return False, None, f"The value for {name} must have at least {min_length} characters."
    return True, value, ""


# ---------------------------------------------------------------------- error maps


_TYPE_NAMES = {
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
    "null": "null",
}


def _type_names(kinds: Any) -> str:
    names = [_TYPE_NAMES.get(str(k), str(k)) for k in (kinds if isinstance(kinds, list) else [kinds])]
    return " or ".join(names)


def _path_variants(path: str) -> list[str]:
    """The path as given, then its ``/v1`` twin (prefix stripped or added) for the compatibility mount."""
    cleaned = path or "/"
    if not cleaned.startswith("/"):
        cleaned = "/" + cleaned
    lowered = cleaned.lower()
    if lowered == "/v1" or lowered.startswith("/v1/"):
        return [cleaned, cleaned[3:] or "/"]
    return [cleaned, "/v1" + cleaned]


def _errors_map(validator: Draft202012Validator, instance: Any) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for error in validator.iter_errors(instance):
        for parts, message in _explain(error):
            messages = errors.setdefault(format_json_path(parts), [])
            clipped = _clip(message)
            if clipped not in messages:
                messages.append(clipped)
    return errors


def _explain(error: ValidationError) -> list[tuple[list[str | int], str]]:
    path: list[str | int] = list(error.absolute_path)
    validator = error.validator
    if validator == "required":
        return [
            ([*path, name], f"The {name} field is required.")
            for name in error.validator_value
            if isinstance(error.instance, Mapping)
            and name not in error.instance
            and repr(name) in error.message
        ] or [(path, error.message)]
    if validator == "type":
        expected = error.validator_value
        wanted = _type_names(expected)
        return [(path, f"The JSON value {_short(error.instance)} is not valid here: expected {wanted}.")]
    if validator == "enum":
        return [(path, f"The value {_short(error.instance)} is not one of {error.validator_value}.")]
    if validator == "const":
        return [
            (
                path,
                f"The value {_short(error.instance)} is not valid here: expected {error.validator_value!r}.",
            )
        ]
    limit = error.validator_value
    shown = _short(error.instance)
    simple = {
        "minLength": f"The value {shown} is too short: at least {limit} character(s) are required.",
        "maxLength": f"The value {shown} is too long: at most {limit} character(s) are allowed.",
        "minimum": f"The value {shown} is less than the minimum of {limit}.",
        "maximum": f"The value {shown} is greater than the maximum of {limit}.",
        "exclusiveMinimum": f"The value {shown} must be greater than {limit}.",
        "exclusiveMaximum": f"The value {shown} must be less than {limit}.",
        "minItems": f"At least {limit} item(s) are required.",
        "maxItems": f"At most {limit} item(s) are allowed.",
        "pattern": f"The value {shown} does not match the pattern {limit}.",
        "format": f"The value {shown} is not a valid {limit}.",
        "uniqueItems": "The items must be unique.",
        "multipleOf": f"The value {shown} is not a multiple of {limit}.",
    }
    if validator in simple:
        return [(path, simple[str(validator)])]
    if validator == "additionalProperties":
        return [(path, error.message)]
    if validator in ("anyOf", "oneOf") and error.context:
        return _explain_union(error, path)
    if validator == "oneOf":
        return [(path, f"The value matches more than one of the allowed forms: {error.message}")]
    if validator in ("anyOf", "oneOf"):
        return [(path, f"The value {_short(error.instance)} does not match any of the allowed forms.")]
    return [(path, error.message)]


def _explain_union(error: ValidationError, path: list[str | int]) -> list[tuple[list[str | int], str]]:
    branches: dict[int, list[ValidationError]] = {}
    for sub in error.context or []:
        index = sub.relative_schema_path[0] if sub.relative_schema_path else 0
        branches.setdefault(int(index), []).append(sub)
    instance = error.instance
    # a discriminated union: every branch rejects the same property with a const
    discriminators: dict[str, list[Any]] = {}
    for subs in branches.values():
        for sub in subs:
            if sub.validator == "const" and len(sub.relative_path) == 1:
                discriminators.setdefault(str(sub.relative_path[0]), []).append(sub.validator_value)
    for prop, consts in discriminators.items():
        if len(consts) == len(branches) == len(error.validator_value):
            value = instance.get(prop) if isinstance(instance, Mapping) else None
            return [
                (
                    [*path, prop],
                    f"The value {_short(value)} is not a known {prop}: "
                    f"expected one of {sorted(map(str, consts))}.",
                )
            ]
    ranked = []
    for index, subs in branches.items():
        wrong_type = any(s.validator == "type" and not s.relative_path for s in subs)
        wrong_const = any(s.validator in ("const", "enum", "not") and len(s.relative_path) <= 1 for s in subs)
        ranked.append((wrong_type, wrong_const, len(subs), index, subs))
    ranked.sort(key=lambda item: item[:4])
    if not ranked or ranked[0][0]:
        kinds: list[str] = []
        for subs in branches.values():
            for sub in subs:
                if sub.validator == "type" and not sub.relative_path:
                    expected = sub.validator_value
                    for kind in expected if isinstance(expected, list) else [expected]:
                        if kind not in kinds:
                            kinds.append(str(kind))
        wanted = _type_names(kinds) if kinds else "one of the allowed forms"
        return [(path, f"The JSON value {_short(instance)} is not valid here: expected {wanted}.")]
    explained: list[tuple[list[str | int], str]] = []
    for sub in ranked[0][4]:
        explained.extend(_explain(sub))
    return explained

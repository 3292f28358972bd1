"""The real bodies every port must decode, each paired with the spec schema it answers to.

    python scripts/port_cases.py --out build/ports/cases.json   # what the port programs read

Two sources, both outside the repository and read at run time (never copied in):

* `../shared/fixtures/`: the endpoint of each file comes from the table of its README (`GET /tasks/{uuid}
  → 200`, with or without `/v1`); the files that are only part of an answer (`(part of Task)`, the `data`
  of a page, a pool's `scaling`) are named in PARTS below. Request bodies are not responses and are left
  out.
* `../shared/reference/qarnot-published-openapi.json`: every whole-body example of a response
  (`example`, or each `examples.*.value`), paired with the response our spec documents for the same
  method, path (without `/v{version}`) and status.

A case's `schema` is `Name` (a component schema), `[]Name` (an array of it), `string`, or `A|[]B` for an
inline union (the port decodes it when one branch does, as the generated union would). A case the spec
cannot place (no such operation, no documented status, an inline schema) gets `schema: null` and an
`error`; the port tests fail on it like on a body that does not decode.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC = REPO_ROOT / "openapi" / "qarnot.yaml"
SHARED = REPO_ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures"
PUBLISHED = SHARED / "reference" / "qarnot-published-openapi.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

# Fixture files that are part of an answer (the README says where they sit): file -> schema expression.
PARTS: dict[str, str] = {
    "python-sdk/task-status.json": "Status",
    "python-sdk/project-default.json": "Project",
    "python-sdk/project-non-default.json": "Project",
    "python-sdk/scaling-time-period-weekly.json": "TimePeriod",
    "python-sdk/scaling-policy-managed-queue.json": "ScalingPolicy",
    "python-sdk/scaling-policies.json": "Scaling",
}
ROW = re.compile(r"^\|\s*(?P<files>[^|]+?)\s*\|[^|]*\|\s*(?P<endpoint>[^|]+?)\s*\|\s*$")
ENDPOINT = re.compile(r"^(?P<method>GET|PUT|POST|DELETE|PATCH|any)\s+(?P<path>\S+).*?→\s*(?P<status>\d{3})")


def normalise(path: str) -> str:
    """`/v1/tasks/{uuid}` and `/v{version}/tasks/{taskId}` -> `/tasks/{}` (the compute mount has no /v1)."""
    path = re.sub(r"\{[^}]*\}", "{}", path.rstrip(".").rstrip("/"))
    if path.startswith("/v{}/"):
        path = path[len("/v{}") :]
    elif path.startswith("/v1/") and not path.startswith("/v1/network/"):
        path = path[len("/v1") :]
    return path


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations: dict[tuple[str, str], dict[str, Any]] = {}
        for path, item in (document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    self.operations[(method, normalise(path))] = item[method]

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def expression(self, schema: dict[str, Any]) -> str | None:
        """`Name`, `[]Name`, `string`, or `A|[]B` for an inline union (null branches left out)."""
        if "$ref" in schema:
            return str(schema["$ref"]).rsplit("/", 1)[-1]
        types = schema.get("type")
        types = set(types) if isinstance(types, list) else {types}
        if "array" in types and "$ref" in (schema.get("items") or {}):
            return "[]" + str(schema["items"]["$ref"]).rsplit("/", 1)[-1]
        if "string" in types:
            return "string"
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            parts = [self.expression(branch) for branch in branches if branch.get("type") != "null"]
            if parts and all(part is not None for part in parts):
                return "|".join(str(part) for part in parts)
        return None

    def response_schema(self, method: str, path: str, status: str) -> tuple[str | None, str]:
        """(schema expression, why not) of the JSON answer documented for an operation and status."""
        operation = self.operations.get((method, normalise(path)))
        if operation is None:
            return None, f"the spec has no operation {method.upper()} {normalise(path)}"
        responses = operation.get("responses") or {}
        response = responses.get(status) or responses.get(f"{status[0]}XX") or responses.get("default")
        if response is None:
            return None, f"{operation.get('operationId')} documents no {status} response"
        content = self.resolve(response).get("content") or {}
        for media_type, media in content.items():
            if media_type == "application/json" or media_type.endswith("+json"):
                expression = self.expression(media.get("schema") or {})
                if expression is None:
                    return None, (
                        f"{operation.get('operationId')} {status} answers an inline schema, which generated "
                        "clients name after the operation: make it a component"
                    )
                return expression, ""
        return None, f"{operation.get('operationId')} {status} documents no JSON body"

    def page_item(self, method: str, path: str) -> tuple[str | None, str]:
        expression, why = self.response_schema(method, path, "200")
        if expression is None or not expression.isidentifier():
            return None, why or f"{method.upper()} {path} does not answer a page"
        data = (self.resolve(self.document["components"]["schemas"][expression]).get("properties") or {}).get(
            "data"
        ) or {}
        item = self.expression(data)
        if item is None or not item.startswith("[]"):
            return None, f"{expression}.data is not an array of a component"
        return item, ""


def _case(name: str, body: Any, schema: str | None, why: str) -> dict[str, Any]:
    case: dict[str, Any] = {"name": name, "schema": schema, "body": body}
    if schema is None:
        case["error"] = why
    return case


def fixture_cases(spec: Spec, fixtures: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    readme = (fixtures / "README.md").read_text(encoding="utf-8")
    for line in readme.splitlines():
        row = ROW.match(line)
        if row is None:
            continue
        files = [name.strip() for name in row["files"].split(",")]
        first_dir = files[0].rsplit("/", 1)[0] if "/" in files[0] else ""
        names = [name if "/" in name else f"{first_dir}/{name}" for name in files]
        endpoint = ENDPOINT.match(row["endpoint"])
        for name in names:
            if not name.endswith(".json") or not (fixtures / name).is_file():
                continue
            body = json.loads((fixtures / name).read_text(encoding="utf-8"))
            if name in PARTS:
                cases.append(_case(f"fixtures/{name}", body, PARTS[name], ""))
            elif endpoint is None:
                continue  # a request body, not an answer
            elif "(data)" in row["endpoint"]:
                item, why = spec.page_item(endpoint["method"].lower(), endpoint["path"])
                cases.append(_case(f"fixtures/{name}", body, item, why))
            elif endpoint["method"] == "any" or "endpoint" in endpoint["path"]:
                # an error shape that any operation answers: the tolerant ErrorBody
                cases.append(_case(f"fixtures/{name}", body, "ErrorBody", ""))
            else:
                schema, why = spec.response_schema(
                    endpoint["method"].lower(), endpoint["path"], endpoint["status"]
                )
                cases.append(_case(f"fixtures/{name}", body, schema, why))
    return cases


def published_cases(spec: Spec, published: Path) -> list[dict[str, Any]]:
    document = json.loads(published.read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                for media_type, media in (response.get("content") or {}).items():
                    examples = []
                    if "example" in media:
                        examples.append(("example", media["example"]))
                    for key, example in (media.get("examples") or {}).items():
                        if isinstance(example, dict) and "value" in example:
                            examples.append((key, example["value"]))
                    for key, body in examples:
                        name = f"published {method.upper()} {path} {status} {media_type} [{key}]"
                        schema, why = spec.response_schema(method, path, status)
                        if (
                            schema is not None
                            and schema.startswith("[]")
                            and "|" not in schema
                            and isinstance(body, dict)
                        ):
                            # the published examples of list answers show one item, not the list
                            schema = schema[2:]
                        cases.append(_case(name, body, schema, why))
    return cases


def collect(spec_path: Path = SPEC, fixtures: Path = FIXTURES, published: Path = PUBLISHED) -> dict[str, Any]:
    """{"cases": [...], "skipped": [reasons]}; a missing source is skipped with a reason, never silently."""
    spec = Spec(yaml.safe_load(spec_path.read_text(encoding="utf-8")))
    cases: list[dict[str, Any]] = []
    skipped: list[str] = []
    if (fixtures / "README.md").is_file():
        cases += fixture_cases(spec, fixtures)
    else:
        skipped.append(f"the shared API fixtures are not available at {fixtures}")
    if published.is_file():
        cases += published_cases(spec, published)
    else:
        skipped.append(f"the published OpenAPI document is not available at {published}")
    return {"cases": cases, "skipped": skipped}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True, help="where to write the cases (JSON)")
    args = parser.parse_args(argv)
    collected = collect()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(collected, indent=1) + "\n", encoding="utf-8")
    for reason in collected["skipped"]:
        print(f"port-cases: skipped: {reason}", file=sys.stderr)
    print(f"port-cases: {len(collected['cases'])} bodies in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Portability check: generate a TypeScript client from the spec and compile it with `tsc --strict`.

    python scripts/port_typescript.py            # into build/ts-client (not committed)

openapi-generator-cli (the PyPI package, bundling its jar; runs on Java 17) generates a `typescript-fetch`
client, which needs nothing but the standard library types of TypeScript (`fetch` from the DOM lib). The
spec must port as it is: when the generator rejects it, drops something, or maps two schemas onto one
TypeScript name, this script fails and names the spec problem; the generated TypeScript is never patched.

Checks, in order:
1. the generator succeeds (its warnings are printed as notes);
2. no two schemas (components or the inline schemas the generator names after their parent) collapse
   onto one TypeScript model name, and every string enum component is still an enum in TypeScript;
3. every operationId became an API method;
4. `tsc --strict --noEmit` (target ES2020, lib dom + es2020) compiles the client without errors.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from port_common import PortError, fatal_warnings, generator_command, name_mappings

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO_ROOT / "openapi" / "qarnot.yaml"
DEFAULT_OUT = REPO_ROOT / "build" / "ts-client"
TSC = REPO_ROOT / "node_modules" / ".bin" / "tsc"
PROGRAM = REPO_ROOT / "ports" / "typescript" / "main.ts"
PROGRAM_OUT = REPO_ROOT / "build" / "ports" / "typescript"
# the program compiled with the client (rootDir = the repository, so both keep their relative paths)
COMMAND = ["node", str(PROGRAM_OUT / "js" / "ports" / "typescript" / "main.js")]
GENERATOR = "typescript-fetch"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

TSCONFIG: dict[str, Any] = {
    "compilerOptions": {
        "strict": True,
        "noEmit": True,
        "target": "ES2020",
        "lib": ["dom", "es2020"],
        "module": "ES2020",
        "moduleResolution": "node",
        # Hermetic: no @types packages from the surrounding node_modules.
        "types": [],
    },
    "include": ["src/**/*.ts"],
}


def camelize(name: str) -> str:
    """The TypeScript model name openapi-generator derives from a schema name (Task_state -> TaskState)."""
    parts = [part for part in re.split(r"[^A-Za-z0-9]+", name) if part]
    return "".join(part[0].upper() + part[1:] for part in parts)


def lower_camel(name: str) -> str:
    camel = camelize(name)
    return camel[:1].lower() + camel[1:]


def generate(spec: Path, out: Path) -> str:
    if shutil.which("java") is None:
        raise PortError("java is not on PATH (openapi-generator-cli needs a Java 17 runtime)")
    command = [
        *generator_command(),
        "generate",
        "--input-spec",
        str(spec),
        "--generator-name",
        GENERATOR,
        "--output",
        str(out / "src"),
        "--additional-properties=supportsES6=true",
        "--global-property=apiDocs=false,modelDocs=false,apiTests=false,modelTests=false",
        # both spellings of a key (ResultsCacheTTLSec, resultsCacheTTLSec) would be one TypeScript name
        *name_mappings(
            spec, lambda words: words[0] + "".join(word[:1].upper() + word[1:] for word in words[1:])
        ),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    log = result.stdout + result.stderr
    (out / "generator.log").write_text(log, encoding="utf-8")
    if result.returncode != 0:
        relevant = [
            line for line in log.splitlines() if "ERROR" in line or "Exception" in line or "- " in line
        ]
        raise PortError(
            f"openapi-generator-cli ({GENERATOR}) rejected the spec (exit {result.returncode}); "
            f"full log in {out / 'generator.log'}:\n" + "\n".join(relevant[-40:] or log.splitlines()[-40:])
        )
    return log


def generator_notes(log: str) -> list[str]:
    notes: list[str] = []
    for line in log.splitlines():
        if "WARN" in line and "3.1 support is still in beta" not in line:
            notes.append(line.split(" - ", 1)[-1].strip())
    return sorted(set(notes))


def check_names(document: dict[str, Any], log: str, src: Path) -> list[str]:
    """Schemas that collapse onto one TypeScript name, and enum components that stopped being enums."""
    problems: list[str] = []
    schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
    inline = re.findall(r"Inline schema created as (\S+?)\.? To have complete control", log)
    by_ts_name: dict[str, list[str]] = defaultdict(list)
    for name in schemas:
        by_ts_name[camelize(name)].append(f"components/schemas/{name}")
    for name in sorted(set(inline)):
        by_ts_name[camelize(name)].append(f"inline schema {name} (named after its parent and property)")
    for ts_name, sources in sorted(by_ts_name.items()):
        if len(sources) > 1:
            problems.append(
                f"TypeScript model {ts_name} would stand for several schemas: {', '.join(sources)}; "
                "give the inline schema a `title` (or make it a named component) so the names differ"
            )
    for name, schema in sorted(schemas.items()):
        if isinstance(schema, dict) and "enum" in schema and schema.get("type") == "string":
            model = src / "models" / f"{camelize(name)}.ts"
            text = model.read_text(encoding="utf-8") if model.is_file() else ""
            if f"export const {camelize(name)} = {{" not in text:
                problems.append(
                    f"enum components/schemas/{name} did not come out as a TypeScript enum ({model})"
                )
    return problems


def check_operations(document: dict[str, Any], src: Path) -> list[str]:
    api_text = "\n".join(path.read_text(encoding="utf-8") for path in sorted((src / "apis").glob("*.ts")))
    missing: list[str] = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and "operationId" in operation:
                method_name = lower_camel(str(operation["operationId"]))
                if not re.search(rf"\basync {re.escape(method_name)}\(", api_text):
                    missing.append(f"{method.upper()} {path} ({operation['operationId']} -> {method_name})")
    return [f"operation missing from the TypeScript client: {entry}" for entry in missing]


def compile_typescript(out: Path) -> None:
    if not TSC.is_file():
        raise PortError(f"{TSC} not found: run `make install-node`")
    (out / "tsconfig.json").write_text(json.dumps(TSCONFIG, indent=2) + "\n", encoding="utf-8")
    result = subprocess.run(
        [str(TSC), "--project", str(out / "tsconfig.json"), "--strict", "--noEmit", "--pretty", "false"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        errors = (result.stdout + result.stderr).strip().splitlines()
        raise PortError(
            f"tsc --strict found {len(errors)} problem line(s) in the generated client:\n"
            + "\n".join(errors[:60])
        )


def port(spec: Path, out: Path) -> list[str]:
    """Generate and compile; returns the generator's notes. Raises PortError on any failure."""
    if not spec.is_file():
        raise PortError(f"spec not found: {spec}")
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise PortError(f"{spec} is not a YAML mapping")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    log = generate(spec, out)
    src = out / "src"
    problems = check_names(document, log, src) + check_operations(document, src)
    if problems:
        raise PortError("the spec does not port cleanly to TypeScript:\n  " + "\n  ".join(problems))
    compile_typescript(out)
    fatal = fatal_warnings(log)
    if fatal:
        raise PortError(
            "openapi-generator (typescript-fetch) warned about the spec:\n  " + "\n  ".join(fatal)
        )
    return generator_notes(log)


def compile_program() -> None:
    """ports/typescript/main.ts with the generated client, tsc --strict, into JavaScript for node."""
    PROGRAM_OUT.mkdir(parents=True, exist_ok=True)
    config = {
        "compilerOptions": {
            **TSCONFIG["compilerOptions"],
            "noEmit": False,
            "module": "commonjs",
            "outDir": str(PROGRAM_OUT / "js"),
            "rootDir": str(REPO_ROOT),
        },
        "files": [str(PROGRAM)],
    }
    (PROGRAM_OUT / "tsconfig.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    result = subprocess.run(
        [str(TSC), "--project", str(PROGRAM_OUT / "tsconfig.json"), "--pretty", "false"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise PortError("tsc --strict refused ports/typescript:\n" + (result.stdout + result.stderr).strip())


def build(spec: Path = DEFAULT_SPEC) -> list[str]:
    """What tests/ports runs: the client into build/ts-client, then the program against it."""
    notes = port(spec, DEFAULT_OUT)
    compile_program()
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document (default: %(default)s)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="build folder (default: %(default)s)")
    args = parser.parse_args(argv)
    spec, out = args.spec.resolve(), args.out.resolve()
    try:
        notes = port(spec, out)
        if out == DEFAULT_OUT:
            compile_program()
    except PortError as error:
        print(f"port-typescript: {error}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"note (openapi-generator): {note}")
    models = len(list((out / "src" / "models").glob("*.ts")))
    apis = len(list((out / "src" / "apis").glob("*.ts")))
    print(
        f"port-typescript: {GENERATOR} client in {out / 'src'} ({apis} API files, {models} model files) "
        "compiles with tsc --strict"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

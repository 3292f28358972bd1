"""Rust port: generate a Rust client from the spec, build it with warnings denied, build ports/rust.

    python scripts/port_rust.py                 # generate + cargo build
    python scripts/port_rust.py --run URL TOKEN # ... then run the program against a live API (the sandbox)
    python scripts/port_rust.py --decode CASES  # ... then decode real bodies (scripts/port_cases.py)

openapi-generator's `rust` generator (pinned with the dev extra; reqwest blocking client, serde models)
writes the crate `qarnot` into build/ports/rust/client; ports/rust/Cargo.toml depends on it by path and
ports/rust/Cargo.lock pins every crate of both. The script also writes build/ports/rust/portdecode.rs
(schema name -> `serde_json::from_str` into the generated model of that name), which the program
includes to decode bodies by schema name. The target folder is build/ports/rust/target.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml
from port_common import (
    BUILD,
    REPO_ROOT,
    SPEC,
    PortError,
    fatal_warnings,
    name_mappings,
    port_main,
    require_tool,
    run_generator,
    run_step,
)

OUT = BUILD / "rust"
CLIENT = OUT / "client"
PROGRAM = REPO_ROOT / "ports" / "rust"
TARGET = OUT / "target"
BINARY = TARGET / "debug" / "qarnot-port-rust"
COMMAND = [str(BINARY)]
GENERATOR_OPTIONS = (
    # blocking reqwest: no async runtime to pull in for a command-line program
    "--additional-properties=packageName=qarnot,supportAsync=false,avoidBoxedModels=true",
)
# Warnings denied in our own program; the generated crate is built with the same flag (RUSTFLAGS applies to
# path dependencies), so an unused import or a dead variant in the generated code fails too.
CARGO_ENV = {"CARGO_TARGET_DIR": str(TARGET), "RUSTFLAGS": "-D warnings", "CARGO_TERM_COLOR": "never"}


def _jar() -> Path:
    found = importlib.util.find_spec("openapi_generator_cli")
    if found is None or found.origin is None:
        raise PortError("openapi-generator-cli is not installed (it comes from PyPI with `make install`)")
    return Path(found.origin).parent / "openapi-generator.jar"


ANYOF_STRUCT_OPEN = (
    "{{#oneOf.isEmpty}}#[derive(Clone, Default, Debug, PartialEq, Serialize, Deserialize)]\npub struct"
)
ONEOF_ENUM_OPEN = (
    "{{/oneOf.isEmpty}}\n{{^oneOf.isEmpty}}\n{{! TODO: add other vars that are not part of the oneOf}}"
)


ANYOF_VARIANT_NAME = (
    "{{#isArray}}ArrayOf{{#items}}{{#complexType}}{{{.}}}{{/complexType}}{{^complexType}}String{{/complexType}}"
    "{{/items}}{{/isArray}}{{^isArray}}{{#complexType}}{{{.}}}{{/complexType}}{{^complexType}}{{#isString}}String"
    "{{/isString}}{{^isString}}Value{{-index}}{{/isString}}{{/complexType}}{{/isArray}}"
)


def write_templates(out: Path) -> Path:
    """The rust generator's model template, changed so that an `anyOf` becomes an untagged enum (as `oneOf`).

    As shipped, the template renders a model made of `anyOf` (our open enums `anyOf: [TaskState, string]`,
    the one-or-many body of create_task) as an empty struct: every type is lost and no string decodes into
    it. An untagged serde enum tries the branches in order and keeps the first that decodes, which is what
    `anyOf` means for a decoder. The template is read from the pinned jar at build time (nothing of it is
    kept in the repository) and the change is two insertions, checked to apply.
    """
    with zipfile.ZipFile(_jar()) as jar:
        template = jar.read("rust/model.mustache").decode("utf-8")
    if template.count(ANYOF_STRUCT_OPEN) != 1 or template.count(ONEOF_ENUM_OPEN) != 1:
        raise PortError(
            "the rust model template of this openapi-generator has changed: update write_templates"
        )
    start = template.index(ONEOF_ENUM_OPEN) + len("{{/oneOf.isEmpty}}\n")
    end = template.index("{{/oneOf.isEmpty}}", start) + len("{{/oneOf.isEmpty}}")
    oneof_block = template[start:end]
    # the generator names oneOf branches but leaves anyOf ones as `any_of_0`: name them after their type
    # (TaskState, String, ArrayOfCreateTaskPayload), which -D warnings accepts as UpperCamelCase
    anyof_block = oneof_block.replace("oneOf", "anyOf").replace("{{{name}}}(", ANYOF_VARIANT_NAME + "(")
    template = template.replace(ANYOF_STRUCT_OPEN, "{{#anyOf.isEmpty}}" + ANYOF_STRUCT_OPEN)
    # close the struct branch for anyOf too, and add the anyOf enum (only for models with no oneOf)
    template = template.replace(
        ONEOF_ENUM_OPEN,
        "{{/oneOf.isEmpty}}{{/anyOf.isEmpty}}\n{{#oneOf.isEmpty}}"
        + anyof_block
        + "{{/oneOf.isEmpty}}\n"
        + ONEOF_ENUM_OPEN[len("{{/oneOf.isEmpty}}\n") :],
    )
    folder = out / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.mustache").write_text(template, encoding="utf-8")
    return folder


def _const_as_enum(node: Any) -> None:
    if isinstance(node, dict):
        if "const" in node and "enum" not in node:
            node["enum"] = [node["const"]]
        for value in node.values():
            _const_as_enum(value)
    elif isinstance(node, list):
        for value in node:
            _const_as_enum(value)


def rust_spec(spec: Path, out: Path) -> Path:
    """The spec with every `const: X` also written `enum: [X]` (the same constraint in JSON Schema).

    The rust generator drops `const`, so the variants of a union that differ only by their discriminator
    (GpuHardwareConstraint, NoGpuHardwareConstraint, ...) all fit the first of them; a one-value enum it
    keeps, as a serde enum that refuses any other value.
    """
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    _const_as_enum(document)
    path = out / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def rust_model_names(client: Path) -> set[str]:
    text = (client / "src" / "models" / "mod.rs").read_text(encoding="utf-8")
    return set(re.findall(r"^pub use self::\w+::(\w+);", text, flags=re.MULTILINE))


def write_decoders(spec: Path, client: Path, out: Path) -> int:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    declared = rust_model_names(client)
    # openapi-generator's Rust names: SSDHardwareConstraint -> SsdHardwareConstraint
    pairs = []
    for name in document["components"]["schemas"]:
        rust = re.sub(r"[A-Z]+(?=[A-Z][a-z]|$)", lambda m: m.group(0).capitalize(), name)
        if rust in declared:
            pairs.append((name, rust))
    arms = "\n".join(
        f'            "{name}" => check::<models::{rust}>(body),' for name, rust in sorted(pairs)
    )
    code = f"""// Written by scripts/port_rust.py (not by openapi-generator): decode a body by schema name.
mod portdecode {{
    use qarnot::models;

    fn check<T: serde::de::DeserializeOwned>(body: &str) -> Result<(), String> {{
        serde_json::from_str::<T>(body).map(|_| ()).map_err(|e| e.to_string())
    }}

    pub fn decode(schema: &str, body: &str) -> Result<(), String> {{
        match schema {{
            "string" => check::<String>(body),
{arms}
            other => Err(format!("the generated client has no model {{other}}")),
        }}
    }}
}}
"""
    out.write_text(code, encoding="utf-8")
    return len(pairs)


def build(spec: Path = SPEC) -> list[str]:
    cargo = require_tool("cargo", "the Rust toolchain")
    templates = write_templates(OUT)
    mappings = name_mappings(spec, lambda words: "_".join(word.lower() for word in words))
    log = run_generator(
        rust_spec(spec, OUT), "rust", CLIENT, *GENERATOR_OPTIONS, f"--template-dir={templates}", *mappings
    )
    problems = fatal_warnings(log)
    if problems:
        raise PortError("openapi-generator (rust) warned about the spec:\n  " + "\n  ".join(problems))
    models = write_decoders(spec, CLIENT, OUT / "portdecode.rs")
    seconds = run_step(
        [cargo, "build", "--locked", "--quiet"], PROGRAM, "cargo build (ports/rust)", CARGO_ENV
    )
    return [
        f"port-rust: client in {CLIENT} ({models} models), {BINARY} built in {seconds:.0f} s (-D warnings)"
    ]


def main(argv: list[str] | None = None) -> int:
    return port_main("port-rust", __doc__, build, BINARY, argv)


if __name__ == "__main__":
    sys.exit(main())

"""What the port scripts (port_typescript.py, port_go.py, port_rust.py) share: the pinned openapi-generator
run, the rule for its warnings, and running a build step so that a failure names the command and its output.

openapi-generator-cli is the PyPI package pinned in the dev extra (it bundles its jar and runs on Java 17).
A warning the generator prints is a failure unless it is one of BENIGN_WARNINGS (a renaming it does to
every schema, or the note that 3.1 support is in beta): a lost type, a collision or a dropped enum shows up
there first.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC = REPO_ROOT / "openapi" / "qarnot.yaml"
BUILD = REPO_ROOT / "build" / "ports"

# Warnings that say nothing about the spec: the beta note, and the renamings every generator does
# (snake_case file names in Rust, `type` -> `r#type`, Go/Rust reserved words).
BENIGN_WARNINGS = (
    re.compile(r"OpenAPI 3\.1 support is still in beta"),
    # printed once for every object schema with `additionalProperties` (a map), whose element schema has
    # no name; the maps still come out typed (Labels -> map[string]string, HashMap<String, String>)
    re.compile(r"^Failed to get the schema name: null$"),
    re.compile(r"^\S+ \(reserved word\) cannot be used as model name\. Renamed to \S+$"),
    re.compile(r"^\S+ cannot be used as a model name\. Renamed to \S+$"),
    re.compile(
        r"^(type|ref|box|self|match|mod|use) cannot be used as a field/variable name\. Renamed to \S+$"
    ),
    # Rust: the variant names of an untagged enum made from a union whose members have no name
    # (`Vec<String>` -> VecLessThanStringGreaterThan); ugly, but nothing is lost
    re.compile(r"^(vec<.+>|serde_json::value) cannot be used as a field/variable name\. Renamed to \S+$"),
)


def _walk_properties(node: Any) -> Iterator[list[str]]:
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            yield list(properties)
        for value in node.values():
            yield from _walk_properties(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk_properties(value)


def conflicting_spellings(spec: Path) -> list[str]:
    """Property names that another property of the same schema spells the same way but for case or `_`.

    The wire has both spellings of some keys (`ResultsCacheTTLSec` and `resultsCacheTTLSec`, the snake_case
    and camelCase keys of CarbonFacts); every generator folds them onto one identifier, a collision that no
    longer compiles. In each group the first camelCase spelling keeps the plain name and the others are
    returned, for the ports to map onto `legacy...` names (openapi-generator's --name-mappings).
    """
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    others: set[str] = set()
    for names in _walk_properties(document):
        groups: dict[str, list[str]] = {}
        for name in names:
            groups.setdefault(re.sub(r"[^a-z0-9]", "", name.lower()), []).append(name)
        for group in groups.values():
            if len(group) > 1:
                camel = [name for name in group if re.fullmatch(r"[a-z][a-zA-Z0-9]*", name)]
                keep = (camel or group)[0]
                others.update(name for name in group if name != keep)
    return sorted(others)


def words(name: str) -> list[str]:
    """`total_consumed_energy_Wh` -> [total, consumed, energy, Wh], `TTLSec` -> [TTL, Sec]."""
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name)


def name_mappings(spec: Path, render: Callable[[list[str]], str]) -> list[str]:
    """The --name-mappings option: each conflicting spelling gets a `legacy` name in one language."""
    mappings = [f"{name}={render(['legacy', *words(name)])}" for name in conflicting_spellings(spec)]
    return [f"--name-mappings={','.join(mappings)}"] if mappings else []


class PortError(Exception):
    """The port failed; the message names the spec problem or the missing tool."""


def generator_command() -> list[str]:
    local = Path(sys.executable).parent / "openapi-generator-cli"
    if local.is_file():
        return [str(local)]
    found = shutil.which("openapi-generator-cli")
    if found is None:
        raise PortError("openapi-generator-cli is not installed (it comes from PyPI with `make install`)")
    return [found]


def run_generator(spec: Path, generator: str, out: Path, *options: str) -> str:
    """Run openapi-generator into `out` (emptied first); returns its log, raises PortError when it fails."""
    if shutil.which("java") is None:
        raise PortError("java is not on PATH (openapi-generator-cli needs a Java 17 runtime)")
    if not spec.is_file():
        raise PortError(f"spec not found: {spec}")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    command = [
        *generator_command(),
        "generate",
        "--input-spec",
        str(spec),
        "--generator-name",
        generator,
        "--output",
        str(out),
        "--global-property=apiDocs=false,modelDocs=false,apiTests=false,modelTests=false",
        *options,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    log = result.stdout + result.stderr
    (out.parent / f"{out.name}-generator.log").write_text(log, encoding="utf-8")
    if result.returncode != 0:
        relevant = [
            line for line in log.splitlines() if "ERROR" in line or "Exception" in line or "- " in line
        ]
        raise PortError(
            f"openapi-generator-cli ({generator}) rejected the spec (exit {result.returncode}):\n"
            + "\n".join(relevant[-40:] or log.splitlines()[-40:])
        )
    return log


def warnings(log: str) -> list[str]:
    """Every distinct generator warning, without its logger prefix."""
    found = {line.split(" - ", 1)[-1].strip() for line in log.splitlines() if " WARN " in line}
    return sorted(found)


def fatal_warnings(log: str) -> list[str]:
    return [text for text in warnings(log) if not any(rule.search(text) for rule in BENIGN_WARNINGS)]


def run_step(command: list[str], cwd: Path, what: str, env: dict[str, str] | None = None) -> float:
    """Run one build step; returns its duration, raises PortError with the tail of its output on failure."""
    start = time.monotonic()
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, check=False, env={**os.environ, **(env or {})}
    )
    if result.returncode != 0:
        lines = (result.stdout + result.stderr).strip().splitlines()
        raise PortError(f"{what} failed (`{' '.join(command)}` in {cwd}):\n" + "\n".join(lines[-60:]))
    return time.monotonic() - start


def require_tool(name: str, hint: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise PortError(f"{name} is not on PATH ({hint})")
    return found


def port_main(
    name: str, doc: str | None, build: Callable[[Path], list[str]], binary: Path, argv: list[str] | None
) -> int:
    """The command line of port_go.py and port_rust.py: build, then run or decode with the program."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=SPEC, help="OpenAPI document (default: %(default)s)")
    parser.add_argument("--run", nargs=2, metavar=("URL", "TOKEN"), help="then run the program on that API")
    parser.add_argument("--decode", type=Path, metavar="CASES", help="then decode the cases of port_cases.py")
    args = parser.parse_args(argv)
    try:
        for note in build(args.spec.resolve()):
            print(note)
    except PortError as error:
        print(f"{name}: {error}", file=sys.stderr)
        return 1
    if args.run:
        return subprocess.run([str(binary), "run", *args.run], check=False).returncode
    if args.decode:
        return subprocess.run([str(binary), "decode", str(args.decode)], check=False).returncode
    return 0

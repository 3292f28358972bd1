"""The Go and Rust ports, generated from the spec and built by scripts/port_go.py and port_rust.py (the same
code `make port-go` / `make port-rust` run): each program runs against a sandbox, and every real body
(../shared/fixtures and the published document's examples) decodes through its generated models.

Nothing is expected to fail: a body a port cannot decode is fixed in the spec (true to the wire) or in the
way the port drives its generator, never by skipping it here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from qarnot_facade.testing import Sandbox

REPO_ROOT = Path(__file__).resolve().parents[2]


def load_script(name: str) -> ModuleType:
    """scripts/<name>.py as a module (the scripts folder is not a package)."""
    scripts = str(REPO_ROOT / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    key = f"_ports_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, REPO_ROOT / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


@pytest.fixture(scope="session")
def cases_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    collected = load_script("port_cases").collect()
    if not collected["cases"]:
        pytest.skip("no real bodies to decode: " + "; ".join(collected["skipped"]))
    path = tmp_path_factory.mktemp("ports") / "cases.json"
    path.write_text(json.dumps(collected), encoding="utf-8")
    return path


NO_CASES = "(no real bodies)"


def case_names() -> list[str]:
    """The case names, or one placeholder whose test skips saying why (the shared folders are absent)."""
    return [case["name"] for case in load_script("port_cases").collect()["cases"]] or [NO_CASES]


def decode_results(command: list[str], cases: Path) -> dict[str, str]:
    """name -> "" (decoded) or the port's error, from one run of `<program> decode`."""
    result = subprocess.run([*command, "decode", str(cases)], capture_output=True, text=True, timeout=300)
    outcomes: dict[str, str] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"^(ok  |FAIL) (.+?)(?:: (.*))?$", line)
        if match and not line.startswith("decode:"):
            outcomes[match[2]] = "" if match[1] == "ok  " else (match[3] or "failed")
    return outcomes


def run_program(command: list[str], sandbox: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, "run", sandbox.api_url, sandbox.api_key], capture_output=True, text=True, timeout=300
    )


LANGUAGES = ("typescript", "go", "rust")
# The first test waits for the three builds (a clean clone downloads and compiles the Go and Rust
# dependencies: about two minutes on a busy 2-core machine), longer than the suite's 600 s default allows
# when the machine is loaded.
pytestmark = pytest.mark.timeout(1800)


@pytest.fixture(scope="session")
def port_scripts() -> dict[str, ModuleType]:
    return {language: load_script(f"port_{language}") for language in LANGUAGES}


@pytest.fixture(scope="session")
def built(port_scripts: dict[str, ModuleType]) -> dict[str, list[str]]:
    """Generate and build every port once (the first build downloads and compiles the dependencies)."""
    commands: dict[str, list[str]] = {}
    for language, script in port_scripts.items():
        script.build()
        commands[language] = script.COMMAND
    return commands


@pytest.fixture(scope="session")
def decoded(built: dict[str, list[str]], cases_file: Path) -> dict[str, dict[str, str]]:
    return {language: decode_results(command, cases_file) for language, command in built.items()}


@pytest.mark.parametrize("name", case_names())
@pytest.mark.parametrize("language", LANGUAGES)
def test_real_body_decodes(language: str, name: str, decoded: dict[str, dict[str, str]]) -> None:
    if name == NO_CASES:
        pytest.skip("no real bodies to decode: " + "; ".join(load_script("port_cases").collect()["skipped"]))
    outcomes = decoded[language]
    assert name in outcomes, f"the {language} port printed nothing for {name}"
    assert outcomes[name] == "", f"{language} could not decode {name}: {outcomes[name]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_program_runs_against_the_sandbox(language: str, built: dict[str, list[str]]) -> None:
    with Sandbox() as sandbox:
        result = run_program(built[language], sandbox)
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "task state Success" in out
    assert f'stdout "0> hello from {language}"' in out
    assert "created task listed: true" in out
    assert f'named "pool from {language}"' in out
    lines = [line for line in out.splitlines() if line.startswith("hardware constraint ")]
    variants = [line.split()[2] for line in lines]
    # every variant of the sandbox's catalogue, each decoded as itself (Rust prints the wire discriminator)
    assert len(variants) == 12 and len(set(variants)) == 12, variants
    for line in lines:
        if "(wire " in line:
            wire = line.split("(wire ", 1)[1].strip('")')
            assert line.split()[2].lower() == wire.lower(), line
    assert "missing task: 404" in out


def _doc_block(heading: str) -> list[str]:
    """The commands of the indented code block under a heading of docs/PORTING.md (comments dropped)."""
    text = (REPO_ROOT / "docs" / "PORTING.md").read_text(encoding="utf-8")
    section = text.split(f"\n{heading}\n", 1)[1]
    lines = []
    for line in section.splitlines()[1:]:
        if line and not line.startswith("    "):
            break
        if line.strip():
            lines.append(line.strip().split("  #", 1)[0].strip())
    return lines


def test_porting_md_go_section_works_as_written(built: dict[str, list[str]]) -> None:
    """Follow "Go by hand" of docs/PORTING.md: build with the script, start the sandbox the way it says, read
    its URL and token from what it prints, run the program line with them."""
    install, build, start, run = _doc_block("### Go by hand (what the test does)")
    assert install == "make install"  # done: this test runs in that environment
    assert build.startswith(".venv/bin/python ") and start.startswith(".venv/bin/python ")
    subprocess.run([sys.executable, *build.split()[1:]], cwd=REPO_ROOT, check=True, capture_output=True)
    server = subprocess.Popen(
        [sys.executable, *start.rstrip("&").split()[1:]],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},  # its lines arrive as printed, not at exit
    )
    try:
        assert server.stdout is not None
        printed: dict[str, str] = {}
        while "Token" not in printed:
            line = server.stdout.readline()
            assert line, "the sandbox stopped before printing its token"
            key, _, value = line.strip().partition(":")
            printed[key] = value.strip()
        command = run.replace("http://127.0.0.1:PORT", printed["API"]).replace("TOKEN", printed["Token"])
        result = subprocess.run(command.split(), cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "task state Success" in result.stdout and "missing task: 404" in result.stdout

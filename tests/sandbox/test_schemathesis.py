"""Property-based conformance of the sandbox to the spec, with schemathesis (bounded and reproducible).

The schemathesis CLI runs, in a subprocess and a scratch directory (its caches and Hypothesis' files land
there, never in the repository), every operation of openapi/qarnot.yaml against a running Sandbox:
stateless, valid and invalid data (mode "all": invalid inputs must get documented answers too), a fixed
seed, no example database, a fixed number of examples per operation. Path parameters are drawn half of
the time from objects created beforehand (tasks, pools, jobs, secrets, projects), so the operations are
exercised on existing objects and not only on 404s.

Phases: examples (the spec's own examples must be accepted), coverage (boundary and missing values),
fuzzing and stateful (links between operations). Checks: every conformance check (server errors, status
codes, content types, schemas, headers) plus negative_data_rejection (invalid input must be refused),
missing_required_header, unsupported_method, allow_header_conformance, use_after_free,
ensure_resource_availability and ignored_auth. The run must report no failure. CI runs MAX_EXAMPLES
(8) per operation, a couple of minutes; ``make fuzz`` runs ``QARNOT_FUZZ_EXAMPLES`` (100 by default).
positive_data_acceptance is left out: the sandbox refuses, as the platform does, valid-by-schema bodies
that break creation rules the spec cannot express (a task outside a pool without a profile, unknown
field paths in a selection).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from qarnot_facade.testing import Sandbox, ScriptedExecutor, ScriptedOutcome
from qarnot_facade.testing.executors import InstanceRun
from qarnot_facade.testing.validation import SpecValidator, spec_path

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "negative_data_rejection",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
)
PHASES = "examples,coverage,fuzzing,stateful"
SEED = 20261128
# CI runs a bounded campaign; `make fuzz` sets QARNOT_FUZZ_EXAMPLES (and a longer timeout) for a long one
MAX_EXAMPLES = int(os.environ.get("QARNOT_FUZZ_EXAMPLES", "8"))
TIMEOUT_SECONDS = int(os.environ.get("QARNOT_FUZZ_TIMEOUT", "480"))


def schemathesis_command() -> list[str]:
    beside = Path(sys.executable).with_name("schemathesis")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("schemathesis")
    assert found, "the schemathesis CLI is not installed (it is pinned in the dev extra of pyproject.toml)"
    return [found]


def scripted(run: InstanceRun) -> ScriptedOutcome:
    return ScriptedOutcome(
        stdout=f"instance {run.instance_id} out\n", stderr=f"instance {run.instance_id} err\n"
    )


def seed_platform(sandbox: Sandbox) -> dict[str, list[Any]]:
    """Create objects schemathesis can find; return the identifiers to draw path parameters from."""
    ids: dict[str, list[Any]] = {
        "tasks": [],
        "pools": [],
        "jobs": [],
        "keys": [],
        "prefixes": [""],
        "projects": [],
    }
    with httpx.Client(
        base_url=sandbox.api_url, headers={"Authorization": sandbox.api_key}, timeout=30
    ) as http:

        def created(path: str, body: dict[str, Any]) -> str:
            answer = http.post(path, json=body)
            assert answer.status_code in (200, 201), answer.text
            return str(answer.json()["uuid"])

        for index in range(3):
            pool = created(
                "/pools",
                {
                    "name": f"pool-{index}",
                    "shortname": f"pool-{index}",
                    "profile": "docker-batch",
                    "instanceCount": 1,
                },
            )
            ids["pools"] += [pool, f"pool-{index}"]
        for index in range(3):
            ids["jobs"].append(created("/jobs", {"name": f"job-{index}", "shortname": f"job-{index}"}))
        rule = {"inbound": True, "proto": "https", "port": "8888", "name": "web"}
        for index in range(12):
            task = created(
                "/tasks",
                {
                    "name": f"task-{index}",
                    "shortname": f"task-{index}",
                    "profile": "docker-batch",
                    "instanceCount": 2,
                    "constants": [{"key": "DOCKER_CMD", "value": "echo hi"}],
                    "forcedNetworkRules": [rule],
                },
            )
            ids["tasks"] += [task, f"task-{index}"]
        for key in ("app/db/password", "app/db/user", "app/token", "root-secret"):
            answer = http.put(f"/secrets-manager/data/{key}", json={"value": "s3cr3t"})
            assert answer.status_code == 201, answer.text
            ids["keys"].append(key)
        ids["prefixes"] += ["app", "app/db"]
        info = http.get("/info").json()
        ids["projects"] = [project["uuid"] for project in info["projects"]]
    return ids


def write_config(directory: Path, ids: dict[str, list[Any]]) -> Path:
    dictionaries = {
        "task_ids": ids["tasks"],
        "pool_ids": ids["pools"],
        "job_ids": ids["jobs"],
        "secret_keys": ids["keys"],
        "secret_prefixes": [p for p in ids["prefixes"] if p],
        "project_ids": ids["projects"],
        "instance_ids": [0, 1],
        "profiles": ["docker-batch", "docker-network"],
    }
    bindings = {
        "taskId": "task_ids",
        "poolId": "pool_ids",
        "jobId": "job_ids",
        "key": "secret_keys",
        "prefix": "secret_prefixes",
        "projectId": "project_ids",
        "instanceId": "instance_ids",
        "profile": "profiles",
    }
    lines = [
        f"seed = {SEED}",
        "",
        "[cache]",
        "enabled = false",
        "",
        "[generation]",
        'database = "none"',
        'mode = "all"',
        f"max-examples = {MAX_EXAMPLES}",
        "",
        "[parameters]",
    ]
    lines += [
        f'"path.{name}" = {{ dictionary = "{dictionary}", probability = 0.5 }}'
        for name, dictionary in bindings.items()
    ]
    for name, values in dictionaries.items():
        lines += ["", f"[dictionaries.{name}]", f"values = {json.dumps(values)}"]
    config = directory / "schemathesis.toml"
    config.write_text("\n".join(lines) + "\n")
    return config


def test_schemathesis_finds_no_failure(tmp_path: Path) -> None:
    spec = spec_path()
    operation_count = len(SpecValidator(spec).operation_ids)
    with Sandbox(executor=ScriptedExecutor(scripted)) as sandbox:
        config = write_config(tmp_path, seed_platform(sandbox))
        command = [
            *schemathesis_command(),
            "--config-file",
            str(config),
            "--no-color",
            "run",
            str(spec),
            "--url",
            sandbox.api_url,
            "--header",
            f"Authorization: {sandbox.api_key}",
            "--checks",
            ",".join(CHECKS),
            "--phases",
            PHASES,
            "--mode",
            "all",
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            str(SEED),
            "--generation-database",
            "none",
            "--workers",
            "2",
            "--request-timeout",
            "10",
            "--suppress-health-check",
            "all",
        ]
        environment = {
            **os.environ,
            "HYPOTHESIS_STORAGE_DIRECTORY": str(tmp_path / ".hypothesis"),
            "NO_COLOR": "1",
            "COLUMNS": "120",
        }
        try:
            completed = subprocess.run(
                command,
                cwd=tmp_path,
                env=environment,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            partial = (
                exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else str(exc.stdout)
            )
            pytest.fail(
                f"schemathesis did not finish within {TIMEOUT_SECONDS} s; output so far:\n{partial[-8000:]}"
            )
    output = completed.stdout + completed.stderr
    summary = output[output.find("SUMMARY") - 40 :] if "SUMMARY" in output else output[-4000:]
    assert completed.returncode == 0, f"schemathesis found problems:\n{output[-15000:]}"
    assert f"Tested: {operation_count}" in summary, summary
    generated = re.search(r"(\d+) generated", summary)
    assert generated is not None and int(generated.group(1)) >= operation_count * 2, summary

"""`make docs` renders the spec: redocly build-docs writes an HTML page naming every operation."""

from __future__ import annotations

import html
import os
import subprocess
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
REDOCLY = REPO_ROOT / "node_modules" / ".bin" / "redocly"
SPEC = REPO_ROOT / "openapi" / "qarnot.yaml"


def test_docs_render_every_operation(tmp_path: Path, openapi: dict[str, Any]) -> None:
    assert REDOCLY.is_file(), f"{REDOCLY} is missing: run `make install-node`"
    output = tmp_path / "docs" / "index.html"
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    # the same command as the Makefile's docs target
    result = subprocess.run(
        [str(REDOCLY), "build-docs", str(SPEC), "--output", str(output)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.is_file()
    page = output.read_text(encoding="utf-8")
    assert len(page) > 100_000, f"suspiciously small page ({len(page)} characters)"
    assert page.lstrip().lower().startswith("<!doctype html")
    assert html.escape(openapi["info"]["title"], quote=False) in page
    missing = []
    for path, item in openapi["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            summary = operation["summary"]
            if operation["operationId"] not in page or (
                summary not in page and html.escape(summary, quote=False) not in page
            ):
                missing.append(f"{method.upper()} {path} ({operation['operationId']})")
    assert missing == [], f"operations missing from the rendered page: {missing}"

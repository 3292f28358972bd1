"""benchmarks/clients.py runs end to end with tiny sizes (it prints ratios; nothing here is timed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_clients_benchmark_runs_with_tiny_sizes() -> None:
    args = [
        "--tasks",
        "30",
        "--calls",
        "2",
        "--bulk",
        "3",
        "--import-runs",
        "1",
        "--reps",
        "1",
        "--api-reps",
        "1",
    ]
    args += ["--small-files", "4", "--small-kib", "1", "--large-mib", "1"]
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "clients.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    table = result.stdout.split("\nmeasure", 1)[1]
    for row in (
        "GET /tasks/{id}, per call",
        "GET /tasks, 30 full tasks decoded",
        "paginate 30 full tasks (pages",
        "paginate 30 full tasks, reading each status",
        "paginate 30 summaries",
        "memory held for 30 tasks",
        "bulk submission of 3 tasks",
        "import line, wall time",
        "import line + client construction",
        "import line + client + GET /settings",
        "re-sync 4 unchanged",
        "upload 1 MiB",
        "download 1 MiB",
    ):
        assert row in table, f"row {row!r} missing:\n{result.stdout}"

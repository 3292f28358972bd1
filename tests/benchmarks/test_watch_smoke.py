"""benchmarks/watch.py runs end to end with a few tasks (it prints counts and ratios; nothing is timed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_watch_benchmark_runs_with_a_few_tasks() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "watch.py"), "--tasks", "4"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for way in ("Client", "AsyncClient", "official"):
        assert way in result.stdout, f"{way!r} missing:\n{result.stdout}"

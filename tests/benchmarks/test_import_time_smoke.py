"""benchmarks/import_time.py runs end to end with one round (it prints ratios; nothing here is timed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_time_benchmark_prints_every_case() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "import_time.py"), "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for case in (
        "hello line + Client(...)",
        "+ Client(...).get_settings()",
        "import qarnot + Connection(...)",
    ):
        assert case in result.stdout, f"{case!r} missing:\n{result.stdout}"
    ratios = [line for line in result.stdout.splitlines() if "the 'at most half' target" in line]
    assert len(ratios) == 4, result.stdout

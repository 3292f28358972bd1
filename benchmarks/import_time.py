"""Import cost of the facade next to the official SDK, measured side by side in one run.

    python benchmarks/import_time.py [--runs 15]

Each round starts fresh interpreters, in alternating order, for:

* ``python -c "pass"`` (the interpreter alone, the baseline),
* ``python -c "import qarnot_facade"``,
* ``python -c "from qarnot_facade import Client"`` (loads httpx and the generated client core),
* ``python -c "import qarnot"`` (the official SDK, qarnot==2.23.0, in the dev extra).

It prints the median wall time of each, the same minus the bare interpreter, and the ratios against
the official SDK (the target is at most one half). Numbers depend on the machine; nothing here asserts.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CASES = {
    "python (baseline)": "pass",
    "import qarnot_facade": "import qarnot_facade",
    "from qarnot_facade import Client": "from qarnot_facade import Client",
    "import qarnot (official SDK)": "import qarnot",
}
OFFICIAL = "import qarnot (official SDK)"
BASELINE = "python (baseline)"


def wall_time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=15, help="rounds (each round runs every case once)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    try:
        subprocess.run([sys.executable, "-c", "import qarnot"], check=True, capture_output=True)
    except subprocess.CalledProcessError:
        sys.exit("the official SDK is not installed: pip install 'qarnot==2.23.0' (it is in the dev extra)")

    names = list(CASES)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for name in names:  # warm the file-system caches once
        wall_time(CASES[name])
    for round_index in range(args.runs):
        order = names if round_index % 2 == 0 else list(reversed(names))
        for name in order:
            samples[name].append(wall_time(CASES[name]))

    medians = {name: statistics.median(values) for name, values in samples.items()}
    base = medians[BASELINE]
    official_net = max(medians[OFFICIAL] - base, 1e-9)
    print(f"{args.runs} alternating rounds, {sys.executable}")
    print(f"{'case':36} {'median':>9} {'minus python':>13} {'vs official':>12}")
    for name in names:
        net = medians[name] - base
        ratio = "" if name == BASELINE else f"{medians[name] / medians[OFFICIAL]:.2f}x"
        print(f"{name:36} {medians[name] * 1000:8.1f}ms {net * 1000:12.1f}ms {ratio:>12}")
    for name in ("import qarnot_facade", "from qarnot_facade import Client"):
        net_ratio = (medians[name] - base) / official_net
        verdict = "meets" if net_ratio <= 0.5 else "misses"
        print(
            f"{name}: {net_ratio:.2f} of the official SDK's own import cost "
            f"({verdict} the 'at most half' target)"
        )


if __name__ == "__main__":
    main()

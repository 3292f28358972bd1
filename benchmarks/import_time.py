"""Import and construction cost of the facade next to the official SDK, side by side in one run.

    python benchmarks/import_time.py [--runs 15]

Each round starts fresh interpreters, in alternating order, for:

* ``python -c "pass"`` (the interpreter alone, the baseline);
* ``import qarnot_facade``;
* the hello world's line, ``from qarnot_facade import Client, Constant, CreateTaskPayload``;
* that line, then ``Client(QarnotConfig(api_key=..., api_url=URL))`` (builds the HTTP pool and the
  generated client; sends nothing);
* the same, then ``client.get_settings()``, the request the official constructor sends;
* ``import qarnot`` (the official SDK, qarnot==2.23.0, in the dev extra);
* ``import qarnot``, then ``qarnot.connection.Connection(client_token=..., cluster_url=URL)``.

The official constructor always sends ``GET /settings`` (and, when the answer names a storage,
``GET /info`` and builds two boto3 clients); it cannot be built without a server. URL is therefore a
stub API in its own process (``clients.StubAPI``) whose settings say ``storage: null``, so the official
constructor does its least: one request on loopback, the part of its construction no caller can skip.
The facade's constructor sends nothing; the case with ``get_settings()`` compares the same work on both
sides (imported, built, one ``GET /settings`` answered and decoded), whatever either defers to its
first request. Every interpreter runs from compiled bytecode, as an installed
package does (see ``bytecode_env``).

It prints the median wall time of each, the same minus the bare interpreter, and the ratio of each
facade case to its official counterpart (the target is at most one half). Numbers depend on the
machine; nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

TOKEN = "bench-token"
HELLO_IMPORT = "from qarnot_facade import Client, Constant, CreateTaskPayload"
BASELINE = "python (baseline)"


def construction_cases(url: str) -> dict[str, str]:
    """Fresh-interpreter programs against ``url``: the facade's construction, the same followed by
    ``get_settings()`` (what the official constructor sends), and the official construction."""
    facade = (
        f"{HELLO_IMPORT}\nfrom qarnot_facade import QarnotConfig\n"
        f"client = Client(QarnotConfig(api_key={TOKEN!r}, api_url={url!r}))"
    )
    return {
        "facade": facade,
        "facade first request": f"{facade}\nclient.get_settings()",
        "official": (
            f"import qarnot\nqarnot.connection.Connection(client_token={TOKEN!r}, cluster_url={url!r})"
        ),
    }


def bytecode_env(cache: str) -> dict[str, str]:
    """The environment of the measured interpreters: compiled modules cached in ``cache``.

    An installed package is run from its bytecode (pip compiles it on install). A checkout run with
    ``PYTHONDONTWRITEBYTECODE`` set would compile the facade's source (an editable install) on every
    start, but not the official SDK, which pip compiled into site-packages: the comparison would time
    the compiler. Both sides are therefore read from one private bytecode cache
    (``PYTHONPYCACHEPREFIX``), filled by the warm-up round, and the checkout is left untouched.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def wall_time(code: str, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


def medians(cases: dict[str, str], runs: int) -> dict[str, float]:
    """Median wall time of each case: one warm-up each, then ``runs`` rounds in alternating order."""
    names = list(cases)
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as cache:
        env = bytecode_env(cache)
        for name in names:  # compile into the cache and warm the file-system caches once
            wall_time(cases[name], env)
        samples: dict[str, list[float]] = {name: [] for name in names}
        for round_index in range(runs):
            for name in names if round_index % 2 == 0 else reversed(names):
                samples[name].append(wall_time(cases[name], env))
    return {name: statistics.median(values) for name, values in samples.items()}


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
    from clients import StubAPI

    stub = StubAPI(1, None)
    try:
        built = construction_cases(stub.url)
        cases = {
            BASELINE: "pass",
            "import qarnot_facade": "import qarnot_facade",
            "hello line": HELLO_IMPORT,
            "hello line + Client(...)": built["facade"],
            "+ Client(...).get_settings()": built["facade first request"],
            "import qarnot (official SDK)": "import qarnot",
            "import qarnot + Connection(...)": built["official"],
        }
        med = medians(cases, args.runs)
    finally:
        stub.close()
    pairs = {
        "import qarnot_facade": "import qarnot (official SDK)",
        "hello line": "import qarnot (official SDK)",
        "hello line + Client(...)": "import qarnot + Connection(...)",
        "+ Client(...).get_settings()": "import qarnot + Connection(...)",
    }
    base = med[BASELINE]
    print(f"{args.runs} alternating rounds, {sys.executable}")
    print(f"hello line = {HELLO_IMPORT}")
    print(f"{'case':34} {'median':>9} {'minus python':>13}")
    for name, value in med.items():
        print(f"{name:34} {value * 1000:8.1f}ms {(value - base) * 1000:12.1f}ms")
    print(f"{'facade case':30} {'vs official case':32} {'wall':>6} {'minus python':>13}")
    for name, official in pairs.items():
        wall = med[name] / med[official]
        net = (med[name] - base) / max(med[official] - base, 1e-9)
        verdict = "meets" if max(wall, net) <= 0.5 else "misses"
        print(f"{name:30} {official:32} {wall:5.2f}x {net:12.2f}x  ({verdict} the 'at most half' target)")


if __name__ == "__main__":
    main()

"""Transfer benchmark: the facade's bucket methods against the raw ``minio`` client, side by side.

Starts its own moto S3 server (a separate process, so the server does not share the client's GIL),
then for one large file and for many small files measures upload and download with both clients,
alternating them over a few repetitions, and prints medians and ratios (raw time / facade time:
above 1 means the facade is faster). Nothing is asserted: this reports what it measures.

    python benchmarks/transfers.py [--large-mib 256] [--small-files 1000] [--small-kib 4] [--reps 3]
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from minio import Minio

from qarnot_facade.storage import BucketMethods, StorageSettings, TransferOptions

ACCESS, SECRET = "bench@example.com", "bench-token"


class Bench(BucketMethods):
    def __init__(self, url: str) -> None:
        self.settings = StorageSettings(endpoint_url=url, access_key=ACCESS, secret_key=SECRET)

    def _storage_settings(self) -> StorageSettings:
        return self.settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_moto() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/moto-api/", timeout=1).close()
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("moto server did not start")


def write_random(path: Path, size: int, seed: int) -> None:
    rng = random.Random(seed)
    with open(path, "wb") as f:
        left = size
        while left:
            n = min(left, 1 << 20)
            f.write(rng.randbytes(n))
            left -= n


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def compare(name: str, facade: Callable[[int], object], raw: Callable[[int], object], reps: int) -> None:
    """Alternate facade and raw runs (order swapped every repetition); print medians and ratio."""
    f_times: list[float] = []
    r_times: list[float] = []
    for i in range(reps):
        order = [(facade, f_times), (raw, r_times)]
        if i % 2:
            order.reverse()
        for fn, times in order:
            times.append(timed(functools.partial(fn, i)))
    f, r = statistics.median(f_times), statistics.median(r_times)
    runs_f = ", ".join(f"{t:.2f}" for t in f_times)
    runs_r = ", ".join(f"{t:.2f}" for t in r_times)
    print(
        f"{name:<34} facade {f:7.2f} s   raw minio {r:7.2f} s   raw/facade {r / f:5.2f}x   "
        f"(runs facade {runs_f}; raw {runs_r})",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--large-mib", type=int, default=256)
    parser.add_argument("--small-files", type=int, default=1000)
    parser.add_argument("--small-kib", type=int, default=4)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()

    proc, url = start_moto()
    work = Path(tempfile.mkdtemp(prefix="qf-bench-"))
    try:
        facade = Bench(url)
        options = TransferOptions()
        raw = Minio(
            endpoint=url.removeprefix("http://"),
            access_key=ACCESS,
            secret_key=SECRET,
            secure=False,
            region="us-east-1",
        )
        facade.create_bucket("bench")
        print(f"moto S3 server at {url}, {os.cpu_count()} CPUs, {args.reps} alternating repetitions, medians")
        print(
            f"facade: part size {options.part_size >> 20} MiB, {options.max_concurrency} parts in flight, "
            f"{options.workers} files in parallel; raw minio: fput_object/fget_object defaults, "
            "one file at a time"
        )

        large = work / "large.bin"
        write_random(large, args.large_mib << 20, seed=1)
        compare(
            f"upload 1 file of {args.large_mib} MiB",
            lambda i: facade.upload_object("bench", f"large-f{i}", large, options=options),
            lambda i: raw.fput_object(bucket_name="bench", object_name=f"large-r{i}", file_path=str(large)),
            args.reps,
        )
        compare(
            f"download 1 file of {args.large_mib} MiB",
            lambda i: facade.download_object(
                "bench", f"large-f{i}", work / f"down-f{i}.bin", options=options
            ),
            lambda i: raw.fget_object(
                bucket_name="bench", object_name=f"large-r{i}", file_path=str(work / f"down-r{i}.bin")
            ),
            args.reps,
        )
        for p in work.glob("down-*.bin"):
            p.unlink()
        facade.delete_objects("bench", [o.key for o in facade.list_objects("bench", "large-")])

        small = work / "small"
        for n in range(args.small_files):
            d = small / f"d{n % 20}"
            d.mkdir(parents=True, exist_ok=True)
            write_random(d / f"f{n:05d}.bin", args.small_kib << 10, seed=n)
        files = sorted(p for p in small.rglob("*") if p.is_file())

        def raw_upload(i: int) -> None:
            for p in files:
                raw.fput_object(
                    bucket_name="bench",
                    object_name=f"small-r{i}/{p.relative_to(small).as_posix()}",
                    file_path=str(p),
                )

        def raw_download(i: int) -> None:
            for o in raw.list_objects(bucket_name="bench", prefix=f"small-r{i}/", recursive=True):
                name = str(o.object_name)
                raw.fget_object(
                    bucket_name="bench", object_name=name, file_path=str(work / "raw-down" / name)
                )

        compare(
            f"upload {args.small_files} files of {args.small_kib} KiB",
            lambda i: facade.upload_directory("bench", small, f"small-f{i}", options=options),
            raw_upload,
            args.reps,
        )
        compare(
            f"download {args.small_files} files of {args.small_kib} KiB",
            lambda i: facade.download_directory(
                "bench", work / "facade-down" / str(i), f"small-f{i}", options=options
            ),
            raw_download,
            args.reps,
        )
        unchanged = timed(lambda: facade.sync_to_bucket("bench", small, "small-f0", options=options))
        print(f"{'sync_to_bucket, nothing changed':<34} facade {unchanged:7.2f} s   (no raw equivalent)")
        facade.delete_bucket("bench", force=True)
        facade._close_storage()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

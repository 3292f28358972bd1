"""Transfer benchmark: the facade's bucket methods against the raw ``minio`` client, side by side.

Starts its own moto S3 server (a separate process, so the server does not share the client's GIL),
then for one large file and for many small files measures upload and download with both clients,
alternating them over a few repetitions, and prints medians and ratios (raw time / facade time:
above 1 means the facade is faster). Nothing is asserted: this reports what it measures.

Beside each time it prints how busy the S3 server process was (its CPU time over the wall time): near
100% means the server, not the client, set the pace (moto handles requests in threads of one Python
process, so it uses about one core; C code such as hashing can push it past 100%). Files are written
to a RAM-backed folder when there is one (/dev/shm), so disk writeback stalls do not land on whichever
client happens to run when the kernel flushes; ``--work-dir`` chooses another folder.

The suite runs on plain loopback, then with a delay added to every answer (``--latency-ms``), then,
for the large download only, with 20 ms per answer and each connection paced to ``--capped-mb-s``: the
case where parallel byte ranges (``TransferOptions(ranged_downloads=True)``) pay off. moto reads the
whole object for every ranged GET, so on plain loopback those ranges cost more than they bring.

    python benchmarks/transfers.py [--large-mib 256] [--small-files 1000] [--small-kib 4] [--reps 3]
                                   [--latency-ms 0 5 20] [--capped-mb-s 25] [--work-dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import multiprocessing
import multiprocessing.queues
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
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
    env = dict(os.environ)
    if Path("/dev/shm").is_dir():  # moto spools every object over 5 MiB to a temporary file: keep those in
        env["TMPDIR"] = "/dev/shm"  # memory, so the machine's disk adds no noise to either client's rows
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
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


class LatencyProxy:
    """A TCP relay to the S3 server that holds each response back ``delay`` seconds (one round trip of
    a remote storage per request), to show transfers over a link with latency; with ``rate`` (bytes
    per second), it also paces each connection's answers to that speed, as one TCP stream over a long
    link is limited by its window. It runs in its own process so relaying does not compete with the
    clients for this process's GIL."""

    def __init__(self, target: tuple[str, int], delay: float, rate: float | None = None) -> None:
        ctx = multiprocessing.get_context("spawn")
        ready: multiprocessing.queues.Queue[int] = ctx.Queue()
        self.process = ctx.Process(target=_relay_main, args=(target, delay, rate, ready), daemon=True)
        self.process.start()
        self.url = f"http://127.0.0.1:{ready.get(timeout=30)}"

    def close(self) -> None:
        self.process.terminate()
        self.process.join(timeout=10)


def _relay_main(
    target: tuple[str, int], delay: float, rate: float | None, ready: multiprocessing.queues.Queue[int]
) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    ready.put(int(sock.getsockname()[1]))

    def pipe(src: socket.socket, dst: socket.socket, waiting: threading.Event, answer: bool) -> None:
        start, sent = time.monotonic(), 0
        try:
            while data := src.recv(1 << 16):
                if not answer:
                    waiting.set()
                elif waiting.is_set():
                    waiting.clear()
                    time.sleep(delay)
                    start, sent = time.monotonic(), 0
                dst.sendall(data)
                if answer and rate:
                    sent += len(data)
                    ahead = sent / rate - (time.monotonic() - start)
                    if ahead > 0:
                        time.sleep(ahead)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_WR)

    while True:
        client, _ = sock.accept()
        server = socket.create_connection(target)
        waiting = threading.Event()
        threading.Thread(target=pipe, args=(client, server, waiting, False), daemon=True).start()
        threading.Thread(target=pipe, args=(server, client, waiting, True), daemon=True).start()


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


class ServerLoad:
    """CPU seconds used by the S3 server process (Linux /proc; None elsewhere)."""

    pid: int | None = None

    @classmethod
    def cpu(cls) -> float | None:
        try:
            with open(f"/proc/{cls.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured(fn: Callable[[], object]) -> tuple[float, float | None]:
    """(wall seconds, share of that time the S3 server spent on a CPU)."""
    before = ServerLoad.cpu()
    wall = timed(fn)
    after = ServerLoad.cpu()
    busy = None if before is None or after is None or wall <= 0 else (after - before) / wall
    return wall, busy


def compare(
    name: str,
    variants: dict[str, Callable[[int], object]],
    reps: int,
    cleanup: Callable[[], object] | None = None,
) -> None:
    """One untimed warm-up run of each variant, then ``reps`` rounds with the order rotated every round;
    ``cleanup`` runs (untimed) after every run so the server's state is the same for everyone.
    Prints medians and raw/variant ratios."""
    names = list(variants)
    for v in names:
        variants[v](-1)
        if cleanup is not None:
            cleanup()
    times: dict[str, list[float]] = {v: [] for v in variants}
    loads: dict[str, list[float]] = {v: [] for v in variants}
    for i in range(reps):
        shift = i % len(names)
        for v in names[shift:] + names[:shift]:
            wall, busy = measured(functools.partial(variants[v], i))
            times[v].append(wall)
            if busy is not None:
                loads[v].append(busy)
            if cleanup is not None:
                cleanup()
    medians = {v: statistics.median(t) for v, t in times.items()}
    raw = medians["raw minio"]
    print(name, flush=True)
    for v, m in medians.items():
        ratio = "" if v == "raw minio" else f"{raw / m:5.2f}x"
        load = f"S3 server busy {statistics.median(loads[v]):4.0%}" if loads[v] else ""
        runs = ", ".join(f"{t:.2f}" for t in times[v])
        print(f"  {v:<24} {m:7.2f} s {ratio:>6}   {load:<20}  runs: {runs}", flush=True)


def run_suite(url: str, work: Path, args: argparse.Namespace, *, large_download_only: bool = False) -> None:
    facade = Bench(url)
    defaults = TransferOptions()  # uploads MD5-checked, downloads size-checked
    unchecked = TransferOptions(verify_uploads=False)
    checked_down = TransferOptions(verify_downloads=True)
    in_ranges = TransferOptions(ranged_downloads=True)
    raw = Minio(
        endpoint=url.removeprefix("http://"),
        access_key=ACCESS,
        secret_key=SECRET,
        secure=False,
        region="us-east-1",
    )
    facade.create_bucket("bench")
    large = work / "large.bin"
    if not large.exists():
        write_random(large, args.large_mib << 20, seed=1)

    def drop_large() -> None:
        facade.delete_objects("bench", [o.key for o in facade.list_objects("bench", "up-")])
        for p in work.glob("down-*.bin"):
            p.unlink()

    if not large_download_only:
        compare(
            f"upload 1 file of {args.large_mib} MiB",
            {
                "facade": lambda i: facade.upload_object("bench", f"up-f{i}", large, options=defaults),
                "facade, no MD5": lambda i: facade.upload_object(
                    "bench", f"up-n{i}", large, options=unchecked
                ),
                "raw minio": lambda i: raw.fput_object(
                    bucket_name="bench", object_name=f"up-r{i}", file_path=str(large)
                ),
            },
            args.reps,
            cleanup=drop_large,
        )
    # both clients download the same object (uploaded once, 8 MiB parts)
    facade.upload_object("bench", "large", large, options=defaults)
    compare(
        f"download 1 file of {args.large_mib} MiB",
        {
            "facade": lambda i: facade.download_object(
                "bench", "large", work / "down-f.bin", options=defaults
            ),
            "facade, MD5 verified": lambda i: facade.download_object(
                "bench", "large", work / "down-v.bin", options=checked_down
            ),
            "facade, ranged": lambda i: facade.download_object(
                "bench", "large", work / "down-g.bin", options=in_ranges
            ),
            "raw minio": lambda i: raw.fget_object(
                bucket_name="bench", object_name="large", file_path=str(work / "down-r.bin")
            ),
        },
        args.reps,
        cleanup=drop_large,
    )
    facade.delete_object("bench", "large")
    if large_download_only:
        facade.delete_bucket("bench", force=True)
        facade._close_storage()
        return

    small = work / "small"
    if not small.exists():
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
        for o in raw.list_objects(bucket_name="bench", prefix="small/", recursive=True):
            name = str(o.object_name)
            raw.fget_object(bucket_name="bench", object_name=name, file_path=str(work / "raw-down" / name))

    def drop_small_uploads() -> None:
        facade.delete_objects("bench", [o.key for o in facade.list_objects("bench", "small-")])

    compare(
        f"upload {args.small_files} files of {args.small_kib} KiB",
        {
            "facade": lambda i: facade.upload_directory("bench", small, f"small-f{i}", options=defaults),
            "raw minio": raw_upload,
        },
        args.reps,
        cleanup=drop_small_uploads,
    )
    # both clients download the same objects
    facade.upload_directory("bench", small, "small", options=defaults)

    def drop_small_downloads() -> None:
        shutil.rmtree(work / "facade-down", ignore_errors=True)
        shutil.rmtree(work / "raw-down", ignore_errors=True)

    compare(
        f"download {args.small_files} files of {args.small_kib} KiB",
        {
            "facade": lambda i: facade.download_directory(
                "bench", work / "facade-down", "small", options=defaults
            ),
            "raw minio": raw_download,
        },
        args.reps,
        cleanup=drop_small_downloads,
    )
    unchanged = timed(lambda: facade.sync_to_bucket("bench", small, "small", options=defaults))
    print(
        f"sync_to_bucket, nothing changed\n  {'facade':<24} {unchanged:7.2f} s (no raw equivalent)",
        flush=True,
    )
    facade.delete_bucket("bench", force=True)
    facade._close_storage()
    shutil.rmtree(work / "facade-down", ignore_errors=True)
    shutil.rmtree(work / "raw-down", ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--large-mib", type=int, default=256)
    parser.add_argument("--small-files", type=int, default=1000)
    parser.add_argument("--small-kib", type=int, default=4)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument(
        "--work-dir",
        type=Path,
        default=None,
        help="folder for the test files (default: a temporary folder in /dev/shm when it exists)",
    )
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=[0.0, 5.0, 20.0],
        nargs="+",
        help="response delays to run the suite with (0 = plain loopback); default: 0 5 20",
    )
    parser.add_argument(
        "--capped-mb-s",
        type=float,
        default=25.0,
        help="then the large download again with 20 ms per request and each connection paced to this "
        "many MB/s, as one TCP stream over a long link is (0 = skip); default: 25",
    )
    args = parser.parse_args()

    proc, url = start_moto()
    ServerLoad.pid = proc.pid
    base = args.work_dir or (Path("/dev/shm") if Path("/dev/shm").is_dir() else None)
    work = Path(tempfile.mkdtemp(prefix="qf-bench-", dir=base))
    options = TransferOptions()
    try:
        print(
            f"moto S3 server (own process), {os.cpu_count()} CPUs, {args.reps} rotated repetitions, medians;"
            f" files in {work}"
        )
        print(
            f"facade: part size {options.part_size >> 20} MiB, {options.max_concurrency} parts in flight, "
            f"{options.workers} files in parallel, default options (uploads MD5/ETag-checked, downloads "
            "size-checked); raw minio: fput_object/fget_object defaults, one file at a time. "
            "Nx = raw time / facade time."
        )
        for latency in args.latency_ms:
            host, port = url.removeprefix("http://").split(":")
            proxy = LatencyProxy((host, int(port)), latency / 1000) if latency else None
            print(
                f"\n== {'loopback' if proxy is None else f'{latency:g} ms added per request'} ==", flush=True
            )
            try:
                run_suite(proxy.url if proxy else url, work, args)
            finally:
                if proxy is not None:
                    proxy.close()
        if args.capped_mb_s > 0:
            host, port = url.removeprefix("http://").split(":")
            proxy = LatencyProxy((host, int(port)), 0.02, args.capped_mb_s * 1e6)
            print(f"\n== 20 ms added per request, {args.capped_mb_s:g} MB/s per connection ==", flush=True)
            try:
                run_suite(proxy.url, work, args, large_download_only=True)
            finally:
                proxy.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The facade against the official ``qarnot`` SDK, side by side in one run: ratio = facade / official.

    python benchmarks/clients.py [--tasks 10000] [--page-size 100] [--calls 300] [--bulk 500]
                                 [--import-runs 9] [--api-reps 5] [--reps 3] [--large-reps 5]
                                 [--small-files 1000] [--small-kib 4]
                                 [--large-mib 200] [--no-buckets | --only-buckets]

Both clients talk to one stub API running in its own process (a threaded ``http.server`` that answers
from bodies built once at start), so the server's cost is the same for both and never shares the
clients' GIL. The task bodies are real ones: ``../shared/fixtures/python-sdk/task-success.json``
(about 3 kB) with a fresh uuid per task, or, when the fixtures are absent, the ``Task`` example of the
spec. The buckets rows run both clients (the official one through boto3) against one moto S3 server,
also in its own process (see ``transfers.py``).

Rows (each is the median over ``--api-reps`` rounds for the API rows, ``--reps`` for the bucket rows,
``--large-reps`` for the large file, the two clients alternating first; the per-call row runs many short
blocks, so that a burst of load on a shared machine spoils one block rather than the row):

* ``GET /tasks/{id}``, per call (``get_task_information`` / ``retrieve_task``);
* ``GET /tasks`` answering ``--tasks`` full tasks, decoded into models (``list_tasks`` / the official
  ``Task.from_json`` on each item of the same body: the official SDK lists through pages only);
* paginate ``--tasks`` full tasks, then the same reading each task's ``status`` (both clients keep a task's
  status as it arrived until it is read: the facade decodes it once on the first read, the official SDK
  builds a ``Status`` on every read), then summaries, pages of ``--page-size`` (``iter_tasks`` /
  ``all_tasks``);
* memory held by the ``--tasks`` decoded tasks (tracemalloc, everything else released);
* bulk submission of ``--bulk`` tasks (``create_tasks`` / ``submit_tasks``);
* the hello world's import line against ``import qarnot``, fresh interpreters, then the same line
  followed by building a client against ``import qarnot`` + ``Connection(...)`` (which sends its
  ``GET /settings`` to a stub API; ``import_time.py`` says why), and the facade's construction followed
  by that same ``get_settings()``;
* buckets: ``--small-files`` files of ``--small-kib`` KiB synced up then down, one ``--large-mib``
  MiB file up then down, and a sync of the unchanged small files again. The large upload is bound by
  the server: about two thirds of it is moto assembling the parts (``CompleteMultipartUpload``), the
  same work for both clients, whose time varies by a few tenths of a second from one round to the
  next, hence more rounds for it.

Nothing is asserted: it prints what it measures. Numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import copy
import gc
import http.server
import json
import multiprocessing
import multiprocessing.queues
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT.parent / "shared" / "fixtures" / "python-sdk"
TOKEN = "bench-token"
EMAIL = "bench@example.com"


# ----------------------------------------------------------------------------------------- bodies
def _task_template() -> tuple[dict[str, Any], str]:
    path = FIXTURES / "task-success.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT.parent))
    import yaml

    spec = yaml.safe_load((ROOT / "openapi" / "qarnot.yaml").read_text(encoding="utf-8"))
    example = spec["components"]["schemas"]["Task"].get("example")
    if not isinstance(example, dict):
        sys.exit("no task fixture (../shared/fixtures) and no Task example in the spec")
    return example, "the spec's Task example (fixtures absent)"


def _summary_of(task: dict[str, Any]) -> dict[str, Any]:
    keys = ("uuid", "name", "profile", "instanceCount", "runningCoreCount", "runningInstanceCount")
    summary = {k: task.get(k) for k in keys}
    summary.update(creationDate=task.get("creationDate"), state=task.get("state"))
    return summary


class Bodies:
    def __init__(self, count: int, storage_url: str | None) -> None:
        template, self.source = _task_template()
        self.tasks = []
        for _ in range(count):
            task = copy.deepcopy(template)
            task["uuid"] = str(uuid.uuid4())
            task["shortname"] = task["uuid"]
            self.tasks.append(task)
        self.summaries = [_summary_of(t) for t in self.tasks]
        self.one = json.dumps(self.tasks[0]).encode()
        self.all = json.dumps(self.tasks).encode()
        info_path = FIXTURES / "user-info.json"
        info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
        info["email"] = EMAIL
        self.info = json.dumps(info).encode()
        self.settings = json.dumps({"storage": storage_url}).encode()


# ------------------------------------------------------------------------------------- stub API
def _stub_main(count: int, storage_url: str | None, ready: multiprocessing.queues.Queue[Any]) -> None:
    bodies = Bodies(count, storage_url)
    pages: dict[tuple[bool, str | None, int], bytes] = {}

    def page(summaries: bool, token: str | None, size: int) -> bytes:
        key = (summaries, token, size)
        if key not in pages:
            items = bodies.summaries if summaries else bodies.tasks
            start = int(token) if token else 0
            end = min(start + size, len(items))
            truncated = end < len(items)
            pages[key] = json.dumps(
                {
                    "data": items[start:end],
                    "token": token or "",
                    "nextToken": str(end) if truncated else None,
                    "isTruncated": truncated,
                }
            ).encode()
        return pages[key]

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        wbufsize = 1 << 16  # headers and body leave in one write (no delayed-ACK stall per answer)
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _answer(self, body: bytes, status: int = 200) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _path(self) -> str:
            path = self.path.split("?", 1)[0]
            return path[3:] if path.startswith("/v1/") else path

        def do_GET(self) -> None:
            path = self._path()
            if path == "/settings":
                self._answer(bodies.settings)
            elif path == "/info":
                self._answer(bodies.info)
            elif path == "/tasks":
                self._answer(bodies.all)
            elif path.startswith("/tasks/"):
                self._answer(bodies.one)
            else:
                self._answer(b'{"message": "not found"}', 404)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = json.loads(self.rfile.read(length) or b"null")
            path = self._path()
            if path in ("/tasks/paginate", "/tasks/summaries/paginate"):
                size = (request or {}).get("maximumResults") or 100
                self._answer(page(path != "/tasks/paginate", (request or {}).get("token"), size))
            elif path == "/tasks" and isinstance(request, list):
                answer = [{"uuid": str(uuid.uuid4()), "statusCode": 200, "message": None} for _ in request]
                self._answer(json.dumps(answer).encode())
            elif path == "/tasks":
                self._answer(json.dumps({"uuid": str(uuid.uuid4())}).encode())
            else:
                self._answer(b'{"message": "not found"}', 404)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    ready.put((server.server_address[1], bodies.source, len(bodies.one)))
    server.serve_forever()


class StubAPI:
    def __init__(self, count: int, storage_url: str | None) -> None:
        ctx = multiprocessing.get_context("spawn")
        ready: multiprocessing.queues.Queue[Any] = ctx.Queue()
        self.process = ctx.Process(target=_stub_main, args=(count, storage_url, ready), daemon=True)
        self.process.start()
        port, self.source, self.one_size = ready.get(timeout=120)
        self.url = f"http://127.0.0.1:{port}"

    def close(self) -> None:
        self.process.terminate()
        self.process.join(timeout=10)


# ---------------------------------------------------------------------------------------- clients
def facade_client(api_url: str, storage_url: str | None) -> Any:
    from qarnot_facade import Client, QarnotConfig

    return Client(QarnotConfig(api_key=TOKEN, api_url=api_url, email=EMAIL, storage_url=storage_url))


def official_connection(api_url: str, storage_url: str | None) -> Any:
    import logging

    import qarnot

    logger = logging.getLogger("bench-official")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    return qarnot.connection.Connection(
        client_token=TOKEN, cluster_url=api_url, storage_url=storage_url, logger=logger
    )


def official_list_tasks(conn: Any) -> list[Any]:
    """The official SDK's decoding of one ``GET /tasks`` body (it lists through pages only)."""
    from qarnot import get_url, raise_on_error
    from qarnot.task import Task

    response = conn._get(get_url("tasks"))
    raise_on_error(response)
    return [Task.from_json(conn, item) for item in response.json()]


def _facade_progress(task: Any) -> Any:
    # a task's status becomes a model when first read (the official SDK also keeps it raw until read)
    return task.status.execution_progress


def _official_progress(task: Any) -> Any:
    task.auto_update = False  # reading .status must not refresh the task from the API
    return task.status.execution_progress


def official_bulk(conn: Any, count: int) -> None:
    import qarnot

    tasks = []
    for i in range(count):
        task = qarnot.task.Task(conn, f"bulk-{i}", "docker-batch", 1)
        task.constants["DOCKER_CMD"] = "echo hello"
        tasks.append(task)
    conn.submit_tasks(tasks)


def facade_bulk(client: Any, count: int) -> None:
    payloads = [
        {
            "name": f"bulk-{i}",
            "profile": "docker-batch",
            "instanceCount": 1,
            "constants": [{"key": "DOCKER_CMD", "value": "echo hello"}],
        }
        for i in range(count)
    ]
    results = client.create_tasks(payloads)
    if not results.all_ok:
        raise RuntimeError(results.summary())


# ------------------------------------------------------------------------------------- measuring
class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, float]] = []

    def add(self, name: str, facade: float, official: float, unit: str = "s") -> None:
        ratio = facade / official if official else float("inf")
        self.rows.append((name, _fmt(facade, unit), _fmt(official, unit), ratio))
        print(
            f"  {name:<52} facade {_fmt(facade, unit):>10}  official {_fmt(official, unit):>10}  "
            f"ratio {ratio:5.2f}",
            flush=True,
        )

    def print(self) -> None:
        print()
        print(f"{'measure':<52} {'facade':>10} {'official':>10} {'ratio':>6}")
        for name, facade, official, ratio in self.rows:
            print(f"{name:<52} {facade:>10} {official:>10} {ratio:6.2f}")
        print("ratio = facade / official (below 1: the facade is faster or smaller)")


def _fmt(value: float, unit: str) -> str:
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if value < 1e-3:
        return f"{value * 1e6:.0f} us"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def side_by_side(
    table: Table,
    name: str,
    facade: Callable[[], object],
    official: Callable[[], object],
    reps: int,
    per: int = 1,
    cleanup: Callable[[], object] | None = None,
) -> None:
    """One untimed warm-up each, then ``reps`` rounds alternating which goes first; medians / ``per``."""
    runs = {"facade": facade, "official": official}
    for fn in runs.values():
        fn()
        if cleanup:
            cleanup()
    times: dict[str, list[float]] = {k: [] for k in runs}
    for i in range(reps):
        order = ["facade", "official"] if i % 2 == 0 else ["official", "facade"]
        for key in order:
            gc.collect()
            start = time.perf_counter()
            runs[key]()
            times[key].append(time.perf_counter() - start)
            if cleanup:
                cleanup()
    table.add(name, statistics.median(times["facade"]) / per, statistics.median(times["official"]) / per)


def held_memory(load: Callable[[], object]) -> float:
    """Bytes still allocated (tracemalloc) while what ``load`` returned is kept, in MiB."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = load()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return (after - before) / 2**20


def import_row(table: Table, runs: int) -> None:
    from import_time import HELLO_IMPORT, construction_cases, medians

    stub = StubAPI(1, None)  # the official constructor sends GET /settings (see import_time.py)
    try:
        built = construction_cases(stub.url)
        cases = {
            "baseline": "pass",
            "facade": HELLO_IMPORT,
            "official": "import qarnot",
            "facade built": built["facade"],
            "facade first request": built["facade first request"],
            "official built": built["official"],
        }
        med = medians(cases, runs)
    finally:
        stub.close()
    table.add("import line, wall time of a fresh interpreter", med["facade"], med["official"])
    table.add(
        "import line, minus the bare interpreter",
        med["facade"] - med["baseline"],
        med["official"] - med["baseline"],
    )
    table.add("import line + client construction (fresh)", med["facade built"], med["official built"])
    table.add(  # the official constructor sends GET /settings: the same work on both sides
        "import line + client + GET /settings (fresh)", med["facade first request"], med["official built"]
    )


# -------------------------------------------------------------------------------------- suites
def api_rows(table: Table, args: argparse.Namespace) -> None:
    stub = StubAPI(args.tasks, None)
    print(f"stub API {stub.url}: {args.tasks} tasks from {stub.source}, one task body {stub.one_size} bytes")
    try:
        client = facade_client(stub.url, None)
        conn = official_connection(stub.url, None)
        task_id = (
            json.loads(Path(FIXTURES / "task-success.json").read_text())["uuid"]
            if (FIXTURES / "task-success.json").is_file()
            else str(uuid.uuid4())
        )

        # short blocks, many rounds: a burst of load on a shared machine then spoils one block, not the row
        block = max(1, args.calls // 10)

        def facade_one() -> None:
            for _ in range(block):
                client.get_task_information(task_id)

        def official_one() -> None:
            for _ in range(block):
                conn.retrieve_task(task_id)

        side_by_side(
            table,
            "GET /tasks/{id}, per call",
            facade_one,
            official_one,
            max(args.api_reps * 5, 11),
            per=block,
        )
        side_by_side(
            table,
            f"GET /tasks, {args.tasks} full tasks decoded",
            lambda: client.list_tasks(),
            lambda: official_list_tasks(conn),
            args.api_reps,
        )
        size = args.page_size
        side_by_side(
            table,
            f"paginate {args.tasks} full tasks (pages of {size})",
            lambda: sum(1 for _ in client.iter_tasks(page_size=size)),
            lambda: sum(1 for _ in conn._all_pages(conn.tasks_page, summary=False, maximum=size)),
            args.api_reps,
        )
        side_by_side(
            table,
            f"paginate {args.tasks} full tasks, reading each status",
            lambda: sum(1 for t in client.iter_tasks(page_size=size) if _facade_progress(t) is not None),
            lambda: sum(
                1
                for task in conn._all_pages(conn.tasks_page, summary=False, maximum=size)
                if _official_progress(task) is not None
            ),
            args.api_reps,
        )
        side_by_side(
            table,
            f"paginate {args.tasks} summaries (pages of {size})",
            lambda: sum(1 for _ in client.iter_tasks(page_size=size, summaries=True)),
            lambda: sum(1 for _ in conn._all_pages(conn.tasks_page, summary=True, maximum=size)),
            args.api_reps,
        )
        table.add(
            f"memory held for {args.tasks} tasks (tracemalloc)",
            held_memory(lambda: client.list_tasks()),
            held_memory(lambda: official_list_tasks(conn)),
            unit="MiB",
        )
        side_by_side(
            table,
            f"bulk submission of {args.bulk} tasks",
            lambda: facade_bulk(client, args.bulk),
            lambda: official_bulk(conn, args.bulk),
            args.api_reps,
        )
        client.close()
    finally:
        stub.close()


def bucket_rows(table: Table, args: argparse.Namespace) -> None:
    from transfers import ServerLoad, start_moto, write_random

    moto, s3_url = start_moto()
    ServerLoad.pid = moto.pid
    stub: StubAPI | None = None
    work = Path(
        tempfile.mkdtemp(prefix="bench-clients-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None)
    )
    try:
        stub = StubAPI(1, s3_url)
        client = facade_client(stub.url, s3_url)
        conn = official_connection(stub.url, s3_url)
        small = work / "small"
        small.mkdir()
        for i in range(args.small_files):
            write_random(small / f"f{i:05d}.bin", args.small_kib * 1024, i)
        large = work / "large.bin"
        write_random(large, args.large_mib * 2**20, 7)
        counter = iter(range(10**6))

        def fresh(prefix: str) -> str:
            name = f"{prefix}-{next(counter)}"
            client.create_bucket(name)
            return name

        def down_dir() -> Path:
            return work / f"down-{next(counter)}"

        def clean_downloads() -> None:
            for path in work.glob("down-*"):
                shutil.rmtree(path) if path.is_dir() else path.unlink()

        n, kib, mib = args.small_files, args.small_kib, args.large_mib
        side_by_side(
            table,
            f"sync up {n} x {kib} KiB",
            lambda: client.sync_to_bucket(fresh("fu"), small),
            lambda: conn.retrieve_or_create_bucket(fresh("ou")).sync_directory(str(small)),
            args.reps,
        )
        source = fresh("src")
        client.sync_to_bucket(source, small)
        side_by_side(
            table,
            f"sync down {n} x {kib} KiB",
            lambda: client.sync_from_bucket(source, down_dir()),
            lambda: conn.retrieve_bucket(source).sync_remote_to_local(str(down_dir())),
            args.reps,
            cleanup=clean_downloads,
        )
        side_by_side(
            table,
            f"re-sync {n} unchanged files",
            lambda: client.sync_to_bucket(source, small),
            lambda: conn.retrieve_bucket(source).sync_directory(str(small)),
            args.reps,
        )
        big = fresh("big")
        side_by_side(
            table,
            f"upload {mib} MiB",
            lambda: client.upload_object(big, "large.bin", large),
            lambda: conn.retrieve_bucket(big).add_file(str(large), "large.bin"),
            args.large_reps,
        )
        side_by_side(
            table,
            f"download {mib} MiB",
            lambda: client.download_object(big, "large.bin", down_dir()),
            lambda: conn.retrieve_bucket(big).get_file("large.bin", str(down_dir())),
            args.large_reps,
            cleanup=clean_downloads,
        )
        client.close()
    finally:
        if stub is not None:
            stub.close()
        moto.terminate()
        moto.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--calls", type=int, default=300, help="GET /tasks/{id} calls per round")
    parser.add_argument("--bulk", type=int, default=500)
    parser.add_argument("--import-runs", type=int, default=9)
    parser.add_argument("--reps", type=int, default=3, help="rounds of the bucket rows")
    parser.add_argument("--api-reps", type=int, default=5, help="rounds of the API rows")
    parser.add_argument("--large-reps", type=int, default=5, help="rounds of the large-file rows")
    parser.add_argument("--small-files", type=int, default=1000)
    parser.add_argument("--small-kib", type=int, default=4)
    parser.add_argument("--large-mib", type=int, default=200)
    parser.add_argument("--no-buckets", action="store_true", help="skip the S3 rows")
    parser.add_argument("--only-buckets", action="store_true", help="run the S3 rows only")
    args = parser.parse_args()
    for name in (
        "tasks",
        "page_size",
        "calls",
        "bulk",
        "import_runs",
        "reps",
        "api_reps",
        "large_reps",
        "small_files",
        "large_mib",
    ):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    import qarnot

    print(
        f"python {sys.version.split()[0]}, official SDK qarnot {qarnot.__version__}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        flush=True,
    )
    table = Table()
    if not args.only_buckets:
        api_rows(table, args)
        import_row(table, args.import_runs)
    if not args.no_buckets:
        bucket_rows(table, args)
    table.print()


if __name__ == "__main__":
    main()

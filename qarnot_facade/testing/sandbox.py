"""``Sandbox``: the local Qarnot platform (API server + S3 server) as a context manager.

::

    with Sandbox() as sandbox:              # API on http://127.0.0.1:<port>, S3 on another port
        client = sandbox.client()           # a facade Client configured for the sandbox
        ...

By default tasks run for real through :class:`~.executors.LocalExecutor` (``DOCKER_CMD`` under
``/bin/sh -c``) and move through their states on their own within milliseconds.
``Sandbox(auto_advance=False)`` freezes the platform: nothing moves until the test calls
:meth:`Sandbox.advance` or :meth:`Sandbox.run_until_idle`, so a task can be held in ``FullyExecuting``
as long as needed.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets as secrets_module
import socket
import threading
import time
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .accounts import Account, Accounts
from .executors import Executor, LocalExecutor
from .faults import FaultInjection
from .s3 import S3Server
from .state import Clock, Store

if TYPE_CHECKING:
    from minio import Minio

    from ..client import Client
    from ..config import QarnotConfig

__all__ = ["Sandbox"]

logger = logging.getLogger("qarnot_facade.testing")

DEFAULT_EMAIL = "sandbox@qarnot.local"


class Sandbox:
    """A local Qarnot platform on ``127.0.0.1``: the REST API (Starlette on uvicorn) and S3 (moto).

    Parameters:
        port, storage_port: ports to bind (0, the default, picks free ones).
        api_key: the token clients must send in ``Authorization`` (random by default); also the S3
            secret key.
        email: the account e-mail returned by ``GET /info``; also the S3 access key.
        executor: what tasks do (default :class:`LocalExecutor`, which really runs ``DOCKER_CMD``).
        auto_advance: True (default) to let states move on their own every ``tick`` seconds; False for
            manual mode (:meth:`advance`, :meth:`run_until_idle`).
        tick: pause between two steps of the automatic mode, in seconds.
        step_seconds: how far the clock moves per manual step.
        faults: a :class:`FaultInjection` (default: one with every fault off, at :attr:`faults`).
        start_time: the clock's initial time (default: now).
        check_answers: validate every answer against the spec before sending it (one outside it is answered
            500 and logged); on in the pytest plugin's fixtures.
        accounts: more accounts, e-mail -> API token (None: a random one); each has its own tasks,
            pools, jobs, secrets and S3 keys; :meth:`grant_read` lets one read another's.
        spec: the OpenAPI document to serve (default: the packaged ``openapi/qarnot.yaml``); the
            answers follow its schemas, so a copy with a new field serves that field.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        storage_port: int = 0,
        api_key: str | None = None,
        email: str = DEFAULT_EMAIL,
        executor: Executor | None = None,
        auto_advance: bool = True,
        tick: float = 0.005,
        step_seconds: float = 1.0,
        faults: FaultInjection | None = None,
        start_time: datetime | None = None,
        spec: Path | None = None,
        accounts: Mapping[str, str | None] | None = None,
        check_answers: bool = False,
    ) -> None:
        self.spec = spec
        self.check_answers = check_answers
        self.api_key = api_key or secrets_module.token_hex(20)
        self.email = email
        self.auto_advance = auto_advance
        self.tick = tick
        self.faults = faults if faults is not None else FaultInjection()
        self.clock = Clock(manual=not auto_advance, start=start_time, step_seconds=step_seconds)
        self._requested_port = port
        self._executor: Executor = executor if executor is not None else LocalExecutor()
        self._more_accounts = {
            e: token or secrets_module.token_hex(20) for e, token in (accounts or {}).items()
        }
        self._s3 = S3Server(
            access_key=email,
            secret_key=self.api_key,
            port=storage_port,
            more_credentials=self._more_accounts.items(),
        )
        self._accounts: Accounts | None = None
        self._store: Store | None = None
        self._server: Any = None
        self._server_thread: threading.Thread | None = None
        self._ticker: threading.Thread | None = None
        self._stopping = threading.Event()
        self._port = 0
        self._started = False

    # lifecycle

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> Sandbox:
        """Start the S3 server, the API server and (in automatic mode) the ticker; idempotent."""
        if self._started:
            return self
        import uvicorn

        from .app import SandboxApp, install_log_filter
        from .validation import SpecValidator

        self._stopping.clear()
        self._s3.start()
        try:
            self._store = Store(clock=self.clock, executor=self._executor, s3=self._s3)
            self._accounts = Accounts([Account(self.email, self.api_key, self._store)])
            for email, token in self._more_accounts.items():
                store = Store(clock=self.clock, executor=self._executor, s3=self._s3, beside=self._store)
                self._accounts.add(Account(email, token, store))
            app = SandboxApp(
                accounts=self._accounts,
                validator=_shared_validator(SpecValidator) if self.spec is None else SpecValidator(self.spec),
                storage_url=lambda: self.storage_url,
                faults=self.faults,
                check_answers=self.check_answers,
            )
            install_log_filter()
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # uvicorn writes headers and body separately: without TCP_NODELAY (inherited by the
            # accepted connections) Nagle + delayed ACK add ~40 ms to every answer.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.bind(("127.0.0.1", self._requested_port))
            self._port = sock.getsockname()[1]
            config = uvicorn.Config(
                app,
                log_config=None,
                log_level="warning",
                access_log=False,
                lifespan="off",
                timeout_graceful_shutdown=2,
                timeout_keep_alive=5,
            )
            self._server = uvicorn.Server(config)
            self._server_thread = threading.Thread(
                target=self._server.run, kwargs={"sockets": [sock]}, name="qarnot-sandbox-api", daemon=True
            )
            self._server_thread.start()
            deadline = time.monotonic() + 10
            while not self._server.started:
                if not self._server_thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the sandbox API server did not start")
                time.sleep(0.002)
            if self.auto_advance:
                self._ticker = threading.Thread(
                    target=self._tick_loop, name="qarnot-sandbox-clock", daemon=True
                )
                self._ticker.start()
        except BaseException:
            self._shutdown()
            raise
        self._started = True
        for account in self._accounts:
            account.store.credentials = {
                "QARNOT_CLUSTER_URL": self.api_url,
                "QARNOT_STORAGE_URL": self.storage_url,
                "QARNOT_CLIENT_TOKEN": account.api_key,
                "QARNOT_ACCOUNT_EMAIL": account.email,
            }
        return self

    def stop(self) -> None:
        """Stop the ticker, the running work, the API server and the S3 server; idempotent."""
        if not self._started:
            return
        self._started = False
        self._shutdown()

    def _shutdown(self) -> None:
        self._stopping.set()
        if self._store is not None:
            self._store.notify()
        if self._ticker is not None:
            self._ticker.join(timeout=10)
            self._ticker = None
        for store in self._stores():
            store.close()
        if self._server is not None:
            self._server.should_exit = True  # uvicorn winds down while the S3 server stops
        self._s3.stop()
        if self._server_thread is not None:
            self._server_thread.join(timeout=10)
            self._server_thread = None
        self._server = None

    def _stores(self) -> list[Store]:
        """Every account's store, the main account's first."""
        if self._accounts is None:
            return [self._store] if self._store is not None else []
        return [account.store for account in self._accounts]

    def _idle(self) -> bool:
        return all(store.is_idle() for store in self._stores())

    def _tick_loop(self) -> None:
        store = self._store
        assert store is not None
        while not self._stopping.is_set():
            if self._idle():
                # nothing in flight: wake up on a change (the stores share one signal), or now and
                # then for clock deadlines (automatic deletions, a job's maxWallTime)
                with store.changed:
                    if self._stopping.is_set():
                        return
                    store.changed.wait(timeout=0.25)
                self._step()
                continue
            self._step()
            time.sleep(self.tick)

    def _step(self) -> None:
        for store in self._stores():
            try:
                store.step()
            except Exception:  # a bug must not stop the clock of every other object
                logger.exception("sandbox step failed")

    # what clients need

    @property
    def api_url(self) -> str:
        """``http://127.0.0.1:<port>`` of the API server."""
        self._require_started()
        return f"http://127.0.0.1:{self._port}"

    @property
    def storage_url(self) -> str:
        """``http://127.0.0.1:<port>`` of the S3 server (also answered by ``GET /settings``)."""
        self._require_started()
        return self._s3.url

    @property
    def config(self) -> QarnotConfig:
        """A facade configuration pointing at this sandbox."""
        from ..config import QarnotConfig

        return QarnotConfig(
            api_url=self.api_url,
            api_key=self.api_key,
            email=self.email,
            storage_url=self.storage_url,
            version="v1",
        )

    def account(self, email: str) -> Account:
        """One account of the sandbox (its e-mail, token and store)."""
        self._require_started()
        assert self._accounts is not None
        return self._accounts.by_email(email)

    def grant_read(self, *, reader: str, owner: str) -> None:
        """Let the account ``reader`` read (not write) the tasks, pools and jobs of ``owner`` through the
        ``QarnotReadOnlyRequestForAccount`` header; :meth:`reset` withdraws every grant."""
        self._require_started()
        assert self._accounts is not None
        self._accounts.grant_read(reader=reader, owner=owner)

    def config_for(self, email: str) -> QarnotConfig:
        """A facade configuration logged in as another account of this sandbox."""
        account = self.account(email)
        return dataclasses.replace(self.config, api_key=account.api_key, email=account.email)

    def client(self, **kwargs: Any) -> Client:
        """A facade :class:`~qarnot_facade.Client` on this sandbox (keyword arguments go to the client)."""
        from ..client import Client

        return Client(self.config, **kwargs)

    @property
    def s3(self) -> Minio:
        """A ``minio.Minio`` client logged in to the sandbox storage."""
        self._require_started()
        return self._s3.client

    @property
    def storage(self) -> S3Server:
        """The S3 server with its helpers (``put``, ``get``, ``keys``, ``make_bucket``...)."""
        self._require_started()
        return self._s3

    @property
    def store(self) -> Store:
        """The in-memory platform (tasks, pools, jobs...), for white-box assertions."""
        self._require_started()
        assert self._store is not None
        return self._store

    @property
    def executor(self) -> Executor:
        return self._executor

    @executor.setter
    def executor(self, executor: Executor) -> None:
        """Swap the executor (used by instances started afterwards)."""
        self._executor = executor
        for store in self._stores():
            store.executor = executor

    def _require_started(self) -> None:
        if not self._started:
            raise RuntimeError("the sandbox is not started (use `with Sandbox() as sandbox:` or .start())")

    # clock control

    def advance(self, steps: int = 1) -> None:
        """Manual mode: move every object ``steps`` states forward (the clock moves ``step_seconds`` each)."""
        if self.auto_advance:
            raise RuntimeError("advance() needs a manual sandbox: Sandbox(auto_advance=False)")
        main, *others = self._stores()
        for _ in range(steps):
            main.advance()  # moves the shared clock
            for store in others:
                store.step()
                store.wait_for_work()

    def run_until_idle(self, max_steps: int = 1000, timeout: float = 60.0) -> int:
        """Until nothing is in a transient state; returns the number of steps taken (manual mode).

        In automatic mode it waits (at most ``timeout`` seconds) for the ticker to get there.
        """
        if not self.auto_advance:
            for taken in range(max_steps + 1):
                if self._idle():
                    return taken
                self.advance()
            raise RuntimeError(f"the sandbox is still busy after {max_steps} steps: {self._busy()}")
        deadline = time.monotonic() + timeout
        while not self._idle():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the sandbox is still busy: {self._busy()}")
            time.sleep(0.005)
        return 0

    def _busy(self) -> list[str]:
        return [name for store in self._stores() for name in store.active_objects()]

    def reset(self) -> None:
        """Forget every task, pool, job and secret (of every account) and the read grants, empty the S3
        server, clear the faults."""
        self._require_started()
        for store in self._stores():
            store.reset()
        assert self._accounts is not None
        for account in self._accounts:
            account.readers.clear()
        self._s3.reset()
        self.faults.clear()


_VALIDATOR: Any = None
_VALIDATOR_LOCK = threading.Lock()


def _shared_validator(factory: Any) -> Any:
    """One SpecValidator per process: loading and compiling the spec is the slow part of a start."""
    global _VALIDATOR
    with _VALIDATOR_LOCK:
        if _VALIDATOR is None:
            _VALIDATOR = factory()
        return _VALIDATOR

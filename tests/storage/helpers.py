"""Helpers of the storage tests: a host class for the mixin, settings, random files, and a TCP proxy
that cuts or corrupts connections."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from pathlib import Path
from typing import Any

from minio import Minio

from qarnot_facade.storage import BucketMethods, StorageSettings, TransferOptions


class Host(BucketMethods):
    """The smallest host of the mixin: settings plus a dict of tasks."""

    def __init__(self, settings: StorageSettings, tasks: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.tasks = tasks or {}
        self.settings_calls = 0

    def _storage_settings(self) -> StorageSettings:
        self.settings_calls += 1
        return self.settings

    def get_task_information(self, task_id: str) -> Any:
        return self.tasks[task_id]


def settings_for(url: str, **kw: Any) -> StorageSettings:
    return StorageSettings(endpoint_url=url, access_key="someone@example.com", secret_key="token-123", **kw)


def small_options(**kw: Any) -> TransferOptions:
    """5 MiB parts from 5 MiB on: multipart tests stay small."""
    base: dict[str, Any] = {"part_size": 5 * 1024 * 1024, "multipart_threshold": 5 * 1024 * 1024}
    base.update(kw)
    return TransferOptions(**base)


def write_random(path: Path, size: int, seed: int) -> Path:
    """A file of ``size`` seeded pseudo-random bytes, written 1 MiB at a time."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        left = size
        while left:
            n = min(left, 1024 * 1024)
            f.write(rng.randbytes(n))
            left -= n
    return path


def pending_uploads(raw: Minio, bucket: str) -> list[str]:
    return [str(u.object_name) for u in raw._list_multipart_uploads(bucket_name=bucket).uploads]


class Proxy:
    """A TCP proxy to the S3 server. ``cut_after``: close a connection after that many bytes went in
    the given direction; ``flip_at``: invert the byte at that offset of each connection's stream in
    that direction. ``direction`` is "up" (client to server) or "down". ``rendezvous``: hold the answers
    to ranged GETs until that many connections have sent one. ``rendezvous_met`` is True when every
    held answer saw that happen; a client sending its ranges one at a time never gets there: its first
    answer is released alone after 10 s (so that it still ends) and ``rendezvous_met`` becomes False.

    ``pause()`` holds every byte in both directions until ``resume()`` (a stalled server: connections
    stay open, nothing moves); ``partition()`` cuts every open connection and refuses new ones until
    ``heal()`` (the network is down)."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.cut_after: int | None = None
        self.flip_at: int | None = None
        self.direction = "down"
        self.connections = 0  # accepted so far
        self.rendezvous: int | None = None
        self.rendezvous_met: bool | None = None
        self._ranged = 0
        self._cond = threading.Condition()
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self._closed = False
        self._moving = threading.Event()
        self._moving.set()
        self.partitioned = False
        self._live: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def pause(self) -> None:
        self._moving.clear()

    def resume(self) -> None:
        self._moving.set()

    def partition(self) -> None:
        self.partitioned = True
        with self._cond:
            live, self._live = self._live, []
        for s in live:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def heal(self) -> None:
        self.partitioned = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            if self.partitioned:
                client.close()
                continue
            server = socket.create_connection(self.target)
            with self._cond:
                self._live += [client, server]
            ranged = threading.Event()  # this connection carried a ranged GET
            threading.Thread(target=self._pipe, args=(client, server, "up", ranged), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, "down", ranged), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, direction: str, ranged: threading.Event) -> None:
        seen = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                self._moving.wait()
                if self.partitioned:
                    break
                if (
                    direction == "up"
                    and not ranged.is_set()
                    and data.startswith(b"GET ")
                    and b"\r\nrange:" in data.lower()
                ):
                    with self._cond:
                        self._ranged += 1
                        self._cond.notify_all()
                    ranged.set()
                if direction == "down" and seen == 0 and ranged.is_set() and self.rendezvous is not None:
                    with self._cond:
                        if self._cond.wait_for(self._enough_ranges, timeout=10):
                            self.rendezvous_met = self.rendezvous_met is not False
                        else:
                            self.rendezvous_met = False  # an answer had to be released alone
                if direction == self.direction:
                    if self.flip_at is not None and seen <= self.flip_at < seen + len(data):
                        i = self.flip_at - seen
                        data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1 :]
                    if self.cut_after is not None and seen + len(data) > self.cut_after:
                        dst.sendall(data[: max(0, self.cut_after - seen)])
                        break
                seen += len(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def _enough_ranges(self) -> bool:
        return self.rendezvous is not None and self._ranged >= self.rendezvous

    def close(self) -> None:
        self._closed = True
        self._sock.close()

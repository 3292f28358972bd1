"""Fault injection for the sandbox API server (off by default).

Two sources of faults, checked on every request to the API server:

* a deterministic queue for tests: ``faults.next(status=503, times=2)``, ``faults.next(drop=True)``,
  ``faults.next(status=429, retry_after=0.1)``, ``faults.next(delay=0.2)``, ``faults.next(delay=0.2,
  late=True)``, each optionally restricted
  to a ``method`` and a ``path`` pattern (a regular expression searched in the request path); queued
  faults are used in order, each by the first matching request;
* random shares, seeded for reproducibility: ``FaultInjection(seed=1, rate_limit=0.1, server_error=0.05,
  drop=0.02, slow=0.1, slow_delay=0.05)``; :meth:`FaultInjection.configure` changes them later.

Kinds: ``status`` 429 (with a ``Retry-After`` header, seconds) or any 5xx (502/503 with a plain-text
body, as a proxy in front of the API does); ``drop``: headers are sent, then the connection is closed
in the middle of the body (the client sees a protocol error); ``delay``: the request is answered
normally after a pause; ``delay`` with ``late=True``: the request is handled at once (the server acts)
and only its answer waits, which models "processed, then answered late" (a client timing out then sees
no answer for a create that did happen). Every injected fault is recorded in
:attr:`FaultInjection.injected`.

The random faults' ``method`` and ``path`` filters belong to the configuration: :meth:`FaultInjection.clear`
(and so ``Sandbox.reset``) removes them with everything else, and ``configure(path=None)`` unsets one.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass
from types import EllipsisType

__all__ = ["Fault", "FaultInjection", "InjectedFault"]


@dataclass(frozen=True)
class Fault:
    """One fault: exactly one of ``status``, ``drop`` or ``delay`` is meaningful (``delay`` may also
    precede a ``status`` or a ``drop``)."""

    status: int | None = None
    retry_after: float | None = None
    drop: bool = False
    delay: float = 0.0
    late: bool = False  # with a delay: handle the request first, then wait before answering
    method: str | None = None
    path: str | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or re.search(self.path, path) is not None


@dataclass(frozen=True)
class InjectedFault:
    """A fault that was applied to a request."""

    method: str
    path: str
    fault: Fault
    source: str  # "queue" or "random"


class FaultInjection:
    """Seeded random faults plus a queue of scripted ones; both empty (no faults) by default."""

    def __init__(
        self,
        *,
        seed: int | None = None,
        rate_limit: float = 0.0,
        server_error: float = 0.0,
        drop: float = 0.0,
        slow: float = 0.0,
        slow_delay: float = 0.05,
        late: float = 0.0,
        retry_after: float = 1.0,
        server_error_statuses: tuple[int, ...] = (502, 503),
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._queue: list[tuple[Fault, int]] = []
        self._random = random.Random(seed)
        self.rate_limit = 0.0
        self.server_error = 0.0
        self.drop = 0.0
        self.slow = 0.0
        self.late = 0.0
        self.slow_delay = slow_delay
        self.retry_after = retry_after
        self.server_error_statuses = server_error_statuses
        self.method = method
        self.path = path
        self.injected: list[InjectedFault] = []
        self.configure(rate_limit=rate_limit, server_error=server_error, drop=drop, slow=slow, late=late)

    def configure(
        self,
        *,
        seed: int | None = None,
        rate_limit: float | None = None,
        server_error: float | None = None,
        drop: float | None = None,
        slow: float | None = None,
        slow_delay: float | None = None,
        late: float | None = None,
        retry_after: float | None = None,
        method: str | EllipsisType | None = ...,
        path: str | EllipsisType | None = ...,
    ) -> None:
        """Change the random shares (each in [0, 1], their sum at most 1) and their options.

        ``slow`` waits ``slow_delay`` before handling a request, ``late`` handles it and then waits
        ``slow_delay`` before answering. ``method`` / ``path`` restrict the random faults; leaving them
        out keeps the current filter, ``None`` removes it.
        """
        shares = {
            "rate_limit": self.rate_limit if rate_limit is None else rate_limit,
            "server_error": self.server_error if server_error is None else server_error,
            "drop": self.drop if drop is None else drop,
            "slow": self.slow if slow is None else slow,
            "late": self.late if late is None else late,
        }
        for name, value in shares.items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        if sum(shares.values()) > 1.0 + 1e-9:
            raise ValueError("the fault shares add up to more than 1")
        with self._lock:
            if seed is not None:
                self._random = random.Random(seed)
            self.rate_limit = shares["rate_limit"]
            self.server_error = shares["server_error"]
            self.drop = shares["drop"]
            self.slow = shares["slow"]
            self.late = shares["late"]
            if slow_delay is not None:
                self.slow_delay = slow_delay
            if retry_after is not None:
                self.retry_after = retry_after
            if not isinstance(method, EllipsisType):
                self.method = method
            if not isinstance(path, EllipsisType):
                self.path = path

    def next(
        self,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        drop: bool = False,
        delay: float = 0.0,
        late: bool = False,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Queue a fault for the next ``times`` matching requests.

        ``status``: answer it instead of handling the request (429 gets ``Retry-After``, 1 s unless
        ``retry_after`` says otherwise); ``drop``: cut the connection in the middle of the response;
        ``delay``: wait that many seconds first (alone, the request is then handled normally);
        ``late=True`` with a ``delay``: handle the request at once and wait before sending the answer.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        if status is None and not drop and delay <= 0:
            raise ValueError("give a status, drop=True or a positive delay")
        if status is not None and drop:
            raise ValueError("a fault is either a status or a dropped connection, not both")
        if status is not None and not 400 <= status <= 599:
            raise ValueError("an injected status must be an error status (400-599)")
        if late and (delay <= 0 or status is not None or drop):
            raise ValueError("late=True delays the answer of a handled request: give only a positive delay")
        if status == 429 and retry_after is None:
            retry_after = self.retry_after
        fault = Fault(
            status=status,
            retry_after=retry_after,
            drop=drop,
            delay=delay,
            late=late,
            method=method,
            path=path,
        )
        with self._lock:
            self._queue.append((fault, times))

    def clear(self) -> None:
        """Forget queued faults, switch random faults off, remove their method/path filters, and clear
        :attr:`injected`."""
        with self._lock:
            self._queue.clear()
            self.rate_limit = self.server_error = self.drop = self.slow = self.late = 0.0
            self.method = self.path = None
            self.injected.clear()

    @property
    def pending(self) -> int:
        """How many queued faults remain (counting repetitions)."""
        with self._lock:
            return sum(times for _fault, times in self._queue)

    @property
    def enabled(self) -> bool:
        with self._lock:
            return bool(self._queue) or self._total() > 0

    def _total(self) -> float:
        return self.rate_limit + self.server_error + self.drop + self.slow + self.late

    def pick(self, method: str, path: str) -> Fault | None:
        """The fault to apply to this request, if any (consumes a queued one)."""
        with self._lock:
            for index, (fault, times) in enumerate(self._queue):
                if fault.matches(method, path):
                    if times > 1:
                        self._queue[index] = (fault, times - 1)
                    else:
                        del self._queue[index]
                    self.injected.append(InjectedFault(method, path, fault, "queue"))
                    return fault
            total = self._total()
            if total <= 0:
                return None
            if self.method is not None and self.method.upper() != method.upper():
                return None
            if self.path is not None and re.search(self.path, path) is None:
                return None
            draw = self._random.random()
            chosen: Fault | None = None
            if draw < self.rate_limit:
                chosen = Fault(status=429, retry_after=self.retry_after)
            elif draw < self.rate_limit + self.server_error:
                chosen = Fault(status=self._random.choice(self.server_error_statuses))
            elif draw < self.rate_limit + self.server_error + self.drop:
                chosen = Fault(drop=True)
            elif draw < self.rate_limit + self.server_error + self.drop + self.slow:
                chosen = Fault(delay=self.slow_delay)
            elif draw < total:
                chosen = Fault(delay=self.slow_delay, late=True)
            if chosen is not None:
                self.injected.append(InjectedFault(method, path, chosen, "random"))
            return chosen

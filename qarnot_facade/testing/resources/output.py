"""The 16 stdout/stderr operations of tasks and pools (whole buffer on GET, what is new on POST)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from ..state import (
    PoolRecord,
    TaskRecord,
    not_found,
)
from .base import (
    Call,
    Handlers,
    Reply,
)


class OutputHandlers(Handlers):
    """``get[_last]_{task,pool}[_instance]_{stdout,stderr}``."""

    def _output(
        self, record: TaskRecord | PoolRecord, stream: str, instance: str | None, fresh: bool
    ) -> Reply:
        buffer = record.stdout if stream == "stdout" else record.stderr
        instance_id: int | None = None
        if instance is not None:
            try:
                instance_id = int(instance)
            except ValueError:
                raise not_found(f"No such instance: {instance}") from None
            if instance_id not in record.instance_ids:
                raise not_found(f"No such instance: {instance}")
        text = buffer.read_fresh(instance_id) if fresh else buffer.read(instance_id)
        return Reply(text=text)

    def _output_handlers(self) -> dict[str, Callable[[Call], Reply]]:
        """The 16 stdout/stderr operations: ``get[_last]_{task,pool}[_instance]_{stdout,stderr}``.

        GET reads the whole buffer, POST (``get_last_...``) only what came since the previous POST.
        """
        handlers: dict[str, Callable[[Call], Reply]] = {}
        for kind, param in (("task", "taskId"), ("pool", "poolId")):
            for stream in ("stdout", "stderr"):
                for per_instance in (False, True):
                    for fresh in (False, True):
                        last = "_last" if fresh else ""
                        one = "_instance" if per_instance else ""
                        name = f"get{last}_{kind}{one}_{stream}"
                        handlers[name] = functools.partial(
                            self._output_operation, kind, param, stream, per_instance, fresh
                        )
        return handlers

    def _output_operation(
        self, kind: str, param: str, stream: str, per_instance: bool, fresh: bool, call: Call
    ) -> Reply:
        record = (
            self.store.task(call.params[param]) if kind == "task" else self.store.pool(call.params[param])
        )
        instance = call.params["instanceId"] if per_instance else None
        return self._output(record, stream, instance, fresh)

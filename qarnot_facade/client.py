"""The facade clients: :class:`Client` (sync) and :class:`AsyncClient`, one method per API operation.

::

    from qarnot_facade import Client, QarnotConfig

    client = Client(QarnotConfig(
        api_url="https://api.qarnot.com",
        api_key="<token>",
        email="me@example.com",
        version="v1",
        storage_url="https://storage.qarnot.com",
    ))
    # or: Client(api_key=..., email=...), Client.from_env(), Client.from_file("qarnot.conf")

    with client:
        task = client.run_task({
            "name": "hello", "profile": "docker-batch", "instanceCount": 1,
            "constants": [{"key": "DOCKER_CMD", "value": "echo Hello world"}],
        })
        print(task.stdout)

``AsyncClient`` is the same with ``await``, ``async with`` and ``async for``. The operation code is
written once, async, in ``qarnot_facade/_async/`` (one module per spec tag); the sync code in
``qarnot_facade/_sync/`` is derived from it by ``scripts/unasync.py`` (see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qarnot_facade._decoding import BulkTaskReport, BulkTaskResult
from qarnot_facade._sync.client import Client
from qarnot_facade._waiting import RunResult

if TYPE_CHECKING:
    from qarnot_facade._async.client import AsyncClient

__all__ = ["AsyncClient", "BulkTaskReport", "BulkTaskResult", "Client", "RunResult"]


def __getattr__(name: str) -> Any:
    if name == "AsyncClient":  # loaded on first use, like the other re-exports
        from qarnot_facade._async.client import AsyncClient

        return AsyncClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

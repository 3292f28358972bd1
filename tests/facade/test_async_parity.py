"""Client and AsyncClient are twins: the same public methods, arguments, defaults and annotations.

The sync operation code is derived from the async source by ``scripts/unasync.py``; these tests hold
the two public surfaces to each other and the committed sync code to a fresh derivation.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import subprocess
import sys
from typing import Any

import pytest

from qarnot_facade import AsyncClient, Client

from .conftest import REPO

# names that differ on purpose between the twins (sync name -> async name)
RENAMED = {"close": "aclose"}


def public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and (inspect.isfunction(member) or inspect.ismethod(member))
    }


def as_sync(annotation: str) -> str:
    """An async annotation as its sync twin reads it."""
    return re.sub(r"\bAsync([A-Z]\w*)", r"\1", annotation)


def test_both_clients_have_the_same_public_methods() -> None:
    sync = set(public_methods(Client))
    asynchronous = set(public_methods(AsyncClient))
    expected = {RENAMED.get(name, name) for name in sync}
    only_sync, only_async = sorted(expected - asynchronous), sorted(asynchronous - expected)
    assert asynchronous == expected, f"only on Client: {only_sync}; only on AsyncClient: {only_async}"
    assert len(sync) > 90  # every operation, the iterators, the waits and the bucket methods


@pytest.mark.parametrize("name", sorted(public_methods(Client)))
def test_each_method_has_the_same_signature_on_both(name: str) -> None:
    sync_method = getattr(Client, name)
    async_method = getattr(AsyncClient, RENAMED.get(name, name))
    sync_sig = inspect.signature(sync_method)
    async_sig = inspect.signature(async_method)
    sync_params = [(p.name, p.kind, p.default, str(p.annotation)) for p in sync_sig.parameters.values()]
    async_params = [
        (p.name, p.kind, p.default, as_sync(str(p.annotation))) for p in async_sig.parameters.values()
    ]
    assert async_params == sync_params
    assert as_sync(str(async_sig.return_annotation)) == str(sync_sig.return_annotation)
    returns = str(sync_sig.return_annotation)
    if inspect.isgeneratorfunction(sync_method) or returns.startswith("Iterator["):
        # an iterator: a plain method returning an async iterator (checks run at the call)
        assert not inspect.iscoroutinefunction(async_method)
        assert str(async_sig.return_annotation).startswith("AsyncIterator[")
    elif name not in ("with_options", "from_env", "from_file"):
        assert inspect.iscoroutinefunction(async_method), f"AsyncClient.{name} must be awaitable"
        assert not inspect.iscoroutinefunction(sync_method)


def test_both_clients_document_every_method() -> None:
    for name, method in public_methods(AsyncClient).items():
        assert inspect.getdoc(method), f"AsyncClient.{name} has no docstring"


def test_the_async_client_is_an_async_context_manager_and_the_sync_one_is_not_awaitable() -> None:
    assert inspect.iscoroutinefunction(AsyncClient.__aenter__)
    assert inspect.iscoroutinefunction(AsyncClient.__aexit__)
    assert not hasattr(Client, "__aenter__")
    assert not hasattr(AsyncClient, "__enter__")


def test_async_client_lifetime_without_a_network() -> None:
    async def scenario() -> None:
        async with AsyncClient(api_key="tok", api_url="http://127.0.0.1:9") as client:
            assert not client.closed
            view = client.with_options(timeout=3, max_retries=0)
            assert type(view) is AsyncClient
            assert view.config.timeout == 3
            assert "tok" not in repr(client)
        assert client.closed and view.closed
        await client.aclose()  # twice is fine

    asyncio.run(scenario())


def test_the_committed_sync_code_is_derived_from_the_async_source() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/unasync.py", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_derived_files_say_so() -> None:
    for path in (REPO / "qarnot_facade" / "_sync").glob("*.py"):
        head = path.read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("# DERIVED FILE: do not edit. `make unasync`"), path
        assert "qarnot_facade/_async/" in head[1], path
    assert (
        (REPO / "qarnot_facade" / "_async_buckets.py")
        .read_text(encoding="utf-8")
        .startswith("# DERIVED FILE")
    )


def test_async_client_from_env_and_from_file(tmp_path: Any) -> None:
    environ = {"QARNOT_CLIENT_TOKEN": "tok-env", "QARNOT_CLUSTER_URL": "http://127.0.0.1:9"}
    from_env = AsyncClient.from_env(environ, max_retries=0)
    assert type(from_env) is AsyncClient
    assert from_env.config.api_key == "tok-env" and from_env.config.max_retries == 0
    conf = tmp_path / "qarnot.conf"
    conf.write_text("[cluster]\nurl=http://127.0.0.1:9\n[client]\ntoken=tok-file\n", encoding="utf-8")
    from_file = AsyncClient.from_file(conf, environ={})
    assert type(from_file) is AsyncClient and from_file.config.api_key == "tok-file"

    async def close_both() -> None:
        await from_env.aclose()
        await from_file.aclose()

    asyncio.run(close_both())

"""Fixtures of the storage tests: moto's real S3 server on loopback, a host of the mixin, a raw minio
client for setting up objects, fresh buckets, and a connection-breaking proxy."""

from __future__ import annotations

import itertools
import logging
import random
from collections.abc import Iterator

import pytest
from minio import Minio

from .helpers import Host, Proxy, settings_for

_names = itertools.count()


@pytest.fixture(scope="session")
def s3_url() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def host(s3_url: str) -> Iterator[Host]:
    h = Host(settings_for(s3_url))
    yield h
    h._close_storage()


@pytest.fixture
def raw(s3_url: str) -> Minio:
    return Minio(
        endpoint=s3_url.removeprefix("http://"),
        access_key="someone@example.com",
        secret_key="token-123",
        secure=False,
        region="us-east-1",
    )


@pytest.fixture
def bucket(host: Host) -> Iterator[str]:
    """A fresh bucket, deleted with its content afterwards (moto keeps objects in memory)."""
    name = f"bkt-{next(_names)}-{random.randrange(1 << 30):x}"
    host.create_bucket(name)
    yield name
    if host.bucket_exists(name):
        host.delete_bucket(name, force=True)


@pytest.fixture
def proxy(s3_url: str) -> Iterator[Proxy]:
    host, port = s3_url.removeprefix("http://").split(":")
    p = Proxy((host, int(port)))
    yield p
    p.close()

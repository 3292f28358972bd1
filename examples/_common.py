"""Shared by the examples: a client on a local sandbox (default) or on the real API (``--env``).

python examples/hello_world.py          # starts a local sandbox (needs the "testing" extra)
python examples/hello_world.py --env    # uses QARNOT_CLIENT_TOKEN, QARNOT_CLUSTER_URL, ... instead
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from qarnot_facade import Client


def parse_args(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--env",
        action="store_true",
        help="use the real API configured by QARNOT_* environment variables instead of a local sandbox",
    )
    return parser.parse_args()


@contextlib.contextmanager
def connect(use_env: bool) -> Iterator[Client]:
    """A client on the real API (``use_env``) or on a local sandbox started for the example."""
    if use_env:
        with Client.from_env() as client:
            yield client
        return
    from qarnot_facade.testing import Sandbox

    with Sandbox() as sandbox, Client(sandbox.config) as client:
        print(f"(local sandbox at {sandbox.api_url}; pass --env to use the real API)")
        yield client

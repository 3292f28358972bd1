"""``python -m qarnot_facade.testing`` (console script ``qarnot-sandbox``): run a sandbox in the foreground.

It prints the API and storage URLs, the token and the e-mail, the environment variables and a Python
snippet to use them, then serves until Ctrl-C (or SIGTERM).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qarnot-sandbox",
        description="Run a local Qarnot platform (REST API + S3 storage) on 127.0.0.1 until Ctrl-C.",
    )
    parser.add_argument("--port", type=int, default=0, help="API port (default: a free port)")
    parser.add_argument("--storage-port", type=int, default=0, help="S3 port (default: a free port)")
    parser.add_argument("--token", default=None, help="API token clients must send (default: random)")
    parser.add_argument("--email", default=None, help="account e-mail, also the S3 access key")
    return parser


def usage(api_url: str, storage_url: str, token: str, email: str) -> str:
    return f"""Qarnot sandbox running (Ctrl-C to stop)
  API:      {api_url}
  Storage:  {storage_url}
  Token:    {token}
  E-mail:   {email}

Environment for the facade and the official SDKs:
  export QARNOT_CLUSTER_URL={api_url}
  export QARNOT_STORAGE_URL={storage_url}
  export QARNOT_CLIENT_TOKEN={token}
  export QARNOT_ACCOUNT_EMAIL={email}

Python:
  from qarnot_facade import Client, QarnotConfig
  client = Client(QarnotConfig(api_url="{api_url}", api_key="{token}",
                               email="{email}", storage_url="{storage_url}"))

curl:
  curl -H "Authorization: {token}" {api_url}/settings

Tasks really run their DOCKER_CMD constant with /bin/sh on this machine (LocalExecutor).
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from . import require_testing_extra

    try:
        require_testing_extra("qarnot-sandbox")
    except ModuleNotFoundError as exc:
        print(f"qarnot-sandbox: {exc}", file=sys.stderr)
        return 2
    from .sandbox import DEFAULT_EMAIL, Sandbox

    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    sandbox = Sandbox(
        port=args.port, storage_port=args.storage_port, api_key=args.token, email=args.email or DEFAULT_EMAIL
    )
    try:
        sandbox.start()
    except OSError as exc:
        print(f"qarnot-sandbox: cannot start: {exc}", file=sys.stderr)
        return 1
    try:
        print(usage(sandbox.api_url, sandbox.storage_url, sandbox.api_key, sandbox.email), flush=True)
        while not stop.wait(0.5):
            pass
        print("Stopping the sandbox...", flush=True)
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

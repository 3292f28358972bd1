"""The sandbox's S3 server process (run as a script by :class:`.s3.S3Server`, never imported).

moto's S3 server on ``127.0.0.1``, in moto's IAM mode: one IAM user per sandbox account whose access key
is the account e-mail and whose secret key is the API token (read from the first line of stdin, never the
command line, where ``ps`` would show them), with an allow-all policy. moto then checks every
header-signed request (``InvalidAccessKeyId``, ``SignatureDoesNotMatch``). moto cannot check a presigned
URL (query-string signature), so this process checks those itself and hands moto the request re-signed
in a header with the same key. ``/moto-api/reset`` forgets IAM with the buckets: the users are seeded
again after it. It prints its port, then serves until its stdin closes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote

from botocore.auth import S3SigV4Auth  # type: ignore[import-untyped]
from botocore.awsrequest import AWSRequest  # type: ignore[import-untyped]
from botocore.credentials import Credentials  # type: ignore[import-untyped]
from moto import settings
from moto.core.models import DEFAULT_ACCOUNT_ID
from moto.iam.models import iam_backends
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
ALLOW_ALL = json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
)


def seed(credentials: Iterable[tuple[str, str]]) -> None:
    iam = iam_backends[DEFAULT_ACCOUNT_ID]["aws"]
    for index, (access_key, secret_key) in enumerate(credentials):
        name = f"sandbox-account-{index}"
        if name not in iam.users:
            iam.create_user(region_name="us-east-1", user_name=name)
            key = iam.create_access_key(user_name=name)
            key.access_key_id, key.secret_access_key = access_key, secret_key
            iam.put_user_policy(name, "all", ALLOW_ALL)


def _sign(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def _error(start_response: StartResponse, code: str, message: str) -> list[bytes]:
    xml = f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n' + xml).encode()
    start_response("403 Forbidden", [("Content-Type", "application/xml"), ("Content-Length", str(len(body)))])
    return [body]


class SignatureCheck:
    """WSGI middleware: presigned requests checked here, then re-signed in a header for moto."""

    def __init__(self, app: Callable[..., Any], credentials: list[tuple[str, str]]) -> None:
        self.app = app
        self.credentials = credentials
        self.secrets = dict(credentials)

    def __call__(self, environ: Environ, start_response: StartResponse) -> Any:
        query = parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        params = dict(query)
        if "X-Amz-Signature" in params and "HTTP_AUTHORIZATION" not in environ:
            refused = self._check_presigned(environ, query, params)
            if refused is not None:
                return _error(start_response, *refused)
            self._resign(environ, params["X-Amz-Credential"].split("/"))
        answer = self.app(environ, start_response)
        if environ.get("PATH_INFO") == "/moto-api/reset":
            seed(self.credentials)
        return answer

    def _check_presigned(
        self, environ: Environ, query: list[tuple[str, str]], params: dict[str, str]
    ) -> tuple[str, str] | None:
        scope = params.get("X-Amz-Credential", "").split("/")
        secret = self.secrets.get(scope[0])
        if secret is None or len(scope) != 5:
            return "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."
        signed_at = params.get("X-Amz-Date", "")
        try:
            moment = datetime.strptime(signed_at, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            expires = int(params.get("X-Amz-Expires", "0"))
        except ValueError:
            return "AuthorizationQueryParametersError", "X-Amz-Date or X-Amz-Expires is malformed."
        if time.time() > moment.timestamp() + expires:
            return "AccessDenied", "Request has expired"
        encoded = sorted(
            (quote(k, safe="-_.~"), quote(v, safe="-_.~")) for k, v in query if k != "X-Amz-Signature"
        )
        signed_headers = params.get("X-Amz-SignedHeaders", "host").split(";")
        headers = "".join(f"{name}:{self._header(environ, name)}\n" for name in signed_headers)
        canonical = "\n".join(
            [
                environ["REQUEST_METHOD"],
                quote(str(environ.get("RAW_URI") or environ["PATH_INFO"]).split("?")[0], safe="/-_.~%"),
                "&".join(f"{k}={v}" for k, v in encoded),
                headers,
                ";".join(signed_headers),
                "UNSIGNED-PAYLOAD",
            ]
        )
        text = "\n".join(
            [
                "AWS4-HMAC-SHA256",
                signed_at,
                "/".join(scope[1:]),
                hashlib.sha256(canonical.encode()).hexdigest(),
            ]
        )
        key = ("AWS4" + secret).encode()
        for part in scope[1:]:
            key = _sign(key, part)
        expected = hmac.new(key, text.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, params["X-Amz-Signature"]):
            return (
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        return None

    @staticmethod
    def _header(environ: Environ, name: str) -> str:
        if name == "host":
            return str(environ.get("HTTP_HOST", "")).strip()
        return str(environ.get("HTTP_" + name.upper().replace("-", "_"), "")).strip()

    def _resign(self, environ: Environ, scope: list[str]) -> None:
        path = str(environ.get("RAW_URI") or environ["PATH_INFO"])
        if "?" not in path and environ.get("QUERY_STRING"):
            path += "?" + environ["QUERY_STRING"]
        request = AWSRequest(
            method=environ["REQUEST_METHOD"],
            url=f"http://{environ.get('HTTP_HOST', '')}{path}",
            headers={"host": environ.get("HTTP_HOST", ""), "X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD"},
        )
        S3SigV4Auth(Credentials(scope[0], self.secrets[scope[0]]), "s3", scope[2]).add_auth(request)
        environ["HTTP_AUTHORIZATION"] = request.headers["Authorization"]
        environ["HTTP_X_AMZ_DATE"] = request.headers["X-Amz-Date"]
        environ["HTTP_X_AMZ_CONTENT_SHA256"] = request.headers["X-Amz-Content-SHA256"]


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request on stderr
    credentials = [(str(k), str(s)) for k, s in json.loads(sys.stdin.readline())]
    seed(credentials)
    settings.INITIAL_NO_AUTH_ACTION_COUNT = 0
    app = SignatureCheck(DomainDispatcherApplication(create_backend_app), credentials)
    # bound here, in the main thread: a port in use ends the process at once (ThreadedMotoServer would
    # fail in its thread and leave start() waiting forever)
    server = make_server("127.0.0.1", int(sys.argv[1]), app, True, request_handler=MotoRequestHandler)
    print(server.server_address[1], flush=True)
    os.dup2(2, 1)  # nobody reads the pipe after the port: later output goes to stderr, never blocks
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    os._exit(0)


if __name__ == "__main__":
    main()

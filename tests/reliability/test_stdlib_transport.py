"""The sync client's inner transport (``qarnot_facade._stdlib_http.StdlibTransport``) over real sockets on
loopback: pooling across threads, keep-alive reuse, a server closing a kept-alive connection, timeouts,
refused connections, proxies, TLS, headers and bodies, and that every failure is an httpx exception
(the ones httpcore raises in the same situation) under the transport and a ``QarnotError`` above it.

The servers here are small socket loops written for each situation, so a fault happens exactly where
the test says (before the answer, between two requests, in the middle of a body)."""

from __future__ import annotations

import contextlib
import datetime
import http.client
import json
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from qarnot_facade import Client
from qarnot_facade._stdlib_http import StdlibTransport
from qarnot_facade.errors import APIConnectionError, APITimeoutError, QarnotError

TOKEN = "tok-stdlib-transport-0123456789"
HELLO = {"name": "x", "profile": "docker-batch", "instanceCount": 1}
UUID_BODY = b'{"uuid": "00000000-0000-0000-0000-000000000001"}'
TIMEOUTS = {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}


def answer(status: int = 200, body: bytes = b"{}", headers: list[tuple[str, str]] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever", f"Content-Length: {len(body)}", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in headers or []]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def read_request(conn: socket.socket, buffer: bytearray) -> tuple[str, dict[str, str], bytes] | None:
    """One request from ``conn`` (``None`` at EOF): request line, headers (lower-case names), body."""
    while b"\r\n\r\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for item in header_lines:
        name, _, value = item.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        rest += chunk
    buffer[:] = rest[length:]
    return line, headers, rest[:length]


Handler = Callable[[socket.socket, int], None]  # (connection, its index)


class Server:
    """A loopback TCP server running ``handler`` on each connection, in its own thread."""

    def __init__(self, handler: Handler) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.handler = handler
        self.connections = 0
        self.active = 0
        self.most_active = 0
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []
        self.accepter = threading.Thread(target=self._accept, daemon=True)
        self.accepter.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                index = self.connections
                self.connections += 1
            thread = threading.Thread(target=self._run, args=(conn, index), daemon=True)
            self.threads.append(thread)
            thread.start()

    def _run(self, conn: socket.socket, index: int) -> None:
        with self.lock:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        try:
            self.handler(conn, index)
        except OSError:
            pass
        finally:
            with self.lock:
                self.active -= 1
            conn.close()

    def record(self, request: tuple[str, dict[str, str], bytes]) -> None:
        with self.lock:
            self.requests.append(request)

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        for thread in self.threads:
            thread.join(timeout=5)


@contextlib.contextmanager
def serving(handler: Handler) -> Iterator[Server]:
    server = Server(handler)
    try:
        yield server
    finally:
        server.close()


def keep_alive(server_of: Callable[[], Server], reply: Callable[[str, bytes], bytes]) -> Handler:
    """A handler answering every request of a connection with ``reply(request line, body)``."""

    def handle(conn: socket.socket, index: int) -> None:
        buffer = bytearray()
        while (request := read_request(conn, buffer)) is not None:
            server_of().record(request)
            conn.sendall(reply(request[0], request[2]))

    return handle


def json_server(
    reply: Callable[[str, bytes], bytes] = lambda line, body: answer(),
) -> contextlib.AbstractContextManager[Server]:
    holder: list[Server] = []
    cm = serving(keep_alive(lambda: holder[0], reply))

    @contextlib.contextmanager
    def wrapped() -> Iterator[Server]:
        with cm as server:
            holder.append(server)
            yield server

    return wrapped()


def send(transport: StdlibTransport, method: str, url: str, **kwargs: Any) -> httpx.Response:
    request = httpx.Request(method, url, extensions={"timeout": kwargs.pop("timeout", TIMEOUTS)}, **kwargs)
    return transport.handle_request(request)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def client_for(url: str, **settings: Any) -> Client:
    return Client(api_key=TOKEN, api_url=url, **settings)


# ------------------------------------------------------------------------------------ the default
def test_the_sync_client_sends_through_it_and_a_given_transport_wins() -> None:
    with json_server(lambda line, body: answer(body=b'["docker-batch"]')) as server:
        with client_for(server.url) as client:
            assert isinstance(client._shared.http._transport._inner, StdlibTransport)  # type: ignore[attr-defined]
            assert client.list_profiles() == ["docker-batch"]
        mock = httpx.MockTransport(lambda request: httpx.Response(200, json=["from-the-mock"]))
        with client_for(server.url, transport=mock) as client:
            assert client.list_profiles() == ["from-the-mock"]
    assert len(server.requests) == 1


# --------------------------------------------------------------------------------- pool and reuse
def test_sequential_requests_reuse_one_kept_alive_connection() -> None:
    with json_server() as server:
        transport = StdlibTransport()
        for _ in range(5):
            assert send(transport, "GET", server.url + "/x").status_code == 200
        assert server.connections == 1 and transport.open_connections == 1
        transport.close()
        assert transport.open_connections == 0


def test_threads_share_the_pool_within_max_connections() -> None:
    gate = threading.Barrier(3, timeout=4)  # the first three requests are in flight together
    seen = iter(range(1_000))
    lock = threading.Lock()

    def reply(line: str, body: bytes) -> bytes:
        with lock:
            order = next(seen)
        if order < 3:
            gate.wait()  # a pool that opened fewer than three connections breaks the barrier
        return answer(body=body)

    with json_server(reply) as server:
        transport = StdlibTransport(max_connections=3)
        with ThreadPoolExecutor(max_workers=8) as threads:
            bodies = list(
                threads.map(
                    lambda i: send(transport, "POST", server.url + "/echo", content=f"{i}".encode()).read(),
                    range(40),
                )
            )
        assert bodies == [f"{i}".encode() for i in range(40)]
        assert server.most_active <= 3 and server.connections == 3  # all three used, then reused
        assert transport.open_connections == 3
        transport.close()


def test_a_full_pool_waits_then_raises_pool_timeout() -> None:
    release = threading.Event()

    def reply(line: str, body: bytes) -> bytes:
        release.wait(10)
        return answer()

    with json_server(reply) as server:
        transport = StdlibTransport(max_connections=1)
        with ThreadPoolExecutor(max_workers=1) as thread:
            first = thread.submit(send, transport, "GET", server.url + "/slow")
            while not server.requests:
                threading.Event().wait(0.01)
            with pytest.raises(httpx.PoolTimeout):
                send(transport, "GET", server.url + "/next", timeout={**TIMEOUTS, "pool": 0.2})
            release.set()
            assert first.result().status_code == 200
        assert send(transport, "GET", server.url + "/after").status_code == 200  # the slot came back
        assert server.connections == 1
        transport.close()


def test_idle_connections_past_their_expiry_are_not_reused() -> None:
    with json_server() as server:
        transport = StdlibTransport(keepalive_expiry=0.0)
        send(transport, "GET", server.url + "/a")
        threading.Event().wait(0.01)
        send(transport, "GET", server.url + "/b")
        assert server.connections == 2 and transport.open_connections == 1
        transport.close()


# ------------------------------------------------------------------ a server closing kept-alive ones
def test_a_connection_the_server_closed_while_idle_is_replaced_before_sending() -> None:
    closed = threading.Event()

    def handle(conn: socket.socket, index: int) -> None:
        buffer = bytearray()
        request = read_request(conn, buffer)
        assert request is not None
        holder[0].record(request)
        conn.sendall(answer(body=UUID_BODY))  # keep-alive announced...
        if index == 0:
            conn.shutdown(socket.SHUT_RDWR)  # ...then closed while the client holds it idle
            closed.set()
        else:
            while (request := read_request(conn, buffer)) is not None:
                conn.sendall(answer(body=UUID_BODY))

    holder: list[Server] = []
    with serving(handle) as server:
        holder.append(server)
        with client_for(server.url, max_retries=0) as client:
            client.create_task(HELLO)
            assert closed.wait(5)
            threading.Event().wait(0.05)
            # not retried (max_retries=0, and a create is never resent after it may have been sent):
            # it succeeds because the closed connection is noticed before anything is sent on it
            client.create_task(HELLO)
        assert server.connections == 2


def sent_then_closed(holder: list[Server], answered: int) -> Handler:
    """Answers ``answered`` requests on the first connection, then reads one more and closes it
    without answering (the race a stale check cannot see); later connections answer everything."""

    def handle(conn: socket.socket, index: int) -> None:
        buffer = bytearray()
        count = 0
        while (request := read_request(conn, buffer)) is not None:
            holder[0].record(request)
            if index == 0 and count == answered:
                return  # received, never answered: the request WAS sent
            count += 1
            conn.sendall(answer(body=UUID_BODY))

    return handle


def test_a_request_sent_on_a_connection_closed_before_its_answer_is_not_called_never_sent() -> None:
    holder: list[Server] = []
    with serving(sent_then_closed(holder, answered=1)) as server:
        holder.append(server)
        transport = StdlibTransport()
        send(transport, "POST", server.url + "/tasks", content=b"{}")
        with pytest.raises(httpx.RemoteProtocolError) as info:
            send(transport, "POST", server.url + "/tasks", content=b"{}")
        assert not isinstance(info.value, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
        transport.close()
    assert len(server.requests) == 2


def test_an_unsafe_post_sent_then_dropped_is_not_resent_and_a_get_is() -> None:
    holder: list[Server] = []
    delays: list[float] = []
    with serving(sent_then_closed(holder, answered=1)) as server:
        holder.append(server)
        with client_for(server.url, max_retries=3, sleep=delays.append) as client:
            client.create_task(HELLO)
            with pytest.raises(APIConnectionError) as info:
                client.create_task(HELLO)
            assert "not retried" in str(info.value) and delays == []
            assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
        assert [line for line, _, _ in server.requests] == ["POST /tasks HTTP/1.1"] * 2
    holder.clear()
    with serving(sent_then_closed(holder, answered=1)) as server:
        holder.append(server)
        with client_for(server.url, max_retries=3, sleep=delays.append) as client:
            client.get_task_information("00000000-0000-0000-0000-000000000001")
            client.get_task_information("00000000-0000-0000-0000-000000000001")  # retried, succeeds
        assert len(delays) == 1 and server.connections == 2


# ------------------------------------------------------------------------------------------- timeouts
def silent(conn: socket.socket, index: int) -> None:
    """Accepts, reads, never answers (until the client goes away)."""
    with contextlib.suppress(OSError):
        while conn.recv(65536):
            pass


def test_a_server_that_never_answers_gives_read_timeout_then_the_typed_error() -> None:
    with serving(silent) as server:
        transport = StdlibTransport()
        with pytest.raises(httpx.ReadTimeout):
            send(transport, "GET", server.url + "/x", timeout={**TIMEOUTS, "read": 0.2})
        assert transport.open_connections == 0  # a timed-out connection is never reused
        transport.close()
        with client_for(server.url, timeout=0.2, max_retries=0) as client:
            with pytest.raises(APITimeoutError) as info:
                client.list_profiles()
            assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_a_server_that_never_accepts_gives_connect_timeout() -> None:
    # a listening socket with a backlog of 1 that never accepts: further connects hang in SYN
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        transport = StdlibTransport()
        try:
            send(transport, "GET", f"http://127.0.0.1:{port}/x", timeout={**TIMEOUTS, "connect": 0.2})
        except httpx.ConnectTimeout:
            pass
        except httpx.TransportError as exc:  # a kernel that refuses instead: still "never sent"
            assert isinstance(exc, httpx.ConnectError | httpx.ReadTimeout | httpx.RemoteProtocolError)
        transport.close()
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_a_refused_connection_is_connect_error_and_retried_as_never_sent() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    transport = StdlibTransport()
    with pytest.raises(httpx.ConnectError):
        send(transport, "POST", url + "/tasks", content=b"{}")
    assert transport.open_connections == 0
    delays: list[float] = []
    with (
        client_for(url, max_retries=2, sleep=delays.append) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.create_task(HELLO)  # not safe to repeat, but it never reached a server
    assert len(delays) == 2 and "after 3 attempts" in str(info.value)
    assert "not retried" not in str(info.value)


# ---------------------------------------------------------------------------- malformed answers
@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        (b"", httpx.RemoteProtocolError),  # closed without an answer
        (b"SPAM / NOT-HTTP\r\n\r\n", httpx.RemoteProtocolError),
        (answer(body=b"x" * 100)[:-40], httpx.RemoteProtocolError),  # body cut short
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", httpx.RemoteProtocolError),
    ],
    ids=["no-answer", "not-http", "short-body", "short-chunk"],
)
def test_malformed_answers_are_httpx_errors_and_never_raw_ones(reply: bytes, kind: type[Exception]) -> None:
    def handle(conn: socket.socket, index: int) -> None:
        read_request(conn, bytearray())
        conn.sendall(reply)
        conn.shutdown(socket.SHUT_WR)

    with serving(handle) as server:
        transport = StdlibTransport()
        with pytest.raises(kind) as info:
            send(transport, "GET", server.url + "/x")
        assert type(info.value).__module__.startswith("httpx")
        transport.close()
        with client_for(server.url, max_retries=1, sleep=lambda _: None) as client:
            with pytest.raises(QarnotError) as error:
                client.list_profiles()
            assert isinstance(error.value, APIConnectionError)
            assert not isinstance(error.value, OSError | http.client.HTTPException)


def test_a_bad_url_is_unsupported_protocol() -> None:
    transport = StdlibTransport()
    with pytest.raises(httpx.UnsupportedProtocol):
        send(transport, "GET", "ftp://127.0.0.1/x")


# --------------------------------------------------------------------------------- headers, bodies
def test_multi_valued_and_latin_1_response_headers_arrive_as_sent() -> None:
    headers = [
        ("X-Multi", "a"),
        ("X-Multi", "b"),
        ("Set-Cookie", "k=1"),
        ("Set-Cookie", "j=2"),
        ("X-Name", "café"),
    ]
    with json_server(lambda line, body: answer(201, b"{}", headers)) as server:
        transport = StdlibTransport()
        response = send(transport, "GET", server.url + "/h")
        assert response.status_code == 201 and response.reason_phrase == "Whatever"
        assert response.headers.get_list("x-multi") == ["a", "b"]
        assert response.headers.get_list("set-cookie") == ["k=1", "j=2"]
        assert response.headers.raw[-1] == (b"X-Name", "café".encode("latin-1"))
        assert response.extensions["http_version"] == b"HTTP/1.1"
        transport.close()


def test_request_headers_are_sent_once_each_and_with_the_token() -> None:
    with json_server(lambda line, body: answer(body=b'["p"]')) as server:
        with client_for(server.url) as client:
            client.list_profiles()
        line, headers, _ = server.requests[0]
        assert line == "GET /profiles HTTP/1.1"
        assert headers["host"] == f"127.0.0.1:{server.port}"
        assert headers["authorization"].endswith(TOKEN)
        assert headers["accept"] == "application/json" and "user-agent" in headers


def test_large_non_ascii_bodies_go_and_come_back_whole() -> None:
    text = json.dumps({"name": "tâche-ünïcode-✓" * 50_000, "blob": "x" * (3 << 20)}, ensure_ascii=False)
    payload = text.encode("utf-8")
    with json_server(lambda line, body: answer(body=body)) as server:
        transport = StdlibTransport()
        response = send(transport, "POST", server.url + "/echo", content=payload)
        assert response.read() == payload and json.loads(response.text) == json.loads(text)
        assert server.requests[0][1]["content-length"] == str(len(payload))
        transport.close()


def test_a_gzip_answer_reaches_the_client_still_encoded_and_is_decoded_there() -> None:
    import gzip

    packed = gzip.compress(b'["docker-batch", "docker-network"]')
    headers = [("Content-Encoding", "gzip")]
    with json_server(lambda line, body: answer(body=packed, headers=headers)) as server:
        transport = StdlibTransport()
        response = send(transport, "GET", server.url + "/profiles")
        assert b"".join(response.iter_raw()) == packed  # the transport leaves decoding to httpx
        transport.close()
        with client_for(server.url) as client:
            assert client.list_profiles() == ["docker-batch", "docker-network"]
        assert "gzip" in server.requests[-1][1]["accept-encoding"]


def test_a_chunked_answer_is_read_whole() -> None:
    def handle(conn: socket.socket, index: int) -> None:
        buffer = bytearray()
        while read_request(conn, buffer) is not None:
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                b'4\r\n["a"\r\n5\r\n, "b"\r\n1\r\n]\r\n0\r\n\r\n'
            )

    with serving(handle) as server:
        transport = StdlibTransport()
        for _ in range(2):
            response = send(transport, "GET", server.url + "/c")
            assert response.read() == b'["a", "b"]'  # the same connection after a chunked answer
        assert server.connections == 1
        transport.close()


# ------------------------------------------------------------------------------------------ proxies
def test_http_through_a_proxy_uses_the_absolute_form_and_its_credentials() -> None:
    with json_server() as proxy:
        transport = StdlibTransport(proxy=httpx.Proxy(f"http://user:secret@127.0.0.1:{proxy.port}"))
        send(transport, "GET", "http://api.example.invalid:8080/tasks?x=1")
        line, headers, _ = proxy.requests[0]
        assert line == "GET http://api.example.invalid:8080/tasks?x=1 HTTP/1.1"
        assert headers["proxy-authorization"] == "Basic dXNlcjpzZWNyZXQ="
        transport.close()


def test_https_through_a_proxy_asks_for_a_tunnel_and_a_refusal_is_connect_error() -> None:
    with json_server(lambda line, body: answer(407)) as proxy:
        transport = StdlibTransport(proxy=httpx.Proxy(f"http://127.0.0.1:{proxy.port}"))
        with pytest.raises(httpx.ConnectError):
            send(transport, "GET", "https://api.example.invalid/tasks")
        assert proxy.requests[0][0].startswith("CONNECT api.example.invalid:443 HTTP/1.")
        transport.close()


def test_the_environment_proxy_reaches_the_sync_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    with json_server(lambda line, body: answer(body=b'["via-proxy"]')) as proxy:
        monkeypatch.setenv("HTTP_PROXY", f"127.0.0.1:{proxy.port}")
        with client_for("http://api.example.invalid") as client:
            assert client.list_profiles() == ["via-proxy"]
        assert proxy.requests[0][0] == "GET http://api.example.invalid:80/profiles HTTP/1.1"


def test_a_proxy_speaking_tls_itself_leaves_the_sync_client_on_httpx_transport(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "https://proxy.example.invalid:3129")
    with client_for("https://api.example.invalid") as client:
        assert type(client._shared.http._transport._inner) is httpx.HTTPTransport  # type: ignore[attr-defined]
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.invalid:3128")
    with client_for("https://api.example.invalid") as client:
        assert isinstance(client._shared.http._transport._inner, StdlibTransport)  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="http:// proxy"):
        StdlibTransport(proxy=httpx.Proxy("https://proxy.example.invalid:3129"))


# ---------------------------------------------------------------------------------------------- TLS
def certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (the CA a client must trust) and its key."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def test_tls_is_verified_against_the_configured_trust(tmp_path: Path) -> None:
    cert_path, key_path = certificate(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)

    def handle(conn: socket.socket, index: int) -> None:
        with contextlib.suppress(ssl.SSLError, OSError):
            tls = context.wrap_socket(conn, server_side=True)
            buffer = bytearray()
            while read_request(tls, buffer) is not None:
                tls.sendall(answer(body=b'["secure"]'))

    with serving(handle) as server:
        url = f"https://127.0.0.1:{server.port}"
        with client_for(url, custom_certificate=str(cert_path)) as client:
            assert client.list_profiles() == ["secure"]
            assert client.list_profiles() == ["secure"]
        with client_for(url, unsafe=True) as client:
            assert client.list_profiles() == ["secure"]
        transport = StdlibTransport()  # the default trust store does not know this certificate
        with pytest.raises(httpx.ConnectError) as info:
            send(transport, "GET", url + "/profiles")
        assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
        with client_for(url, max_retries=0) as client, pytest.raises(APIConnectionError):
            client.list_profiles()

"""The inner HTTP transport of the sync :class:`~qarnot_facade.Client`: HTTP/1.1 on ``http.client``.

It sits under :class:`~qarnot_facade._sync.transport.QarnotTransport` behind httpx's custom-transport
interface (``httpx.BaseTransport.handle_request``), so the generated client, the retry rules and the
facade above it are those of httpx's own transport. It exists for speed: for a page of a few hundred
kilobytes or a small ``GET`` it costs 0.5 to 0.7 times the CPU of httpx's ``HTTPTransport`` (httpcore
+ h11). The async client keeps httpx's async transport.

What it keeps of httpx's transport:

* one pool per client, shared by threads: at most ``max_connections`` connections open at once (a
  request waits up to the ``pool`` timeout for one, then ``httpx.PoolTimeout``), at most
  ``max_keepalive`` idle ones kept, reused last-in first-out, dropped after ``keepalive_expiry``
  seconds idle, and dropped before reuse when the server has closed them (the socket is readable);
* the per-request timeouts of ``request.extensions["timeout"]`` (connect, write, read, pool);
* TLS verification as ``verify=`` gives it (``True``, ``False`` or an ``ssl.SSLContext``), through
  ``httpx.create_ssl_context``, so the trust store is httpx's;
* an ``http://`` proxy (``httpx.Proxy``): ``http://`` URLs are sent to it in absolute form, ``https://``
  ones through a ``CONNECT`` tunnel, with its credentials as ``Proxy-Authorization`` (for an ``https://``
  or SOCKS proxy the client uses httpx's own transport instead: see ``_transport.inner_transport``);
* every failure as the httpx exception httpcore raises in the same situation, so the retry rules of
  :mod:`qarnot_facade._transport` read the same facts: ``ConnectError`` / ``ConnectTimeout`` (nothing was
  sent), ``WriteError`` / ``WriteTimeout``, ``ReadError`` / ``ReadTimeout``, ``RemoteProtocolError`` (the
  server closed the connection without answering, or answered something that is not HTTP/1.x),
  ``PoolTimeout``, ``UnsupportedProtocol``. A request that fails on a reused connection is reported as
  the failure it met (never as "not sent"), as httpcore does.

The whole response body is read before ``handle_request`` returns (the facade reads every body whole).
A request body is sent from memory (``request.read()``); the API takes no streamed uploads. Where it
differs from httpcore: HTTP/1.1 only (as the httpx transport it replaces was configured), and
http.client's own limits on an answer (at most 100 header lines of 64 KiB each: beyond,
``RemoteProtocolError``), where h11 limits the whole head to 64 KiB.
"""

from __future__ import annotations

import base64
import http.client
import select
import ssl
import threading
import time
from typing import Any

import httpx

__all__ = ["StdlibTransport"]

_Origin = tuple[str, str, int]


class _Connection:
    __slots__ = ("conn", "idle_since", "origin")

    def __init__(self, conn: http.client.HTTPConnection, origin: _Origin) -> None:
        self.conn = conn
        self.origin = origin
        self.idle_since = 0.0


def _seconds(timeouts: dict[str, Any], key: str) -> float | None:
    value = timeouts.get(key)
    return None if value is None else float(value)


def _server_closed(conn: http.client.HTTPConnection) -> bool:
    """Whether an idle connection can no longer carry a request (closed, or unexpected bytes waiting)."""
    sock = conn.sock
    if sock is None:
        return True
    try:
        if hasattr(select, "poll"):  # no limit on the descriptor's number, unlike select()
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return bool(poller.poll(0))
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)  # an idle HTTP/1.1 connection that is readable was closed (or is broken)


class StdlibTransport(httpx.BaseTransport):
    """A pooled HTTP/1.1 transport on ``http.client`` (see the module's docstring).

    Args:
        verify: TLS verification, as httpx's ``verify=`` (``True``, ``False`` or an ``ssl.SSLContext``).
        proxy: send every request through this proxy (``None``: direct).
        max_connections: connections open at once, in use or idle.
        max_keepalive: idle connections kept for reuse.
        keepalive_expiry: seconds an idle connection is kept.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool = True,
        proxy: httpx.Proxy | None = None,
        max_connections: int = 100,
        max_keepalive: int = 20,
        keepalive_expiry: float = 5.0,
    ) -> None:
        self._given = verify if isinstance(verify, ssl.SSLContext) else None
        self._verify = verify
        self._ssl: ssl.SSLContext | None = None
        self._proxy = proxy
        self._proxy_headers: dict[str, str] = {}
        if proxy is not None:
            if proxy.url.scheme != "http":  # TLS to the proxy itself, SOCKS: httpx's transport does those
                raise ValueError(f"{type(self).__name__} takes an http:// proxy, not {proxy.url.scheme}://")
            for name, value in proxy.headers.multi_items():
                self._proxy_headers[name] = value
            if proxy.auth is not None:
                user, password = proxy.auth
                token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
                self._proxy_headers["Proxy-Authorization"] = f"Basic {token}"
        self._max_connections = max_connections
        self._open = 0  # connections open, in use or idle (each counts until it is closed)
        self._cond = threading.Condition(threading.Lock())
        self._idle: list[_Connection] = []
        self._max_keepalive = max_keepalive
        self._expiry = keepalive_expiry
        self._closed = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(open={self._open}, idle={len(self._idle)})"

    @property
    def open_connections(self) -> int:
        """Connections open now, in use or idle (never more than ``max_connections``)."""
        return self._open

    # -- pool ---------------------------------------------------------------------------------------
    def _context(self) -> ssl.SSLContext:
        """The TLS context, made on first use (loading the trust store is not free)."""
        with self._cond:
            if self._ssl is None:
                context = self._given or httpx.create_ssl_context(verify=self._verify)
                context.set_alpn_protocols(["http/1.1"])  # as httpcore offers it
                self._ssl = context
            return self._ssl

    def _acquire(self, origin: _Origin, pool_timeout: float | None) -> _Connection | None:
        """An idle connection to ``origin`` still usable, or ``None`` when the caller may open one (its
        slot is then counted); waits up to ``pool_timeout`` seconds for either, then ``PoolTimeout``."""
        deadline = None if pool_timeout is None else time.monotonic() + pool_timeout
        with self._cond:
            while True:
                if self._closed:
                    raise RuntimeError("the transport is closed")
                now = time.monotonic()
                for index in range(len(self._idle) - 1, -1, -1):  # newest first
                    candidate = self._idle[index]
                    expired = now - candidate.idle_since > self._expiry
                    if not expired and candidate.origin != origin:
                        continue
                    del self._idle[index]
                    if expired or _server_closed(candidate.conn):
                        self._close(candidate)
                        continue
                    return candidate
                if self._open < self._max_connections:
                    self._open += 1
                    return None
                if self._idle:  # full, but with idle connections to other origins: close the oldest
                    self._close(self._idle.pop(0))
                    continue
                remaining = None if deadline is None else deadline - now
                if remaining is not None and remaining <= 0:
                    raise httpx.PoolTimeout("timed out waiting for a connection from the pool")
                self._cond.wait(remaining)

    def _close(self, connection: _Connection) -> None:
        """Close a connection and free its slot (the lock held)."""
        connection.conn.close()
        self._open -= 1
        self._cond.notify()

    def _release(self, connection: _Connection | None, *, reusable: bool) -> None:
        """Give back a connection after a request (``None``: one that could not be opened)."""
        with self._cond:
            if connection is None:
                self._open -= 1
                self._cond.notify()
            elif reusable and not self._closed and len(self._idle) < self._max_keepalive:
                connection.idle_since = time.monotonic()
                self._idle.append(connection)
                self._cond.notify()
            else:
                self._close(connection)

    def _new(self, origin: _Origin, timeouts: dict[str, Any]) -> _Connection:
        scheme, host, port = origin
        connect = _seconds(timeouts, "connect")
        proxy = self._proxy
        conn: http.client.HTTPConnection
        if proxy is None:
            if scheme == "https":
                conn = http.client.HTTPSConnection(host, port, timeout=connect, context=self._context())
            else:
                conn = http.client.HTTPConnection(host, port, timeout=connect)
        else:
            proxy_host = proxy.url.host
            proxy_port = proxy.url.port or 80
            if scheme == "https":  # TLS to the server, through a CONNECT tunnel
                conn = http.client.HTTPSConnection(
                    proxy_host, proxy_port, timeout=connect, context=self._context()
                )
                conn.set_tunnel(host, port, headers=self._proxy_headers)
            else:
                conn = http.client.HTTPConnection(proxy_host, proxy_port, timeout=connect)
        try:
            conn.connect()
        except TimeoutError as exc:
            conn.close()
            raise httpx.ConnectTimeout(str(exc) or "timed out while connecting") from exc
        except (OSError, http.client.HTTPException) as exc:  # refused, unreachable, DNS, TLS, proxy refusal
            conn.close()
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from exc
        conn.auto_open = 0  # never reconnect silently: a dead connection must fail as what it is
        return _Connection(conn, origin)

    # -- httpx interface ----------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme}://'.")
        if not url.host:
            raise httpx.UnsupportedProtocol("Request URL is missing a host.")
        origin = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        body = request.read()
        connection = self._acquire(origin, _seconds(timeouts, "pool"))
        if connection is None:
            try:
                connection = self._new(origin, timeouts)
            except BaseException:
                self._release(None, reusable=False)
                raise
        try:
            response, content = self._exchange(connection, request, body, timeouts)
        except BaseException:
            self._release(connection, reusable=False)
            raise
        self._release(connection, reusable=not response.will_close)
        # bytes, as httpcore gives them (http.client decodes header lines as latin-1: this is exact)
        headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in response.getheaders()]
        return httpx.Response(
            response.status,
            headers=headers,
            stream=httpx.ByteStream(content),
            request=request,
            extensions={
                "http_version": b"HTTP/1.1" if response.version == 11 else b"HTTP/1.0",
                "reason_phrase": response.reason.encode("latin-1", "replace"),
            },
        )

    def _exchange(
        self, connection: _Connection, request: httpx.Request, body: bytes, timeouts: dict[str, Any]
    ) -> tuple[http.client.HTTPResponse, bytes]:
        """Send ``request`` on ``connection`` and read its answer whole (status, headers, body)."""
        conn = connection.conn
        sock = conn.sock
        if sock is None:  # closed under us: nothing can have been sent on it
            raise httpx.ConnectError("the connection was closed before the request was sent")
        try:
            sock.settimeout(_seconds(timeouts, "write"))
            self._put_head(connection, request)
            conn.endheaders(body or None)  # http.client writes the head, then the body
        # The causes are kept without their frames: http.client's hold the request's bytes (the token).
        except ValueError as exc:  # an illegal header name or value
            raise httpx.LocalProtocolError(str(exc)) from exc.with_traceback(None)
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc) or "timed out while sending") from exc.with_traceback(None)
        except (OSError, http.client.HTTPException) as exc:
            raise httpx.WriteError(str(exc) or type(exc).__name__) from exc.with_traceback(None)
        try:
            sock.settimeout(_seconds(timeouts, "read"))
            response = conn.getresponse()
            content = response.read()
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc) or "timed out while reading") from exc
        except http.client.RemoteDisconnected as exc:  # before it is a ConnectionResetError
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.") from exc
        except http.client.IncompleteRead as exc:
            raise httpx.RemoteProtocolError(
                f"peer closed connection without sending complete message body ({exc!r})"
            ) from exc
        except http.client.HTTPException as exc:  # a bad status line, too many headers, a line too long
            raise httpx.RemoteProtocolError(str(exc) or type(exc).__name__) from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc) or type(exc).__name__) from exc
        return response, content

    def _put_head(self, connection: _Connection, request: httpx.Request) -> None:
        """Buffer the request line and headers (apart, so no frame left in a traceback holds a header)."""
        conn = connection.conn
        url = request.url
        target = url.raw_path.decode("ascii")
        absolute = self._proxy is not None and url.scheme == "http"
        if absolute:  # sent to the proxy in absolute form
            target = f"http://{connection.origin[1]}:{connection.origin[2]}{target}"
        conn.putrequest(request.method, target, skip_host=True, skip_accept_encoding=True)
        for name, value in request.headers.raw:
            conn.putheader(name, value)
        if absolute:
            for proxy_header, text in self._proxy_headers.items():
                conn.putheader(proxy_header, text)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            while self._idle:
                self._close(self._idle.pop())
            self._cond.notify_all()

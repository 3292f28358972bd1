# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/http.py: change that file instead.
"""The httpx client the generated operations send through (the sync one is derived from this file).

For every request, ``httpx.Client`` parses the path and joins it to the base URL, then runs an
auth flow, a redirect loop, event hooks, a mount lookup and a streamed-response wrapper, none of which
this client configures. :class:`HTTPClient` keeps httpx's behaviour and skips that work:

* the URL a path string merges into is kept (``httpx.URL`` is immutable), at most ``URLS_KEPT`` of them,
  and forgotten when ``base_url`` changes;
* a plain send (no auth object, no event hook, no mount, redirects not followed, not streamed; and not
  the client's first request, which opens it through httpx's own path) does httpx's steps directly: the
  client's timeout when the request has none, the transport's answer, a transport error naming its
  request, cookies stored when the answer sets some, httpx's ``HTTP Request`` log line, ``next_request``
  on a redirect, the body read (and the stream closed on failure), ``elapsed``. Anything else goes
  through ``httpx.Client.send`` unchanged.

``tests/reliability/test_http_client.py`` sends the same requests both ways and compares the answers;
``benchmarks/clients.py`` measures the per-call cost.
"""

from __future__ import annotations

import datetime
import logging
import time
from typing import Any

import httpx

__all__ = ["URLS_KEPT", "HTTPClient"]

# How many merged URLs a client keeps (paths with an id in them are each one entry).
URLS_KEPT = 512

_log = logging.getLogger("httpx")  # httpx's own logger: the same "HTTP Request: ..." line either way


class HTTPClient(httpx.Client):
    """``httpx.Client`` with merged URLs kept and a direct path for plain sends (see the module)."""

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self._urls: dict[str, httpx.URL] = {}
        self._urls_base = self.base_url
        self._opened = False  # the first request goes through httpx's own send, which opens the client

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if not isinstance(url, str):
            return super()._merge_url(url)
        if self.base_url is not self._urls_base:
            self._urls.clear()
            self._urls_base = self.base_url
        merged = self._urls.get(url)
        if merged is None:
            merged = super()._merge_url(url)
            if len(self._urls) >= URLS_KEPT:
                self._urls.clear()
            self._urls[url] = merged
        return merged

    def _plain(self, stream: bool, auth: object, follow_redirects: object) -> bool:
        """Whether a send needs none of httpx's per-request machinery."""
        hooks = self.event_hooks
        return not (
            stream
            or not self._opened
            or self.is_closed
            or (auth is not httpx.USE_CLIENT_DEFAULT and auth is not None)
            or self.auth is not None
            or (self.follow_redirects if follow_redirects is httpx.USE_CLIENT_DEFAULT else follow_redirects)
            or self._mounts
            or hooks["request"]
            or hooks["response"]
        )

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        if not self._plain(stream, auth, follow_redirects):
            response = super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
            self._opened = True
            return response
        self._set_timeout(request)
        start = time.perf_counter()
        try:
            response = self._transport.handle_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        response.request = request
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            self.cookies.extract_cookies(response)
        response.default_encoding = self._default_encoding
        if _log.isEnabledFor(logging.INFO):
            _log.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )
        try:
            if response.has_redirect_location:
                response.next_request = self._build_redirect_request(request, response)
            response.read()
        except BaseException:
            response.close()
            raise
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
        return response

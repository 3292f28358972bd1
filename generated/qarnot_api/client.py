import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field


def _masked_headers(headers: dict[str, str]) -> str:
    """The headers' names only: their values may hold credentials."""
    return "{" + ", ".join(f"{name!r}: '***'" for name in headers) + "}"


@define
class _BaseClient:
    """What Client and AuthenticatedClient share: keyword arguments that build the httpx clients.

    ``base_url``: the URL every request path is relative to; ``cookies`` and ``headers``: sent with every
    request; ``timeout``: an ``httpx.Timeout`` (none by default: always give one); ``verify_ssl``: check
    the server's certificate (a bool, a CA bundle path or an ``ssl.SSLContext``); ``follow_redirects``
    (default False); ``httpx_args``: more arguments for both ``httpx.Client`` and ``httpx.AsyncClient``.

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` for a status the spec does not
            document (otherwise the parsed value is None).
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=_masked_headers)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _prepare_headers(self) -> None:
        """Hook for subclasses: complete self._headers before an httpx client is built."""

    def httpx_settings(self) -> dict[str, Any]:
        """The keyword arguments that build the httpx clients (for a subclass given to ``set_httpx_client``)."""
        self._prepare_headers()
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client with these headers added."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client with these cookies added."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with this timeout."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client (its own settings replace this object's cookies, headers and timeout)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client, built on first use."""
        if self._client is None:
            self._client = httpx.Client(**self.httpx_settings())
        return self._client

    def __enter__(self) -> Self:
        """Enter the httpx.Client's context (once only, as httpx allows)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient (its own settings replace this object's cookies, headers and timeout)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self.httpx_settings())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the httpx.AsyncClient's context (once only, as httpx allows)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class Client(_BaseClient):
    """A client for the endpoints that need no authentication (arguments: see ``_BaseClient``)."""


@define
class AuthenticatedClient(_BaseClient):
    """A client that sends ``auth_header_name: prefix token`` (just the token when prefix is empty).

    Attributes:
        token: the credential; never shown by repr.
        prefix: put before the token, e.g. ``Bearer``.
        auth_header_name: the header that carries it.
    """

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def _prepare_headers(self) -> None:
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token

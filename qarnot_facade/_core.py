"""The client's engine: one pooled HTTP client, per-call options, input checks, response decoding.

Private module. :class:`ClientCore` is the base of :class:`qarnot_facade.Client`; the operation mixins
(``_ops_*.py``) call its helpers. Nothing here talks to the network at construction time.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import threading
import time
import uuid as _uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

from qarnot_facade.config import QarnotConfig
from qarnot_facade.errors import (
    APIConnectionError,
    ConfigurationError,
    InvalidInputError,
    QarnotError,
    UnexpectedResponseError,
)

# httpx, ssl and the transport load when the first Client is built, not when the class is imported
if TYPE_CHECKING:
    import httpx
    from qarnot_api.client import AuthenticatedClient
    from qarnot_api.types import Response

    from qarnot_facade._transport import CallOptions

__all__ = ["ClientCore"]

logger = logging.getLogger("qarnot_facade")

VERSION = "0.1.0"
M = TypeVar("M")


class _FromDict(Protocol):
    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...


P = TypeVar("P", bound=_FromDict)

_UNSET_CONFIG = object()


class _Shared:
    """What a client and its ``with_options`` views share: the HTTP pool and the generated client."""

    def __init__(self, api: AuthenticatedClient, http: httpx.Client) -> None:
        self.api = api
        self.http = http
        self.closed = False
        self.lock = threading.Lock()
        self.storage_settings: Any = None
        self.storage_client: Any = None


def _env_proxy(url: str) -> httpx.Proxy | None:
    """The proxy the environment (HTTPS_PROXY/HTTP_PROXY/NO_PROXY) gives for ``url``, if any."""
    import urllib.request

    import httpx

    parsed = httpx.URL(url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parsed.scheme)
    if not proxy or urllib.request.proxy_bypass(parsed.host):
        return None
    if "://" not in proxy:
        proxy = "http://" + proxy
    return httpx.Proxy(proxy)


class ClientCore:
    """Construction, lifetime, per-call options and the helpers every operation uses."""

    _config: QarnotConfig
    _call_options: CallOptions
    _shared: _Shared
    _sleep: Callable[[float], None]
    _clock: Callable[[], float]

    def __init__(
        self,
        config: QarnotConfig | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
        random: Callable[[], float] | None = None,
        **settings: Any,
    ) -> None:
        """Create a client. No network call is made here.

        Args:
            config: a :class:`QarnotConfig`. Keyword settings (the fields of ``QarnotConfig``: ``api_key``,
                ``api_url``, ``email``, ``version``, ``storage_url``, ``timeout``, ``connect_timeout``,
                ``max_retries``, ``backoff``, ...) override its fields; without ``config`` they build one.
                The environment is **not** read here: use :meth:`from_env` / :meth:`from_file` for that.
            transport: the httpx transport that really sends (tests pass ``httpx.MockTransport``);
                default: a pooled ``httpx.HTTPTransport`` honouring ``unsafe``, ``custom_certificate`` and
                the HTTPS_PROXY/NO_PROXY environment.
            sleep, clock, random: injectable ``time.sleep``, ``time.monotonic`` and ``random.random``
                (retry backoff, wait loops), for tests.

        Raises:
            ConfigurationError: missing token, unsupported version, a bad setting or an unknown keyword.
        """
        import ssl

        import httpx

        from qarnot_facade._transport import CallOptions, QarnotTransport

        if config is not None and not isinstance(config, QarnotConfig):
            raise ConfigurationError(f"config must be a QarnotConfig, got {type(config).__name__}")
        if config is None:
            config = QarnotConfig(**_known_settings(settings))
        elif settings:
            config = config.replace(**_known_settings(settings))
        self._config = config
        self._sleep = sleep if sleep is not None else time.sleep
        self._clock = clock if clock is not None else time.monotonic
        self._call_options = CallOptions(
            timeout=httpx.Timeout(config.timeout, connect=config.connect_timeout),
            max_retries=config.max_retries,
            backoff=config.backoff,
            max_backoff=config.max_backoff,
            max_retry_after=config.max_retry_after,
        )
        if transport is None:
            # True: httpx's default trust store (certifi, or SSL_CERT_FILE / SSL_CERT_DIR when set)
            verify: ssl.SSLContext | bool = not config.unsafe
            if config.custom_certificate is not None and not config.unsafe:
                verify = ssl.create_default_context(cafile=config.custom_certificate)
            transport = httpx.HTTPTransport(verify=verify, proxy=_env_proxy(config.api_url), retries=0)
        wrapped = QarnotTransport(
            transport, options=self._call_options, sleep=self._sleep, random=random, secrets=(config.api_key,)
        )
        from qarnot_api.client import AuthenticatedClient

        user_agent = f"qarnot-facade-python/{VERSION} httpx/{httpx.__version__}"
        if config.user_agent:
            user_agent += " " + config.user_agent
        api = AuthenticatedClient(
            base_url=config.api_url,
            token=config.api_key,
            prefix="",
            timeout=self._call_options.timeout,
            headers={"User-Agent": user_agent, "Accept": "application/json"},
            follow_redirects=False,
            raise_on_unexpected_status=False,
            httpx_args={"transport": wrapped, "trust_env": False},
        )
        self._shared = _Shared(api, api.get_httpx_client())

    # -- construction helpers ------------------------------------------------------------------------
    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **settings: Any) -> Self:
        """A client configured from ``QARNOT_*`` environment variables; keyword settings win.

        See :meth:`QarnotConfig.from_env`. Non-config keywords (``transport``, ``sleep``, ``clock``,
        ``random``) are passed to the constructor.
        """
        extra = {k: settings.pop(k) for k in ("transport", "sleep", "clock", "random") if k in settings}
        return cls(QarnotConfig.from_env(environ, **settings), **extra)

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, environ: Mapping[str, str] | None = None, **settings: Any
    ) -> Self:
        """A client configured from the official SDK's INI file (environment, then keywords, on top)."""
        extra = {k: settings.pop(k) for k in ("transport", "sleep", "clock", "random") if k in settings}
        return cls(QarnotConfig.from_file(path, environ=environ, **settings), **extra)

    @property
    def config(self) -> QarnotConfig:
        """The resolved configuration (its repr hides the token)."""
        return self._config

    def with_options(
        self,
        *,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        max_retries: int | None = None,
        backoff: float | None = None,
    ) -> Self:
        """A view of this client with other per-call settings, sharing the same connection pool.

        ``client.with_options(timeout=120, max_retries=0).get_task_stdout(task_id)``. Closing a view
        closes the shared pool.

        Raises:
            ConfigurationError: a value that is not valid (non-positive timeout, negative retries...).
        """
        changes: dict[str, Any] = {}
        for name, value in (
            ("timeout", timeout),
            ("connect_timeout", connect_timeout),
            ("max_retries", max_retries),
            ("backoff", backoff),
        ):
            if value is not None:
                changes[name] = value
        import httpx

        checked = self._config.replace(**changes)
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        view._config = checked
        view._call_options = dataclasses.replace(
            self._call_options,
            timeout=httpx.Timeout(checked.timeout, connect=checked.connect_timeout),
            max_retries=checked.max_retries,
            backoff=checked.backoff,
        )
        return view

    # -- lifetime -----------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the HTTP connection pool and the storage client. Safe to call twice."""
        shared = self._shared
        with shared.lock:
            if shared.closed:
                return
            shared.closed = True
        try:
            self._close_storage()
        finally:
            shared.http.close()

    def _close_storage(self) -> None:  # overridden by the storage mixin
        return None

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._shared.closed

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = " closed" if self._shared.closed else ""
        config = self._config
        return f"<{type(self).__name__} api_url={config.api_url!r} version={config.version!r}{state}>"

    __str__ = __repr__

    # -- calling the generated operations ----------------------------------------------------------
    @property
    def _api(self) -> AuthenticatedClient:
        return self._shared.api

    def _send(self, call: Callable[[], Response[M]]) -> Response[M]:
        """Run one generated ``sync_detailed`` call with this client's options and typed errors."""
        import httpx

        from qarnot_facade._transport import use_options

        if self._shared.closed:
            raise QarnotError("this client is closed; create a new Client")
        with use_options(self._call_options):
            try:
                return call()
            except QarnotError:
                raise
            except httpx.HTTPError as exc:
                raise APIConnectionError(f"HTTP failure: {type(exc).__name__}: {exc}") from exc
            except (KeyError, ValueError, TypeError, AttributeError, IndexError) as exc:
                raise _undecodable(exc) from exc

    def _model(self, response: Response[Any], cls: type[M]) -> M:
        parsed = response.parsed
        if isinstance(parsed, cls):
            return parsed
        raise _unexpected(response, f"expected a {cls.__name__} in the answer, got {type(parsed).__name__}")

    def _models(self, response: Response[Any], cls: type[M]) -> list[M]:
        parsed = response.parsed
        if isinstance(parsed, list) and all(isinstance(item, cls) for item in parsed):
            return list(parsed)
        raise _unexpected(response, f"expected a list of {cls.__name__} in the answer")

    def _strings(self, response: Response[Any]) -> list[str]:
        parsed = response.parsed
        if isinstance(parsed, list) and all(isinstance(item, str) for item in parsed):
            return list(parsed)
        raise _unexpected(response, "expected a list of strings in the answer")

    @staticmethod
    def _text(response: Response[Any]) -> str:
        """The text of a stdout/stderr answer, decoding a JSON-encoded string when the server sent one."""
        raw = response.content
        content_type = str(response.headers.get("content-type", "")).lower()
        charset = "utf-8"
        if "charset=" in content_type:
            charset = content_type.split("charset=", 1)[1].split(";", 1)[0].strip() or "utf-8"
        try:
            text = raw.decode(charset, errors="replace")
        except LookupError:
            text = raw.decode("utf-8", errors="replace")
        if "json" in content_type and text.strip():
            try:
                decoded = json.loads(text)
            except ValueError:
                raise _unexpected(
                    response, "the output answer claims to be JSON but does not decode"
                ) from None
            if isinstance(decoded, str):
                return decoded
            if decoded is None:
                return ""
            raise _unexpected(response, "expected a JSON string as the output answer")
        return text


# --------------------------------------------------------------------------------------------------
# input checks (raised before anything is sent)
# --------------------------------------------------------------------------------------------------


def _known_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(QarnotConfig)}
    unknown = sorted(set(settings) - names)
    if unknown:
        raise ConfigurationError(
            f"Client(): unknown keyword(s) {', '.join(unknown)}; settings are the QarnotConfig fields "
            f"({', '.join(sorted(names))}) plus transport, sleep, clock, random"
        )
    return dict(settings)


def check_id(value: Any, name: str) -> str:
    """A non-empty identifier (uuid or shortname) given as ``str`` (or ``uuid.UUID``)."""
    if isinstance(value, _uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidInputError(f"{name} must not be empty")
    if value != value.strip():
        raise InvalidInputError(f"{name} must not start or end with spaces: {value!r}")
    return value


def check_uuid(value: Any, name: str) -> str:
    """A GUID, where the API accepts nothing else (carbon, credits, network, budgets)."""
    text = check_id(value, name)
    try:
        return str(_uuid.UUID(text))
    except ValueError:
        raise InvalidInputError(f"{name} must be a uuid (such as 1b5c4c4e-...-...), got {text!r}") from None


def check_int(value: Any, name: str, *, minimum: int, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{name} must be an integer, got {value!r}")
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"between {minimum} and {maximum}" if maximum is not None else f">= {minimum}"
        raise InvalidInputError(f"{name} must be {bound}, got {value}")
    return value


def check_secret_key(value: Any, name: str) -> str:
    text = check_id(value, name).strip("/")
    if not text:
        raise InvalidInputError(f"{name} must name a secret, got {value!r}")
    return text


def coerce(value: Any, cls: type[P], what: str) -> P:
    """``value`` as the generated model ``cls``: the model itself, or a dict validated with ``from_dict``.

    A dict with keys the model does not know (a typo, or a snake_case name such as ``instance_count``
    instead of ``instanceCount``) is refused.
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        from_dict: Callable[[Mapping[str, Any]], P] = cls.from_dict  # type: ignore[attr-defined]
        try:
            model = from_dict(dict(value))
        except KeyError as exc:
            raise InvalidInputError(f"{what}: missing required field {exc.args[0]!r}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidInputError(f"{what}: not a valid {cls.__name__}: {exc}") from None
        unknown = sorted(model.additional_properties)
        if unknown:
            raise InvalidInputError(
                f"{what}: unknown field(s) {', '.join(map(repr, unknown))} for {cls.__name__} "
                "(field names are the API's camelCase ones, such as instanceCount)"
            )
        return model
    raise InvalidInputError(f"{what} must be a {cls.__name__} or a dict, got {type(value).__name__}")


def _unexpected(response: Response[Any], message: str) -> UnexpectedResponseError:
    body: Any
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.content.decode("utf-8", errors="replace")
    return UnexpectedResponseError(
        message, status_code=int(response.status_code), body=body, headers=dict(response.headers)
    )


def _undecodable(exc: BaseException) -> UnexpectedResponseError:
    from qarnot_facade._transport import last_response

    response = last_response()
    detail = f"{type(exc).__name__}: {exc}"
    if response is None:
        return UnexpectedResponseError(f"the answer could not be decoded ({detail})", status_code=0)
    body: Any
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.content.decode("utf-8", errors="replace")
    return UnexpectedResponseError(
        f"the answer does not match the expected shape ({detail})",
        status_code=response.status_code,
        body=body,
        headers=dict(response.headers),
        request_id=response.headers.get("x-request-id"),
        method=response.request.method,
        url=str(response.request.url),
    )


def check_named_payload(data: Mapping[str, Any], what: str) -> None:
    """Checks shared by task/pool/job creation payloads (on their JSON form)."""
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InvalidInputError(f"{what}: name must be a non-empty string, got {name!r}")
    if "instanceCount" in data and data["instanceCount"] is not None:
        check_int(data["instanceCount"], f"{what}: instanceCount", minimum=1)
    for key in ("profile", "shortname", "poolUuid", "jobUuid"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise InvalidInputError(f"{what}: {key} must be a non-empty string when given, got {value!r}")


def page_request(request: Any, *, filter: Any, token: str | None, page_size: int | None) -> Any:
    """A generated ``PaginateRequest`` from a request (model/dict) or from filter/token/page_size."""
    from qarnot_api.models import PaginateRequest

    from qarnot_facade.filters import to_filter_model

    if request is not None:
        if filter is not None or token is not None or page_size is not None:
            raise InvalidInputError("pass either request=... or filter/token/page_size, not both")
        model = coerce(request, PaginateRequest, "request")
    else:
        model = PaginateRequest()
        if token is not None:
            model.token = check_id(token, "token")
        if filter is not None:
            model.filter_ = to_filter_model(filter)
        if page_size is not None:
            model.maximum_results = check_int(page_size, "page_size", minimum=1)
    size = model.to_dict().get("maximumResults")
    if size is not None:
        check_int(size, "page_size (maximumResults)", minimum=1)
    return model


def search_request(request: Any, *, filter: Any, select: Any, maximum_results: int | None) -> Any:
    """A generated ``DataDetailRequest`` from a request (model/dict) or from filter/select/maximum_results."""
    from qarnot_api.models import DataDetailRequest, FieldSelection

    from qarnot_facade.filters import to_filter_model

    if request is not None:
        if filter is not None or select is not None or maximum_results is not None:
            raise InvalidInputError("pass either request=... or filter/select/maximum_results, not both")
        model = coerce(request, DataDetailRequest, "request")
    else:
        model = DataDetailRequest()
        if filter is not None:
            model.filter_ = to_filter_model(filter)
        if select is not None:
            if isinstance(select, str) or not all(isinstance(f, str) and f for f in select):
                raise InvalidInputError("select must be a list of field paths such as ['Uuid', 'State']")
            model.select = FieldSelection(fields=list(select))
        if maximum_results is not None:
            model.maximum_results = check_int(maximum_results, "maximum_results", minimum=1)
    size = model.to_dict().get("maximumResults")
    if size is not None:
        check_int(size, "maximum_results", minimum=1)
    return model

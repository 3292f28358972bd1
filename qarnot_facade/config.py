"""Client configuration: explicit arguments, the environment, or the official SDK's INI file.

One precedence, everywhere: **explicit arguments > environment > file > defaults**.

* ``QarnotConfig(api_key=..., ...)`` uses only what you pass (plus defaults); it never reads the
  environment or a file.
* ``QarnotConfig.from_env(**overrides)`` reads the variables Qarnot users already have
  (``QARNOT_CLIENT_TOKEN``, ``QARNOT_CLUSTER_URL``, ``QARNOT_STORAGE_URL``, ``QARNOT_CLUSTER_TIMEOUT``,
  ``QARNOT_CLUSTER_UNSAFE``, ``QARNOT_STORAGE_UNSAFE``, ``QARNOT_ACCOUNT_EMAIL``, and the storage
  timeouts ``QARNOT_STORAGE_TIMEOUT``, ``QARNOT_STORAGE_CONNECT_TIMEOUT``, ``QARNOT_STORAGE_MAX_RETRIES``,
  ``QARNOT_STORAGE_DEADLINE``); keyword arguments win.
* ``QarnotConfig.from_file(path, **overrides)`` reads the official SDK's INI file (``[cluster]`` url,
  timeout, unsafe, custom_certificate; ``[client]`` token (legacy ``auth``), email; ``[storage]`` url,
  unsafe, timeout, connect_timeout, max_retries, deadline), then the environment on top of it, then
  the keyword arguments on top of both. Pass ``environ={}`` to ignore the environment.

Nothing is ever silently ignored: an explicit argument always wins, an unknown key in the file, a
boolean that is not one of true/false/1/0/yes/no, a timeout that is not a positive number, a missing
token or an unsupported version raise :class:`~qarnot_facade.errors.ConfigurationError` before any
request is sent. The token never appears in ``repr()``/``str()`` of the configuration, nor in any
:class:`ConfigurationError` (a malformed line of the file is named by its number, never quoted): it is
held as a :class:`Token`, a ``str`` whose ``repr()`` is masked, so frame locals rendered in a traceback
show ``'***'`` wherever the token itself is held.
"""

from __future__ import annotations

import dataclasses
import math
import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from qarnot_facade.errors import ConfigurationError

# configparser, logging and pathlib load when a file is read or a warning logged, not on import
if TYPE_CHECKING:
    import configparser
    from pathlib import Path

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_VARS",
    "SUPPORTED_VERSIONS",
    "QarnotConfig",
    "Token",
    "parse_bool",
]

DEFAULT_API_URL = "https://api.qarnot.com"
"""The API host used when no URL is given."""
DEFAULT_TIMEOUT = 30.0
"""Seconds one HTTP request may take to answer (read, write, pool) by default."""
DEFAULT_CONNECT_TIMEOUT = 10.0
"""Seconds a connection may take to open by default."""
DEFAULT_MAX_RETRIES = 3
"""Retries after the first attempt by default."""
DEFAULT_MAX_CONNECTIONS = 100
"""The size of the client's HTTP connection pool by default (httpx's)."""
DEFAULT_BACKOFF = 0.5
DEFAULT_MAX_BACKOFF = 8.0
DEFAULT_MAX_RETRY_AFTER = 60.0
DEFAULT_STORAGE_TIMEOUT = 60.0
DEFAULT_STORAGE_CONNECT_TIMEOUT = 10.0
DEFAULT_STORAGE_MAX_RETRIES = 3
DEFAULT_STORAGE_DEADLINE = 300.0
SUPPORTED_VERSIONS = ("v1",)
"""The API versions ``QarnotConfig(version=...)`` accepts."""

#: environment variable -> QarnotConfig field
ENV_VARS: dict[str, str] = {
    "QARNOT_CLIENT_TOKEN": "api_key",
    "QARNOT_CLUSTER_URL": "api_url",
    "QARNOT_STORAGE_URL": "storage_url",
    "QARNOT_CLUSTER_TIMEOUT": "timeout",
    "QARNOT_CLUSTER_UNSAFE": "unsafe",
    "QARNOT_STORAGE_UNSAFE": "storage_unsafe",
    "QARNOT_ACCOUNT_EMAIL": "email",
    "QARNOT_CLUSTER_CUSTOM_CERTIFICATE": "custom_certificate",
    "QARNOT_STORAGE_TIMEOUT": "storage_timeout",
    "QARNOT_STORAGE_CONNECT_TIMEOUT": "storage_connect_timeout",
    "QARNOT_STORAGE_MAX_RETRIES": "storage_max_retries",
    "QARNOT_STORAGE_DEADLINE": "storage_deadline",
}
"""The environment variables ``from_env`` and ``from_file`` read, and the setting each one gives."""

#: INI (section, key) -> QarnotConfig field; ("client", "auth") is the legacy spelling of the token
_FILE_KEYS: dict[tuple[str, str], str] = {
    ("cluster", "url"): "api_url",
    ("cluster", "timeout"): "timeout",
    ("cluster", "unsafe"): "unsafe",
    ("cluster", "custom_certificate"): "custom_certificate",
    ("client", "token"): "api_key",
    ("client", "auth"): "api_key",
    ("client", "email"): "email",
    ("storage", "url"): "storage_url",
    ("storage", "unsafe"): "storage_unsafe",
    ("storage", "timeout"): "storage_timeout",
    ("storage", "connect_timeout"): "storage_connect_timeout",
    ("storage", "max_retries"): "storage_max_retries",
    ("storage", "deadline"): "storage_deadline",
}

_BOOL_FIELDS = frozenset({"unsafe", "storage_unsafe"})
_SECONDS_FIELDS = frozenset({"timeout", "storage_timeout", "storage_connect_timeout", "storage_deadline"})
_RETRIES_FIELDS = frozenset({"storage_max_retries"})


class Token(str):
    """The API token: a ``str`` (sent as is) whose ``repr()`` is masked.

    Tracebacks rendered with frame locals (``pytest --showlocals``, rich, error trackers) and the
    ``repr()`` of any object holding it (minio's credentials, the generated client) show ``'***'``.
    ``str(token)`` and formatting with ``{}`` give the value, as headers and signatures need it.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def parse_bool(value: str | bool, *, name: str) -> bool:
    """Parse true/false/1/0/yes/no (any case); anything else is a :class:`ConfigurationError`."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ConfigurationError(f"{name} must be one of true/false/1/0/yes/no, got {value!r}")


def _parse_seconds(value: Any, *, name: str) -> float:
    if isinstance(value, bool):
        raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise ConfigurationError(f"{name} must be a positive, finite number of seconds, got {value!r}")
    return seconds


def _check_url(value: str, *, name: str) -> str:
    text = value.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"{name} must be an http(s) URL such as https://api.qarnot.com, got {value!r}"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{name} must not carry a query or a fragment, got {value!r}")
    return text


@dataclass(frozen=True, repr=False, kw_only=True)
class QarnotConfig:
    """Settings of a :class:`~qarnot_facade.Client`.

    Attributes:
        api_key: the API token (required). Sent as is in ``Authorization``; it is also the S3 secret key.
        api_url: the API host, default ``https://api.qarnot.com`` (no version segment: compute paths are
            served at the root; ``version`` says which API version is spoken).
        email: the account e-mail (the S3 access key). ``None``: read from ``GET /info`` on first bucket use.
        version: the API version; only ``"v1"`` exists.
        storage_url: the S3 endpoint. ``None``: read from ``GET /settings`` on first bucket use.
        timeout: read/write/pool timeout of one HTTP request, in seconds (finite).
        connect_timeout: connect timeout, in seconds (finite).
        unsafe: skip TLS certificate checks towards the API.
        storage_unsafe: skip TLS certificate checks towards the storage.
        custom_certificate: path of a CA bundle to trust for the API.
        max_retries: retries after the first attempt (0 disables retrying).
        backoff: base delay of the exponential backoff (full jitter), in seconds.
        max_backoff: largest backoff delay, in seconds.
        max_retry_after: largest ``Retry-After`` delay honoured, in seconds (longer asks are capped).
        user_agent: extra text appended to the User-Agent header.
        storage_timeout: longest wait for one network read or write of a storage (S3) request, in
            seconds: a server that sends nothing for that long fails the attempt.
        storage_connect_timeout: connect timeout of the storage, in seconds.
        storage_max_retries: retries of a storage request after a connection error, a timeout or a 5xx
            answer (0 disables retrying).
        storage_deadline: total time one storage request may take, retries included, in seconds (a
            part of an upload, a listing page, a HEAD; a download until its answer starts, then each
            read is bounded by ``storage_timeout``). Every wait is cut to the time left, so a stalled
            request fails by the deadline.
        max_connections: the most HTTP connections the client keeps open at once to the API (one pool,
            shared by its ``with_options`` views and by every thread or coroutine using it; requests
            beyond wait for a free connection, within ``timeout``).
    """

    api_key: str = field(default="")
    api_url: str = DEFAULT_API_URL
    email: str | None = None
    version: str = "v1"
    storage_url: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    unsafe: bool = False
    storage_unsafe: bool = False
    custom_certificate: str | None = None
    max_retries: int = DEFAULT_MAX_RETRIES
    backoff: float = DEFAULT_BACKOFF
    max_backoff: float = DEFAULT_MAX_BACKOFF
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    user_agent: str | None = None
    storage_timeout: float = DEFAULT_STORAGE_TIMEOUT
    storage_connect_timeout: float = DEFAULT_STORAGE_CONNECT_TIMEOUT
    storage_max_retries: int = DEFAULT_STORAGE_MAX_RETRIES
    storage_deadline: float = DEFAULT_STORAGE_DEADLINE
    max_connections: int = DEFAULT_MAX_CONNECTIONS

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if not isinstance(self.api_key, str) or not self.api_key.strip():
            raise ConfigurationError(
                "no API token: pass api_key=..., or set QARNOT_CLIENT_TOKEN and use "
                "QarnotConfig.from_env() / Client.from_env(), or use QarnotConfig.from_file(path)"
            )
        if any(c in self.api_key for c in "\r\n"):
            raise ConfigurationError("the API token must not contain line breaks")
        set_(self, "api_key", Token(self.api_key.strip()))
        if self.version not in SUPPORTED_VERSIONS:
            raise ConfigurationError(
                f"unsupported API version {self.version!r}: "
                f"supported versions are {', '.join(SUPPORTED_VERSIONS)}"
            )
        api_url = _check_url(str(self.api_url), name="api_url")
        if urlsplit(api_url).path.rstrip("/").lower().endswith("/" + self.version):
            raise ConfigurationError(
                f"api_url must be the bare host (for example https://api.qarnot.com), without the version "
                f"segment: got {self.api_url!r}; the version is given by version={self.version!r}"
            )
        set_(self, "api_url", api_url)
        if self.storage_url is not None:
            set_(self, "storage_url", _check_url(str(self.storage_url), name="storage_url"))
        if self.email is not None:
            email = str(self.email).strip()
            if not email:
                raise ConfigurationError("email must not be empty (leave it unset to read it from GET /info)")
            set_(self, "email", email)
        set_(self, "timeout", _parse_seconds(self.timeout, name="timeout"))
        set_(self, "connect_timeout", _parse_seconds(self.connect_timeout, name="connect_timeout"))
        set_(self, "unsafe", parse_bool(self.unsafe, name="unsafe"))
        set_(self, "storage_unsafe", parse_bool(self.storage_unsafe, name="storage_unsafe"))
        if self.custom_certificate is not None:
            from pathlib import Path

            path = Path(self.custom_certificate).expanduser()
            if not path.is_file():
                raise ConfigurationError(f"custom_certificate {str(path)!r} is not a readable file")
            set_(self, "custom_certificate", str(path))
        set_(self, "max_retries", _parse_retries(self.max_retries))
        for name in ("storage_timeout", "storage_connect_timeout", "storage_deadline"):
            set_(self, name, _parse_seconds(getattr(self, name), name=name))
        set_(
            self, "storage_max_retries", _parse_retries(self.storage_max_retries, name="storage_max_retries")
        )
        set_(self, "backoff", _parse_nonnegative(self.backoff, name="backoff"))
        set_(self, "max_backoff", _parse_nonnegative(self.max_backoff, name="max_backoff"))
        set_(self, "max_retry_after", _parse_nonnegative(self.max_retry_after, name="max_retry_after"))
        connections = self.max_connections
        if isinstance(connections, bool) or not isinstance(connections, int) or connections < 1:
            raise ConfigurationError(f"max_connections must be an integer >= 1, got {connections!r}")

    # -- repr without the token ------------------------------------------------------------------
    def __repr__(self) -> str:
        shown = []
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name == "api_key":
                shown.append("api_key='***'")
            else:
                shown.append(f"{f.name}={value!r}")
        return f"QarnotConfig({', '.join(shown)})"

    __str__ = __repr__

    def replace(self, **changes: Any) -> QarnotConfig:
        """A copy with some fields changed (validated like the constructor)."""
        _check_names(changes, where="QarnotConfig.replace()")
        return dataclasses.replace(self, **changes)

    # -- sources ---------------------------------------------------------------------------------
    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> QarnotConfig:
        """Build a configuration from the environment; keyword arguments win over it.

        Variables: ``QARNOT_CLIENT_TOKEN`` (token), ``QARNOT_CLUSTER_URL`` (API URL), ``QARNOT_STORAGE_URL``,
        ``QARNOT_CLUSTER_TIMEOUT`` (seconds), ``QARNOT_CLUSTER_UNSAFE``, ``QARNOT_STORAGE_UNSAFE`` (booleans:
        true/false/1/0/yes/no), ``QARNOT_ACCOUNT_EMAIL``, ``QARNOT_CLUSTER_CUSTOM_CERTIFICATE``. Empty
        variables count as unset.

        Raises:
            ConfigurationError: no token anywhere, or a value that does not parse.
        """
        return cls._layered(None, environ, overrides)

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, environ: Mapping[str, str] | None = None, **overrides: Any
    ) -> QarnotConfig:
        """Build a configuration from the official SDK's INI file, the environment on top, then the arguments.

        The file format is the one ``qarnot.connection.Connection(fileconf=path)`` reads::

            [cluster]
            url = https://api.qarnot.com
            timeout = 30
            unsafe = false
            [client]
            token = <your token>      # the legacy key "auth" is read too (with a DeprecationWarning)
            [storage]
            url = https://storage.qarnot.com
            unsafe = false

        Precedence: keyword arguments > environment (``environ``, default ``os.environ``; pass ``{}`` to
        ignore it) > file > defaults. Each setting of the file that a ``QARNOT_*`` variable replaces with
        another value is reported by a ``logging`` warning (logger ``qarnot_facade.config``) naming the
        variable and the setting, never the value.

        Raises:
            ConfigurationError: the file is missing or unreadable, has an unknown section or key, or a
                value does not parse; or no token is found anywhere.
        """
        from pathlib import Path

        return cls._layered(_read_file(Path(path)), environ, overrides)

    @classmethod
    def _layered(
        cls,
        file_values: dict[str, Any] | None,
        environ: Mapping[str, str] | None,
        overrides: Mapping[str, Any],
    ) -> QarnotConfig:
        _check_names(overrides, where="QarnotConfig")
        values: dict[str, Any] = dict(file_values or {})
        from_env = _read_env(os.environ if environ is None else environ)
        _warn_env_overrides(values, from_env, overrides)
        values.update(from_env)
        values.update(overrides)
        return cls(**values)


def _parse_retries(value: Any, *, name: str = "max_retries") -> int:
    problem = ConfigurationError(f"{name} must be an integer >= 0, got {value!r}")
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise problem
    try:
        retries = int(value)
    except ValueError:
        raise problem from None
    if retries < 0:
        raise problem
    return retries


def _parse_field(name: str, raw: str, *, where: str) -> Any:
    """A value read from the environment or the file, parsed for the field ``name``."""
    if name in _BOOL_FIELDS:
        return parse_bool(raw, name=where)
    if name in _SECONDS_FIELDS:
        return _parse_seconds(raw, name=where)
    if name in _RETRIES_FIELDS:
        return _parse_retries(raw.strip(), name=where)
    return raw.strip()


def _parse_nonnegative(value: Any, *, name: str) -> float:
    if isinstance(value, bool):
        raise ConfigurationError(f"{name} must be a number >= 0, got {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigurationError(f"{name} must be a number >= 0, got {value!r}") from None
    if not math.isfinite(number) or number < 0:
        raise ConfigurationError(f"{name} must be a finite number >= 0, got {value!r}")
    return number


_FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(QarnotConfig))


def _check_names(values: Mapping[str, Any], *, where: str) -> None:
    unknown = sorted(set(values) - _FIELD_NAMES)
    if unknown:
        raise ConfigurationError(
            f"{where}: unknown setting(s) {', '.join(unknown)}; "
            f"known settings: {', '.join(sorted(_FIELD_NAMES))}"
        )


def _warn_env_overrides(
    file_values: Mapping[str, Any], env_values: Mapping[str, Any], overrides: Mapping[str, Any]
) -> None:
    """Log a warning for each setting of the file that an environment variable replaces.

    The file said one thing and the environment another: the environment wins (the documented order),
    but not silently. Settings an explicit argument gives anyway are not reported; values are never
    logged (one of them may be the token).
    """
    import logging

    variable = {name: var for var, name in reversed(ENV_VARS.items())}
    for name, value in env_values.items():
        if name in file_values and name not in overrides and file_values[name] != value:
            logging.getLogger(__name__).warning(
                "%s from the environment overrides %s given in the configuration file "
                "(pass environ={} to QarnotConfig.from_file to use the file alone)",
                variable[name],
                name,
            )


def _read_env(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for var, name in ENV_VARS.items():
        raw = environ.get(var)
        if raw is None or not raw.strip():
            continue
        values[name] = _parse_field(name, raw, where=var)
    return values


def _read_file(path: Path) -> dict[str, Any]:
    import configparser
    from pathlib import Path

    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.expanduser().open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except OSError as exc:
        raise ConfigurationError(
            f"cannot read the configuration file {str(path)!r}: {exc.strerror}"
        ) from None
    except configparser.Error as exc:
        raise ConfigurationError(
            f"the configuration file {str(path)!r} is not a valid INI file: {_ini_problem(exc)}"
        ) from None
    values: dict[str, Any] = {}
    for section in parser.sections():
        if section not in ("cluster", "client", "storage"):
            raise ConfigurationError(
                f"{path}: unknown section [{section}] (known sections: [cluster], [client], [storage])"
            )
        for key, raw in parser.items(section):
            name = _FILE_KEYS.get((section, key))
            if name is None:
                known = ", ".join(k for s, k in _FILE_KEYS if s == section)
                raise ConfigurationError(f"{path}: unknown key {key!r} in [{section}] (known keys: {known})")
            where = f"{path}: [{section}] {key}"
            text = raw.strip()
            if not text:
                continue
            if (section, key) == ("client", "auth"):
                if parser.has_option("client", "token"):
                    continue
                warnings.warn(
                    f"{path}: [client] auth is the legacy name of [client] token",
                    DeprecationWarning,
                    stacklevel=4,
                )
            if name == "custom_certificate":
                values[name] = str((path.expanduser().parent / Path(text).expanduser()).resolve())
            else:
                values[name] = _parse_field(name, text, where=where)
    return values


def _ini_problem(exc: configparser.Error) -> str:
    """What is wrong with the file, by line number: configparser's own message quotes the line, and a
    malformed line may be the token."""
    import configparser

    if isinstance(exc, configparser.MissingSectionHeaderError):
        return f"line {exc.lineno} comes before any [section] header (the line is not shown)"
    if isinstance(exc, configparser.ParsingError):
        lines = ", ".join(str(lineno) for lineno, _ in exc.errors)
        return f"line(s) {lines} are not 'key = value' (the lines are not shown)"
    if isinstance(exc, configparser.DuplicateSectionError | configparser.DuplicateOptionError):
        where = f" (line {exc.lineno})" if exc.lineno is not None else ""
        option = getattr(exc, "option", None)
        what = f"key {option!r} in [{exc.section}]" if option else f"section [{exc.section}]"
        return f"{what} is given twice{where}"
    return f"{type(exc).__name__} (the content is not shown)"

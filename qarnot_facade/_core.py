"""What the sync and async clients share that does no I/O: settings, input checks, request building.

Private module. The operation code is written once, async, in :mod:`qarnot_facade._async` and derived
for the sync client into :mod:`qarnot_facade._sync` (``scripts/unasync.py``); both call these helpers,
so a check or an encoding rule lives here once. Everything raises
:class:`~qarnot_facade.errors.InvalidInputError` (or :class:`~qarnot_facade.errors.ConfigurationError`)
before anything is sent.
"""

from __future__ import annotations

import dataclasses
import uuid as _uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from qarnot_facade.config import QarnotConfig
from qarnot_facade.errors import ConfigurationError, InvalidInputError

if TYPE_CHECKING:
    import httpx
    from qarnot_api.models import ScalingPayload, SecretValue, UpdatePoolPayload, UpdateTaskPayload

    from qarnot_facade._transport import CallOptions

__all__ = [
    "VERSION",
    "Shared",
    "batch_payloads",
    "call_options",
    "check_id",
    "check_instance",
    "check_int",
    "check_json",
    "check_named_payload",
    "check_secret_key",
    "check_tags",
    "check_uuid",
    "coerce",
    "encoded",
    "import_httpx",
    "known_settings",
    "page_request",
    "pool_overrides",
    "scaling_payload",
    "search_request",
    "secret_value",
    "task_overrides",
    "user_agent",
]

VERSION = "0.1.0"
EXTRA_SETTINGS = ("transport", "sleep", "clock", "random")


class _FromDict(Protocol):
    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...


P = TypeVar("P", bound=_FromDict)


class Shared:
    """What a client and its ``with_options`` views share: the HTTP pool, the generated client, storage.

    ``http`` is an ``httpx.Client`` or an ``httpx.AsyncClient``; ``storage_lock`` a lock of the same kind.
    """

    def __init__(self, api: Any, http: Any, storage_lock: Any) -> None:
        import threading

        self.api = api
        self.http = http
        self.closed = False
        self.lock = threading.Lock()
        self.storage_lock = storage_lock
        self.storage_settings: Any = None
        self.storage_client: Any = None


def call_options(config: QarnotConfig) -> CallOptions:
    """The default per-call options of a client built from ``config``."""
    import httpx

    from qarnot_facade._transport import CallOptions

    return CallOptions(
        timeout=httpx.Timeout(config.timeout, connect=config.connect_timeout),
        max_retries=config.max_retries,
        backoff=config.backoff,
        max_backoff=config.max_backoff,
        max_retry_after=config.max_retry_after,
    )


def resolve_config(config: QarnotConfig | None, settings: Mapping[str, Any]) -> QarnotConfig:
    """The configuration of a new client: ``config`` with keyword ``settings`` on top (or built from them)."""
    if config is not None and not isinstance(config, QarnotConfig):
        raise ConfigurationError(f"config must be a QarnotConfig, got {type(config).__name__}")
    if config is None:
        return QarnotConfig(**known_settings(settings))
    if settings:
        return config.replace(**known_settings(settings))
    return config


def split_extra(settings: dict[str, Any]) -> dict[str, Any]:
    """Remove and return the non-config keywords (``transport``, ``sleep``, ``clock``, ``random``)."""
    return {k: settings.pop(k) for k in EXTRA_SETTINGS if k in settings}


def view_options(
    config: QarnotConfig, current: CallOptions, changes: Mapping[str, Any]
) -> tuple[QarnotConfig, CallOptions]:
    """The configuration and call options of a ``with_options`` view (``None`` values change nothing)."""
    import httpx

    checked = config.replace(**{k: v for k, v in changes.items() if v is not None})
    options = dataclasses.replace(
        current,
        timeout=httpx.Timeout(checked.timeout, connect=checked.connect_timeout),
        max_retries=checked.max_retries,
        backoff=checked.backoff,
    )
    return checked, options


def user_agent(config: QarnotConfig) -> str:
    import httpx

    agent = f"qarnot-facade-python/{VERSION} httpx/{httpx.__version__}"
    if config.user_agent:
        agent += " " + config.user_agent
    return agent


def tls_verify(config: QarnotConfig) -> Any:
    """``verify=`` for httpx's transports: False when unsafe, the custom CA when given, else True.

    For a plain ``http://`` API URL (a sandbox, a local proxy) it is a verifying context that trusts no
    certificate: the client then never speaks TLS to the API (it follows no redirects, and a proxy's
    own TLS uses the proxy's context), so loading the CA bundle, about 17 ms of every construction,
    would buy nothing; should a TLS connection ever be attempted, it fails rather than trusts.
    """
    import ssl

    if config.unsafe:
        return False
    if config.custom_certificate is not None:
        return ssl.create_default_context(cafile=config.custom_certificate)
    if config.api_url[:7].lower() == "http://":
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # check_hostname and CERT_REQUIRED are its defaults
    return True  # httpx's default trust store (certifi, or SSL_CERT_FILE / SSL_CERT_DIR when set)


def import_httpx() -> None:
    """Import httpx, the first time, without its command-line module.

    ``import httpx`` also imports ``httpx._main`` (the ``httpx`` command: click, rich and pygments)
    whenever those happen to be installed, as the ``cli`` extra installs them: about 35 ms of the first
    client construction, for a command the library never runs. That module is marked absent while
    httpx loads, which httpx expects (its ``httpx.main`` then says that the command needs its extra);
    the mark is removed at once, so a later ``import httpx._main`` works as usual.
    """
    import sys

    if "httpx" in sys.modules:
        return
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    try:
        import httpx  # noqa: F401
    finally:
        if "httpx._main" in sys.modules and sys.modules["httpx._main"] is None:
            del sys.modules["httpx._main"]


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


# --------------------------------------------------------------------------------------------------
# input checks (raised before anything is sent)
# --------------------------------------------------------------------------------------------------


def known_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(QarnotConfig)}
    unknown = sorted(set(settings) - names)
    if unknown:
        raise ConfigurationError(
            f"Client(): unknown keyword(s) {', '.join(unknown)}; settings are the QarnotConfig fields "
            f"({', '.join(sorted(names))}) plus transport, sleep, clock, random"
        )
    return dict(settings)


MAX_ID_LENGTH = 1024
MAX_DEPTH = 32


def check_id(value: Any, name: str) -> str:
    """A non-empty identifier (uuid or shortname) given as ``str`` (or ``uuid.UUID``): at most
    :data:`MAX_ID_LENGTH` characters, no control characters (it becomes part of a URL)."""
    if isinstance(value, _uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidInputError(f"{name} must not be empty")
    if len(value) > MAX_ID_LENGTH:
        raise InvalidInputError(f"{name} must be at most {MAX_ID_LENGTH} characters, got {len(value)}")
    if value != value.strip():
        raise InvalidInputError(f"{name} must not start or end with spaces: {value!r}")
    if any(ord(c) < 32 or ord(c) == 127 for c in value) or not _utf8(value):
        raise InvalidInputError(f"{name} must not contain control characters or lone surrogates: {value!r}")
    return value


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_json(value: Any, what: str, depth: int = 0) -> None:
    """Raise :class:`InvalidInputError` naming the field (``what``, a JSON path) unless ``value`` is
    what JSON carries: ``None``, ``bool``, ``int``, finite ``float``, UTF-8 ``str``, lists/tuples and
    dicts with string keys, nested at most :data:`MAX_DEPTH` levels."""
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, str):
        if not _utf8(value):
            raise InvalidInputError(f"{what} holds a lone surrogate, which UTF-8 cannot encode")
        return
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise InvalidInputError(f"{what} is {value}, which JSON cannot carry")
        return
    if depth >= MAX_DEPTH:
        raise InvalidInputError(f"{what} is nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            check_json(item, f"{what}[{i}]", depth + 1)
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidInputError(
                    f"{what} has a key {key!r} of type {type(key).__name__}: keys are strings"
                )
            check_json(item, f"{what}.{key}", depth + 1)
        return
    raise InvalidInputError(
        f"{what} is a {type(value).__name__} ({value!r:.60}), which JSON cannot carry: give a string, a "
        "number, a boolean, a list or a dict"
    )


def encoded(model: P, what: str) -> P:
    """``model`` once its JSON form is known to encode: every request body passes here before it is
    sent, so bad input is an :class:`InvalidInputError` naming the field, and nothing is sent."""
    try:
        data = model.to_dict()
    except RecursionError:
        raise InvalidInputError(f"{what} is nested too deeply") from None
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise InvalidInputError(
            f"{what}: a field of {type(model).__name__} holds a value of the wrong kind "
            f"({type(exc).__name__}: {exc}); give the whole payload as a dict, or build nested values "
            "with their model classes"
        ) from None
    check_json(data, what)
    return model


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
    instead of ``instanceCount``) is refused. Nested values may take their natural Python forms (a
    mapping for ``labels`` or ``constants``, ``(key, value)`` pairs, dicts for nested objects: see
    :mod:`qarnot_facade._payloads`).
    """
    from qarnot_facade._payloads import natural_forms

    value = natural_forms(value, cls, what)
    if isinstance(value, cls):
        return encoded(value, what)
    if isinstance(value, Mapping):
        from_dict: Callable[[Mapping[str, Any]], P] = cls.from_dict  # type: ignore[attr-defined]
        odd = [key for key in value if not isinstance(key, str)]
        if odd:
            raise InvalidInputError(f"{what}: field names are strings, got {odd[0]!r}")
        try:
            model = from_dict(dict(value))
        except RecursionError:
            raise InvalidInputError(f"{what} is nested too deeply") from None
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
        return encoded(model, what)
    raise InvalidInputError(f"{what} must be a {cls.__name__} or a dict, got {type(value).__name__}")


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


def batch_payloads(payloads: Any, cls: type[P], method: str) -> list[P]:
    """The checked bodies of a batch submission (``create_tasks``, ``create_jobs``): a non-empty list of
    ``cls`` models or dicts, each a valid named payload."""
    if isinstance(payloads, Mapping | cls):
        single = method.removesuffix("s")
        raise InvalidInputError(f"{method}() takes a list of payloads; use {single}() for one")
    bodies = [coerce(p, cls, f"payloads[{i}]") for i, p in enumerate(payloads)]
    if not bodies:
        raise InvalidInputError(f"{method}() needs at least one payload")
    for i, body in enumerate(bodies):
        check_named_payload(body.to_dict(), f"payloads[{i}]")
    return bodies


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
    size = encoded(model, "request").to_dict().get("maximumResults")
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
            if (
                isinstance(select, str | bytes | Mapping)
                or not isinstance(select, Iterable)
                or not all(isinstance(f, str) and f for f in select)
            ):
                raise InvalidInputError("select must be a list of field paths such as ['Uuid', 'State']")
            model.select = FieldSelection(fields=list(select))
        if maximum_results is not None:
            model.maximum_results = check_int(maximum_results, "maximum_results", minimum=1)
    size = encoded(model, "request").to_dict().get("maximumResults")
    if size is not None:
        check_int(size, "maximum_results", minimum=1)
    return model


def check_instance(value: Any) -> int:
    """An instance id (integer >= 0)."""
    return check_int(value, "instance_id", minimum=0)


def check_tags(tags: Iterable[str] | None) -> list[str] | None:
    """A list of non-empty tags (``None`` for no tag filter)."""
    if tags is None:
        return None
    if isinstance(tags, str):
        raise InvalidInputError("tags must be a list of strings, not a single string")
    if isinstance(tags, bytes | Mapping) or not isinstance(tags, Iterable):
        raise InvalidInputError(f"tags must be a list of strings, got {type(tags).__name__}")
    items = list(tags)
    for tag in items:
        if not isinstance(tag, str) or not tag or not _utf8(tag):
            raise InvalidInputError(f"tags must be non-empty strings, got {tag!r}")
    return items


def _check_overrides(data: Mapping[str, Any], what: str) -> None:
    if "instanceCount" in data and data["instanceCount"] is not None:
        check_int(data["instanceCount"], f"{what}: instanceCount", minimum=1)
    if "name" in data and (not isinstance(data["name"], str) or not data["name"].strip()):
        raise InvalidInputError(f"{what}: name must be a non-empty string when given")


def task_overrides(value: Any, what: str) -> UpdateTaskPayload:
    """An ``UpdateTaskPayload`` (update, retry, recover, resume, clone); ``None`` gives ``{}``."""
    from qarnot_api.models import UpdateTaskPayload

    if value is None:
        return UpdateTaskPayload()  # sent as {} (the API refuses an empty body)
    model = coerce(value, UpdateTaskPayload, what)
    _check_overrides(model.to_dict(), what)
    return model


def pool_overrides(value: Any, what: str) -> UpdatePoolPayload:
    """An ``UpdatePoolPayload`` (update, clone); ``None`` gives ``{}``."""
    from qarnot_api.models import UpdatePoolPayload

    if value is None:
        return UpdatePoolPayload()
    model = coerce(value, UpdatePoolPayload, what)
    _check_overrides(model.to_dict(), what)
    return model


def scaling_payload(value: Any) -> ScalingPayload:
    """A ``ScalingPayload`` with at least one policy."""
    from qarnot_api.models import ScalingPayload

    model = coerce(value, ScalingPayload, "scaling")
    policies = model.to_dict().get("policies")
    if not isinstance(policies, list) or not policies:
        raise InvalidInputError("scaling: give at least one scaling policy in 'policies'")
    return model


def secret_value(value: Any) -> SecretValue:
    """A ``SecretValue`` from a string, the model or its dict."""
    from qarnot_api.models import SecretValue

    if isinstance(value, str):
        return encoded(SecretValue(value=value), "value")
    model = coerce(value, SecretValue, "value")
    if not isinstance(model.value, str):
        raise InvalidInputError(f"a secret value must be a string, got {type(model.value).__name__}")
    return model

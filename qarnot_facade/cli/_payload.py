"""Creation payloads: a JSON or YAML file in the API's own field names, with flags on top.

The file holds a ``CreateTaskPayload`` / ``CreatePoolPayload`` / ``CreateJobPayload`` exactly as the API
takes it (camelCase: ``instanceCount``, ``resourceBuckets``...). Flags override it: ``--name``,
``--profile``, ``--instances``, ``--shortname``, ``--pool``, ``--job``, ``--result`` replace the field;
``--tag`` and ``--resources`` replace the list; ``--constant K=V`` sets one constant (others from the
file stay). The facade validates the result (unknown fields, types, required fields) before sending;
its error is printed with the file's name.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from qarnot_facade.cli._common import complete_ids
from qarnot_facade.errors import InvalidInputError

F = TypeVar("F", bound=Callable[..., Any])

# flag name -> (API field, help); which flags a kind takes is chosen in payload_options()
_FLAGS: dict[str, tuple[str, str]] = {
    "name": ("name", "Name (overrides the file)."),
    "shortname": ("shortname", "Short name, unique per account (overrides the file)."),
    "profile": ("profile", "Profile, such as docker-batch (overrides the file)."),
    "instances": ("instanceCount", "Number of instances (overrides the file; tasks default to 1)."),
    "pool": ("poolUuid", "Run in this pool (uuid; overrides the file)."),
    "job": ("jobUuid", "Attach to this job (uuid; overrides the file)."),
    "result": ("resultBucket", "Bucket receiving the results (overrides the file)."),
}


# flags whose values the shell completes from the API
_COMPLETED = {"profile": "profile", "pool": "pool", "job": "job", "result": "bucket"}


def _parse_constant(
    _ctx: click.Context, _param: click.Parameter, values: Sequence[str]
) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {value!r}", param_hint="--constant")
        pairs.append((key.strip(), text))
    return pairs


def constant_option(*, required: bool = False) -> Callable[[F], F]:
    """``--constant KEY=VALUE`` (repeatable), given to the command as a list of (key, value)."""
    return click.option(
        "--constant",
        "constants",
        multiple=True,
        required=required,
        metavar="KEY=VALUE",
        callback=_parse_constant,
        help="Constant (repeatable; sets KEY, keeps the other constants).",
    )


def payload_options(
    *flags: str, constants: bool = True, tags: bool = True, resources: bool = False
) -> Callable[[F], F]:
    """The ``FILE`` argument and the overriding flags of a create command (``flags`` from ``_FLAGS``)."""

    def decorate(func: F) -> F:
        if resources:
            func = click.option(
                "--resources",
                "resources",
                multiple=True,
                metavar="BUCKET",
                help="Resource bucket (repeatable; replaces the file's resourceBuckets).",
            )(func)
        if tags:
            func = click.option(
                "--tag",
                "tags",
                multiple=True,
                metavar="TAG",
                help="Tag (repeatable; replaces the file's tags).",
            )(func)
        if constants:
            func = constant_option()(func)
        for flag in reversed(flags):
            kind: Any = click.IntRange(min=1) if flag == "instances" else str
            completion = complete_ids(_COMPLETED[flag]) if flag in _COMPLETED else None
            func = click.option(
                f"--{flag}", flag, type=kind, default=None, help=_FLAGS[flag][1], shell_complete=completion
            )(func)
        return click.argument("file", required=False, metavar="[FILE]")(func)

    return decorate


def load_file(path: str) -> Any:
    """The data of a JSON or YAML file (``-`` reads stdin); errors are one-line ``InvalidInputError``."""
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InvalidInputError(f"{path}: not a UTF-8 text file") from None
    if path.lower().endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidInputError(
                f"{path}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
            ) from None
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InvalidInputError(f"{path}: not valid YAML or JSON: {problem}{where}") from None


def build_payloads(
    what: str, file: str | None, options: Mapping[str, Any], *, one_instance: bool = False
) -> list[dict[str, Any]]:
    """The payload(s) of ``file`` (an object, or a list of objects) with the flags in ``options`` applied.

    ``one_instance``: a payload with neither ``instanceCount`` nor ``advancedRanges`` gets one instance.
    """
    data: Any = {} if file is None else load_file(file)
    if data is None:
        data = {}
    items = data if isinstance(data, list) else [data]
    payloads = []
    for index, item in enumerate(items):
        where = file if not isinstance(data, list) else f"{file}[{index}]"
        if not isinstance(item, dict):
            raise InvalidInputError(
                f"{where}: expected an object with the API's {what} fields (such as name, profile, "
                f"instanceCount), got {type(item).__name__}"
            )
        payload = apply_flags(dict(item), options)
        if one_instance and "instanceCount" not in payload and "advancedRanges" not in payload:
            payload["instanceCount"] = 1
        payloads.append(payload)
    if not payloads:
        raise InvalidInputError(f"{file}: the list holds no {what}")
    return payloads


def apply_flags(payload: dict[str, Any], options: Mapping[str, Any]) -> dict[str, Any]:
    for flag, (api_field, _help) in _FLAGS.items():
        value = options.get(flag)
        if value is not None:
            payload[api_field] = value
    if options.get("tags"):
        payload["tags"] = list(options["tags"])
    if options.get("resources"):
        payload["resourceBuckets"] = list(options["resources"])
    pairs: list[tuple[str, str]] = list(options.get("constants") or ())
    if pairs:
        existing = payload.get("constants")
        constants = list(existing) if isinstance(existing, list) else []
        for key, value in pairs:
            constants = [c for c in constants if not (isinstance(c, dict) and c.get("key") == key)]
            constants.append({"key": key, "value": value})
        payload["constants"] = constants
    return payload


def constants_command(
    what: str, methods: Callable[[], tuple[Callable[[str], Any], Callable[[str, Any], None]]]
) -> click.Command:
    """``qarnot task|pool update-constant ID --constant K=V...``: read the object, PUT its constants back
    with the new values (``methods()`` gives the facade's get and update methods for ``what``)."""

    @click.command("update-constant")
    @click.argument("object_id", metavar=what.upper(), shell_complete=complete_ids(what))
    @constant_option(required=True)
    def command(object_id: str, constants: list[tuple[str, str]]) -> None:
        get, update = methods()
        current = get(object_id).constants
        plain = [{"key": c.key, "value": c.value} for c in current] if isinstance(current, list) else []
        update(object_id, apply_flags({"constants": plain}, {"constants": constants}))
        click.echo(f"updated constants of {what} {object_id}", err=True)

    command.help = f"""Change constants of a {what} (the others are kept), with PUT /{what}s/{{id}}.

    \b
    Example:
      qarnot {what} update-constant my-{what} --constant QUALITY=high
    """
    return command


@contextmanager
def naming(file: str | None) -> Iterator[None]:
    """Prefix the facade's validation errors with the file they came from."""
    try:
        yield
    except InvalidInputError as exc:
        if file is None:
            raise
        raise InvalidInputError(f"{file}: {exc.message}") from None

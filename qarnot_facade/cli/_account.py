"""The account and local verbs: account, profiles, hw-constraints, secrets, all, config, version,
sandbox, completion."""

from __future__ import annotations

import dataclasses
from typing import Any

import click

from qarnot_facade.cli._common import (
    JOBS,
    NAMES,
    POOLS,
    TASKS,
    CommandFailed,
    ExitCode,
    View,
    client,
    complete_ids,
    done,
    emit_data,
    emit_list,
    emit_one,
    output_options,
    print_table,
    state,
    to_plain,
)
from qarnot_facade.errors import NotFoundError

# ---------------------------------------------------------------------------------------------- account

_USAGE_ROWS = (
    ("tasks", "taskCount", "maxTask"),
    ("running tasks", "runningTaskCount", "maxRunningTask"),
    ("jobs", "jobCount", "maxJob"),
    ("pools", "poolCount", "maxPool"),
    ("running pools", "runningPoolCount", "maxRunningPool"),
    ("running instances", "runningInstanceCount", "maxInstances"),
    ("running cores", "runningCoreCount", "maxCores"),
    ("buckets", "bucketCount", "maxBucket"),
    ("storage bytes", "usedQuotaBytesBucket", "quotaBytesBucket"),
)


@click.command("account")
@output_options
def account() -> None:
    """The account: e-mail, what is used against each quota, computing quotas and credits.

    \b
    Example:
      qarnot account --output json | jq .user.runningCoreCount
    """
    facade = client()
    user = to_plain(facade.get_user_info())
    quotas = to_plain(facade.get_user_computing_quotas())
    try:
        credits: Any = to_plain(facade.get_account_credits())
    except NotFoundError:
        credits = None
    st = state()
    if st.quiet:
        click.echo(user.get("email") or "")
        return
    if st.output != "table":
        emit_data({"user": user, "computingQuotas": quotas, "credits": credits})
        return
    click.echo(f"account: {user.get('email')}")
    print_table(
        ["", "USED", "LIMIT"],
        [[label, str(user.get(used, "")), str(user.get(limit, ""))] for label, used, limit in _USAGE_ROWS],
    )
    for title, data in (("computing quotas", quotas), ("credits", credits)):
        if data:
            click.echo(f"{title}:")
            emit_one(data)


# ---------------------------------------------------------------------------------------------- profiles


@click.group("profiles")
def profiles_group() -> None:
    """The profiles (task and pool templates) the account may use.

    \b
    Example:
      qarnot profiles info docker-batch
    """


@profiles_group.command("list")
@output_options
def profiles_list() -> None:
    """List the profile names.

    \b
    Example:
      qarnot profiles list -q
    """
    emit_list([{"name": name} for name in client().list_profiles()], NAMES)


@profiles_group.command("info")
@click.argument("profile", shell_complete=complete_ids("profile"))
@output_options
def profiles_info(profile: str) -> None:
    """Show a profile: its constants, licenses...

    \b
    Example:
      qarnot profiles info docker-batch --output yaml
    """
    emit_one(client().get_profile_details(profile))


# ---------------------------------------------------------------------------------------------- hardware

HARDWARE = View((("TYPE", "discriminator"), ("DETAILS", "_details")), "discriminator")


@click.group("hw-constraints")
def hw_group() -> None:
    """Hardware constraints tasks and pools can ask for.

    \b
    Example:
      qarnot hw-constraints list --output json
    """


@hw_group.command("list")
@click.option("--cpu-model", default=None, help="Only CPU-model constraints matching this text.")
@output_options
def hw_list(cpu_model: str | None) -> None:
    """List the hardware constraints (or those of a CPU model).

    \b
    Example:
      qarnot hw-constraints list --cpu-model xeon
    """
    facade = client()
    found: list[Any] = (
        list(facade.search_cpu_model_constraints(cpu_model))
        if cpu_model is not None
        else list(facade.iter_hardware_constraints())
    )
    if state().output == "table" and not state().quiet:
        rows = []
        for item in found:
            data = to_plain(item)
            details = {k: v for k, v in data.items() if k != "discriminator"}
            rows.append({"discriminator": data.get("discriminator"), "_details": details})
        emit_list(rows, HARDWARE)
    else:
        emit_list(found, HARDWARE)


# ---------------------------------------------------------------------------------------------- secrets


@click.group("secrets")
def secrets_group() -> None:
    """The secrets manager (values tasks can read).

    \b
    Example:
      printf %s "$PASSWORD" | qarnot secrets create db/password -
    """


def _value(value: str) -> str:
    """VALUE, or stdin for ``-`` (without the one line break a file or ``echo`` ends with)."""
    if value != "-":
        return value
    import sys

    text = sys.stdin.read()
    return text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text


@secrets_group.command("get")
@click.argument("key")
@output_options
def secrets_get(key: str) -> None:
    """Print a secret's value.

    \b
    Example:
      qarnot secrets get db/password
    """
    secret = client().get_secret(key)
    if state().output != "table":
        emit_data(to_plain(secret))
    else:
        click.echo(secret.value)


@secrets_group.command("create")
@click.argument("key")
@click.argument("value")
def secrets_create(key: str, value: str) -> None:
    """Create a secret (VALUE - reads it from stdin, keeping it out of the shell history).

    \b
    Example:
      qarnot secrets create db/password - < password.txt
    """
    client().create_secret(key, _value(value))
    done(f"created secret {key}")


@secrets_group.command("update")
@click.argument("key")
@click.argument("value")
def secrets_update(key: str, value: str) -> None:
    """Change a secret's value (- reads it from stdin).

    \b
    Example:
      qarnot secrets update db/password -
    """
    client().update_secret(key, _value(value))
    done(f"updated secret {key}")


@secrets_group.command("delete")
@click.argument("keys", nargs=-1, required=True, metavar="KEY...")
def secrets_delete(keys: tuple[str, ...]) -> None:
    """Delete secrets.

    \b
    Example:
      qarnot secrets delete db/password
    """
    facade = client()
    for key in keys:
        facade.delete_secret(key)
        done(f"deleted secret {key}")


@secrets_group.command("list")
@click.argument("prefix", default="")
@output_options
def secrets_list(prefix: str) -> None:
    """List the secret keys (below PREFIX).

    \b
    Example:
      qarnot secrets list db/
    """
    keys = client().search_secrets(prefix).keys
    emit_list([{"name": key} for key in (keys if isinstance(keys, list) else [])], NAMES)


# ---------------------------------------------------------------------------------------------- all


@click.command("all")
@click.option("--abort", "action", flag_value="abort", help="Abort every task, terminate jobs, close pools.")
@click.option("--delete", "action", flag_value="delete", help="Delete every task, job and pool.")
@click.option("--yes", is_flag=True, help="Confirm --abort or --delete.")
@output_options
def all_objects(action: str | None, yes: bool) -> None:
    """List every task, pool and job; or abort or delete them all (with --yes).

    \b
    Example:
      qarnot all --output json | jq '.tasks | length'
      qarnot all --delete --yes
    """
    facade = client()
    tasks, pools, jobs = list(facade.iter_tasks()), list(facade.iter_pools()), list(facade.iter_jobs())
    if action is None:
        st = state()
        if st.output != "table" and not st.quiet:
            emit_data({"tasks": to_plain(tasks), "pools": to_plain(pools), "jobs": to_plain(jobs)})
            return
        for title, items, view in (("tasks", tasks, TASKS), ("pools", pools, POOLS), ("jobs", jobs, JOBS)):
            if not st.quiet:
                click.echo(f"{title}:")
            emit_list(items, view)
        return
    if not yes:
        raise CommandFailed(
            ExitCode.USAGE,
            f"error: --{action} changes {len(tasks)} task(s), {len(pools)} pool(s), {len(jobs)} job(s): "
            "add --yes",
        )
    steps: list[tuple[str, list[Any], Any]] = (
        [
            ("aborted task", tasks, facade.abort_task),
            ("terminating job", jobs, facade.terminate_job),
            ("closing pool", pools, facade.close_pool),
        ]
        if action == "abort"
        else [
            ("deleted task", tasks, facade.delete_task),
            ("deleted job", jobs, facade.delete_job),
            ("deleted pool", pools, facade.delete_pool),
        ]
    )
    from qarnot_facade.errors import ConflictError, ForbiddenError

    for label, items, call in steps:
        for item in items:
            try:
                call(str(item.uuid))
            except (ConflictError, ForbiddenError) as exc:  # already finished: nothing to abort
                done(f"skipped {item.uuid}: {exc.message}")
                continue
            done(f"{label} {item.uuid}")


# ---------------------------------------------------------------------------------------------- config


@click.group("config")
def config_group() -> None:
    """The settings qarnot uses (options, QARNOT_* variables, INI file).

    \b
    Example:
      qarnot config show
    """


def _mask(token: str) -> str:
    return f"****{token[-4:]}" if len(token) >= 12 else "****"


@config_group.command("show")
@output_options
def config_show() -> None:
    """Print the effective settings and where each comes from; the token is masked.

    \b
    Example:
      QARNOT_CLUSTER_URL=http://127.0.0.1:8080 qarnot config show --output json
    """
    import os

    from qarnot_facade.config import ENV_VARS, QarnotConfig

    st = state()
    config = st.config()
    path = st.config_path()
    defaults = {f.name: f.default for f in dataclasses.fields(QarnotConfig)}
    env_of = {name: var for var, name in ENV_VARS.items()}
    rows = []
    for f in dataclasses.fields(config):
        value = getattr(config, f.name)
        var = env_of.get(f.name)
        if f.name in st.overrides:
            source = "option"
        elif var is not None and os.environ.get(var, "").strip():
            source = f"env {var}"
        elif path is not None and value != defaults[f.name]:
            source = f"file {path}"
        else:
            source = "default"
        shown = _mask(value) if f.name == "api_key" else value
        rows.append({"name": f.name, "value": shown, "source": source})
    if st.output != "table" and not st.quiet:
        emit_data({"configFile": str(path) if path else None, "settings": rows})
        return
    emit_list(rows, View((("SETTING", "name"), ("VALUE", "value"), ("FROM", "source")), "name"))


@config_group.command("path")
def config_path() -> None:
    """Print the INI file qarnot reads (nothing when none is found).

    \b
    Example:
      qarnot config path
    """
    path = state().config_path()
    if path is not None:
        click.echo(str(path))


_INI_KEYS = {
    "api_url": ("cluster", "url"),
    "storage_url": ("storage", "url"),
    "email": ("client", "email"),
    "token": ("client", "token"),
}


@config_group.command("set")
@click.option("--api-url", default=None, help="[cluster] url.")
@click.option("--storage-url", default=None, help="[storage] url.")
@click.option("--email", default=None, help="[client] email (the storage access key).")
@click.option(
    "--token-stdin", is_flag=True, help="Read [client] token from stdin (keeps it out of ps and history)."
)
def config_set(api_url: str | None, storage_url: str | None, email: str | None, token_stdin: bool) -> None:
    """Write settings into the INI file (--config FILE, else the default path), mode 0600.

    The file keeps the official SDK's format, so Connection(fileconf=...) reads it too; the
    values are checked the way the facade checks them before the file is written.

    \b
    Example:
      qarnot config set --api-url https://api.qarnot.com --token-stdin <<< "$QARNOT_TOKEN"
    """
    import configparser
    import os

    from qarnot_facade.cli._common import default_config_path
    from qarnot_facade.config import QarnotConfig

    values = {"api_url": api_url, "storage_url": storage_url, "email": email}
    if token_stdin:
        values["token"] = _value("-")
    changes = {name: value for name, value in values.items() if value is not None}
    if not changes:
        raise click.UsageError("give at least one of --api-url, --storage-url, --email, --token-stdin")
    # checked like the facade checks them (a placeholder token when none is set here)
    checked: dict[str, Any] = {k: v for k, v in changes.items() if k in ("api_url", "storage_url", "email")}
    QarnotConfig(api_key=changes.get("token") or "x", **checked)
    path = state().config_file or default_config_path()
    parser = configparser.ConfigParser(interpolation=None)
    if path.exists():
        parser.read(path, encoding="utf-8")
    for name, value in changes.items():
        section, key = _INI_KEYS[name]
        if not parser.has_section(section):
            parser.add_section(section)
        parser.set(section, key, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        parser.write(handle)
    os.chmod(path, 0o600)
    done(f"wrote {', '.join(sorted(changes))} to {path}")


# ---------------------------------------------------------------------------------------------- version


@click.command("version")
@click.option("--api", is_flag=True, help="Also ask the API for its versions.")
@output_options
def version(api: bool) -> None:
    """Print the version of qarnot (and with --api, the API's).

    \b
    Example:
      qarnot version --api
    """
    from qarnot_facade import __version__

    data: dict[str, Any] = {"qarnot-facade": __version__}
    if api:
        data["api"] = to_plain(client().get_versions())
    if state().output == "table" and not state().quiet:
        click.echo(f"qarnot-facade {__version__}")
        for item in data.get("api", []):
            click.echo(" ".join(f"{k}={v}" for k, v in item.items()))
    elif state().quiet:
        click.echo(__version__)
    else:
        emit_data(data)


# ---------------------------------------------------------------------------------------------- sandbox


@click.command("sandbox", context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="API port (default: a free one).")
@click.option("--storage-port", type=click.IntRange(0, 65535), default=0, help="S3 port (default: free).")
@click.option("--token", default=None, help="Token clients must send (default: random).")
@click.option("--email", default=None, help="Account e-mail, also the S3 access key.")
@click.argument("command", nargs=-1, type=click.UNPROCESSED, metavar="[-- COMMAND...]")
def sandbox(
    port: int, storage_port: int, token: str | None, email: str | None, command: tuple[str, ...]
) -> None:
    """Run a local Qarnot platform in the foreground until Ctrl-C, or around one COMMAND.

    Without COMMAND it prints the export lines that point qarnot (and any SDK) at it. With
    COMMAND it runs it with those QARNOT_* variables set, stops the sandbox and exits with its
    code. Tasks run their DOCKER_CMD with /bin/sh on this machine. Needs the testing extra.

    \b
    Example:
      qarnot sandbox --port 8080    # then, in another shell, paste the export lines
      qarnot sandbox -- qarnot task run --name hi --profile docker-batch --constant DOCKER_CMD='echo hi'
    """
    try:
        from qarnot_facade.testing import Sandbox
        from qarnot_facade.testing.__main__ import main as sandbox_main
        from qarnot_facade.testing.sandbox import DEFAULT_EMAIL
    except ImportError as exc:
        raise CommandFailed(
            ExitCode.CONFIGURATION,
            f"error: qarnot sandbox needs the testing extra (pip install 'qarnot-facade[testing]'): {exc}",
        ) from None
    if not command:
        argv = ["--port", str(port), "--storage-port", str(storage_port)]
        argv += ["--token", token] if token else []
        argv += ["--email", email] if email else []
        if sandbox_main(argv):
            raise CommandFailed(ExitCode.ERROR)
        return
    import os
    import subprocess

    with Sandbox(port=port, storage_port=storage_port, api_key=token, email=email or DEFAULT_EMAIL) as local:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QARNOT_")}
        env.update(
            QARNOT_CLUSTER_URL=local.api_url,
            QARNOT_STORAGE_URL=local.storage_url,
            QARNOT_CLIENT_TOKEN=local.api_key,
            QARNOT_ACCOUNT_EMAIL=local.email,
        )
        try:
            code = subprocess.call(list(command), env=env)
        except OSError as exc:
            raise CommandFailed(ExitCode.ERROR, f"error: cannot run {command[0]}: {exc.strerror}") from None
    if code:
        raise CommandFailed(code if code > 0 else ExitCode.ERROR)  # a signal: negative


# ---------------------------------------------------------------------------------------------- completion


@click.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script for bash, zsh or fish.

    \b
    Example:
      qarnot completion bash > ~/.local/share/bash-completion/completions/qarnot
      qarnot completion zsh > "${fpath[1]}/_qarnot"
      qarnot completion fish > ~/.config/fish/completions/qarnot.fish
    """
    from click.shell_completion import get_completion_class

    from qarnot_facade.cli._app import cli

    cls = get_completion_class(shell)
    assert cls is not None
    click.echo(cls(cli, {}, "qarnot", "_QARNOT_COMPLETE").source())


COMMANDS = [
    account,
    profiles_group,
    hw_group,
    secrets_group,
    all_objects,
    config_group,
    version,
    sandbox,
    completion,
]

"""The root ``qarnot`` command: global options, the verbs, and errors turned into exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from qarnot_facade import errors
from qarnot_facade.cli._common import (
    CONFIG_FILE_ENV,
    EXIT_CODE_HELP,
    OUTPUT_CHOICES,
    CommandFailed,
    ExitCode,
    State,
    default_config_path,
    describe_error,
    exit_code_for,
    one_line,
)


def _epilog() -> str:
    codes = "\n".join(f"  {int(code):>3}  {text}" for code, text in EXIT_CODE_HELP.items())
    return f"""\b
Configuration, first found wins: the options above, then QARNOT_CLIENT_TOKEN,
QARNOT_CLUSTER_URL, QARNOT_STORAGE_URL, QARNOT_ACCOUNT_EMAIL, QARNOT_CLUSTER_TIMEOUT,
QARNOT_CLUSTER_UNSAFE, QARNOT_STORAGE_UNSAFE, then the official SDK's INI file
(--config FILE, ${CONFIG_FILE_ENV}, or {default_config_path()} when it exists).
'qarnot config show' prints the effective settings.

\b
Exit codes:
{codes}

\b
Examples:
  qarnot task run job.yaml --constant DOCKER_CMD='echo hello'
  qarnot task list --output json | jq -r '.[].uuid'
  qarnot task wait --tag nightly --timeout 3600 && echo all good
  qarnot bucket sync-to inputs ./scene --prefix shot-1
  eval "$(_QARNOT_COMPLETE=bash_source qarnot)"   # or: qarnot completion bash
"""


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=_epilog(),
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar=CONFIG_FILE_ENV,
    default=None,
    help=f"The official SDK's INI file ([cluster] url, [client] token, [storage] url). "
    f"Default: {default_config_path()} when it exists.",
)
@click.option("--api-url", default=None, help="API URL (instead of QARNOT_CLUSTER_URL / the file).")
@click.option("--storage-url", default=None, help="Storage URL (instead of QARNOT_STORAGE_URL / the file).")
@click.option("--email", default=None, help="Account e-mail, the storage access key.")
@click.option(
    "--timeout", "request_timeout", type=float, default=None, help="Timeout of one HTTP request, s."
)
@click.option("--max-retries", type=click.IntRange(min=0), default=None, help="Retries of a failed request.")
@click.option(
    "-o", "--output", type=click.Choice(OUTPUT_CHOICES), default="table", help="Output format of every verb."
)
@click.option("-q", "--quiet", is_flag=True, default=False, help="Print only ids.")
@click.version_option(package_name="qarnot-facade", prog_name="qarnot", message="%(prog)s %(version)s")
@click.pass_context
def cli(
    ctx: click.Context,
    config_file: Path | None,
    api_url: str | None,
    storage_url: str | None,
    email: str | None,
    request_timeout: float | None,
    max_retries: int | None,
    output: str,
    quiet: bool,
) -> None:
    """Qarnot Computing from the command line: tasks, pools, jobs, buckets, secrets.

    Results go to stdout (a table, JSON or YAML of the API objects, or ids with -q);
    messages and progress go to stderr. Every verb has --help with an example.

    \b
    Example:
      qarnot task run --name hello --profile docker-batch --constant DOCKER_CMD='echo hi'
    """
    overrides: dict[str, Any] = {}
    for name, value in (
        ("api_url", api_url),
        ("storage_url", storage_url),
        ("email", email),
        ("timeout", request_timeout),
        ("max_retries", max_retries),
    ):
        if value is not None:
            overrides[name] = value
    ctx.obj = State(config_file=config_file, overrides=overrides, output=output, quiet=quiet)


def _register() -> None:
    from qarnot_facade.cli import _account, _buckets, _pools_jobs, _tasks

    for module in (_tasks, _pools_jobs, _buckets, _account):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def run(argv: list[str]) -> int:
    """Run the command line; every error ends as one line on stderr and an exit code."""
    try:
        result = cli.main(args=argv, prog_name="qarnot", standalone_mode=False)
    except CommandFailed as exc:
        if exc.message:
            click.echo(f"qarnot: {one_line(exc.message)}", err=True)
        return int(exc.code)
    except errors.QarnotError as exc:
        click.echo(f"qarnot: error: {describe_error(exc)}", err=True)
        return int(exit_code_for(exc))
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("qarnot: interrupted", err=True)
        return int(ExitCode.INTERRUPTED)
    except click.exceptions.NoArgsIsHelpError as exc:  # `qarnot`, `qarnot task`: the help, on stderr
        click.echo(exc.ctx.get_help(), err=True)
        return int(ExitCode.USAGE)
    except click.ClickException as exc:
        hint = ""
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            hint = f" (see '{ctx.command_path} --help')"
        click.echo(f"qarnot: error: {one_line(exc.format_message())}{hint}", err=True)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("qarnot: interrupted", err=True)
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # `qarnot task list | head`: the reader left; say nothing more
        _silence_stdout()
        return int(ExitCode.OK)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    return int(result) if isinstance(result, int) else int(ExitCode.OK)


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

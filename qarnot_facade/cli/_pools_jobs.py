"""``qarnot pool ...`` and ``qarnot job ...``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

from qarnot_facade.cli._common import (
    JOBS,
    POOLS,
    TASKS,
    CommandFailed,
    ExitCode,
    client,
    complete_ids,
    done,
    emit_id,
    emit_list,
    emit_many,
    emit_one,
    limit_option,
    output_options,
    to_plain,
)
from qarnot_facade.cli._payload import (
    build_payloads,
    constants_command,
    load_file,
    naming,
    payload_options,
)
from qarnot_facade.errors import InvalidInputError, WaitTimeoutError


def _each(ids: Sequence[str], action: str, call: Callable[[str], Any]) -> None:
    for oid in ids:
        call(oid)
        done(f"{action} {oid}")


def _create_one(what: str, file: str | None, options: dict[str, Any], create: Callable[[Any], Any]) -> None:
    payloads = build_payloads(what, file, options)
    if len(payloads) != 1:
        raise InvalidInputError(f"{file}: give one {what} per file")
    with naming(file):
        emit_id(str(create(payloads[0]).uuid), what)


# ---------------------------------------------------------------------------------------------- pools


@click.group("pool")
def pool_group() -> None:
    """Create and manage pools (machines kept running for many tasks).

    \b
    Example:
      qarnot pool create pool.yaml --instances 4 && qarnot pool list
    """


@pool_group.command("create")
@payload_options("name", "shortname", "profile", "instances", resources=True)
@output_options
def pool_create(file: str | None, **options: Any) -> None:
    """Create a pool from FILE, in the API's CreatePoolPayload fields; flags override it.

    \b
    Example:
      qarnot pool create --name farm --profile docker-batch --instances 2
    """
    _create_one("pool", file, options, client().create_pool)


@pool_group.command("list")
@limit_option
@output_options
def pool_list() -> None:
    """List pools.

    \b
    Example:
      qarnot pool list --output yaml
    """
    emit_list(client().iter_pools(), POOLS)


@pool_group.command("info")
@click.argument("pool_ids", nargs=-1, required=True, metavar="POOL...", shell_complete=complete_ids("pool"))
@output_options
def pool_info(pool_ids: tuple[str, ...]) -> None:
    """Show pools with every field the API gives.

    \b
    Example:
      qarnot pool info my-pool --output json | jq .state
    """
    facade = client()
    emit_many([facade.get_pool_information(pid) for pid in pool_ids], POOLS)


@pool_group.command("wait")
@click.argument("pool_id", metavar="POOL", shell_complete=complete_ids("pool"))
@click.option("--until", type=click.Choice(["running", "closed"]), default="running", show_default=True)
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=None, help="Give up after N seconds (exit 4)."
)
@output_options
def pool_wait(pool_id: str, until: str, timeout: float | None) -> None:
    """Wait until a pool runs (or has closed); exit 3 when it ended in Failure.

    \b
    Example:
      qarnot pool wait my-pool --until running --timeout 600
    """
    try:
        pool = client().wait_for_pool(pool_id, until=until, timeout=timeout, poll_interval=0.5)  # type: ignore[arg-type]
    except WaitTimeoutError:
        raise CommandFailed(
            ExitCode.TIMEOUT, f"timeout: pool {pool_id} not {until} after {timeout} s"
        ) from None
    emit_one(pool, POOLS)
    state = str(getattr(pool.state, "value", pool.state))
    if state.lower() == "failure":
        raise CommandFailed(ExitCode.TASK_FAILED, f"pool {pool_id} ended in Failure")


@pool_group.command("close")
@click.argument("pool_ids", nargs=-1, required=True, metavar="POOL...", shell_complete=complete_ids("pool"))
def pool_close(pool_ids: tuple[str, ...]) -> None:
    """Close pools: they finish their tasks, then stop.

    \b
    Example:
      qarnot pool close my-pool
    """
    _each(pool_ids, "closing pool", client().close_pool)


@pool_group.command("delete")
@click.argument("pool_ids", nargs=-1, required=True, metavar="POOL...", shell_complete=complete_ids("pool"))
def pool_delete(pool_ids: tuple[str, ...]) -> None:
    """Delete pools.

    \b
    Example:
      qarnot pool list -q | xargs qarnot pool delete
    """
    _each(pool_ids, "deleted pool", client().delete_pool)


@pool_group.command("update-resources")
@click.argument("pool_ids", nargs=-1, required=True, metavar="POOL...", shell_complete=complete_ids("pool"))
def pool_update_resources(pool_ids: tuple[str, ...]) -> None:
    """Make running pools download their resource buckets again.

    \b
    Example:
      qarnot pool update-resources my-pool
    """
    _each(pool_ids, "resources updated for pool", client().update_pool_resources)


pool_group.add_command(
    constants_command("pool", lambda: (client().get_pool_information, client().update_pool))
)


_ELASTIC = {
    "min_slots": "minTotalSlots",
    "max_slots": "maxTotalSlots",
    "min_idle_slots": "minIdleSlots",
    "resize_period": "resizePeriod",
    "resize_factor": "rampResizeFactor",
    "min_idle_time": "minIdleTimeSeconds",
}


@pool_group.command("set-elastic-settings")
@click.argument("pool_id", metavar="POOL", shell_complete=complete_ids("pool"))
@click.option("--elastic/--not-elastic", "is_elastic", default=None, help="Turn elasticity on or off.")
@click.option("--min-slots", type=click.IntRange(min=0), default=None, help="Smallest number of slots.")
@click.option("--max-slots", type=click.IntRange(min=0), default=None, help="Largest number of slots.")
@click.option("--min-idle-slots", type=click.IntRange(min=0), default=None, help="Idle slots to keep.")
@click.option("--resize-period", type=click.IntRange(min=1), default=None, help="Seconds between resizes.")
@click.option("--resize-factor", type=click.FloatRange(min=0), default=None, help="Ramp resize factor.")
@click.option(
    "--min-idle-time", type=click.IntRange(min=0), default=None, help="Seconds idle before release."
)
def pool_set_elastic(pool_id: str, is_elastic: bool | None, **values: Any) -> None:
    """Change a pool's elastic settings (the ones not given are kept).

    \b
    Example:
      qarnot pool set-elastic-settings my-pool --elastic --min-slots 0 --max-slots 10
    """
    facade = client()
    pool = facade.get_pool_information(pool_id)
    elastic = to_plain(pool.elastic_property) if pool.elastic_property else {}
    elastic = dict(elastic) if isinstance(elastic, dict) else {}
    if is_elastic is not None:
        elastic["isElastic"] = is_elastic
    for option, api_field in _ELASTIC.items():
        if values.get(option) is not None:
            elastic[api_field] = values[option]
    facade.update_pool(pool_id, {"elasticProperty": elastic})
    done(f"updated elastic settings of pool {pool_id}")


@pool_group.command("set-scaling")
@click.argument("pool_id", metavar="POOL", shell_complete=complete_ids("pool"))
@click.argument("file", metavar="FILE")
def pool_set_scaling(pool_id: str, file: str) -> None:
    """Replace a pool's scaling policies with FILE (the API's ScalingPayload: {policies: [...]}).

    \b
    Example:
      qarnot pool set-scaling my-pool scaling.yaml
    """
    data = load_file(file)
    with naming(file):
        client().update_pool_scaling(pool_id, data)
    done(f"updated scaling of pool {pool_id}")


@pool_group.command("carbon-facts")
@click.argument("pool_id", metavar="POOL", shell_complete=complete_ids("pool"))
@click.option("--datacenter", default=None, help="Datacenter to compare with.")
@output_options
def pool_carbon_facts(pool_id: str, datacenter: str | None) -> None:
    """The carbon footprint of a pool, compared with a datacenter.

    \b
    Example:
      qarnot pool carbon-facts 1b5c4c4e-0000-4000-8000-000000000000
    """
    emit_one(client().get_pool_carbon_facts(pool_id, comparison_datacenter=datacenter))


# ---------------------------------------------------------------------------------------------- jobs


@click.group("job")
def job_group() -> None:
    """Create and manage jobs (groups of tasks, optionally with dependencies).

    \b
    Example:
      qarnot job create --name nightly --pool my-pool
    """


@job_group.command("create")
@payload_options("name", "shortname", "pool", constants=False)
@output_options
def job_create(file: str | None, **options: Any) -> None:
    """Create a job from FILE, in the API's CreateJobPayload fields; flags override it.

    \b
    Example:
      qarnot job create job.yaml --name nightly --tag nightly
    """
    _create_one("job", file, options, client().create_job)


@job_group.command("list")
@limit_option
@output_options
def job_list() -> None:
    """List jobs.

    \b
    Example:
      qarnot job list -q
    """
    emit_list(client().iter_jobs(), JOBS)


@job_group.command("info")
@click.argument("job_ids", nargs=-1, required=True, metavar="JOB...", shell_complete=complete_ids("job"))
@output_options
def job_info(job_ids: tuple[str, ...]) -> None:
    """Show jobs with every field the API gives.

    \b
    Example:
      qarnot job info nightly --output json
    """
    facade = client()
    emit_many([facade.get_job_info(jid) for jid in job_ids], JOBS)


@job_group.command("tasks")
@click.argument("job_id", metavar="JOB", shell_complete=complete_ids("job"))
@output_options
def job_tasks(job_id: str) -> None:
    """List the tasks of a job.

    \b
    Example:
      qarnot job tasks nightly -q | xargs qarnot task wait
    """
    emit_list(client().list_job_tasks(job_id), TASKS)


@job_group.command("terminate")
@click.argument("job_ids", nargs=-1, required=True, metavar="JOB...", shell_complete=complete_ids("job"))
def job_terminate(job_ids: tuple[str, ...]) -> None:
    """Terminate jobs (alias: abort): their tasks are cancelled and the job completes.

    \b
    Example:
      qarnot job terminate nightly
    """
    _each(job_ids, "terminating job", client().terminate_job)


job_group.add_command(job_terminate, "abort")  # the name qarnot-cli uses


@job_group.command("delete")
@click.argument("job_ids", nargs=-1, required=True, metavar="JOB...", shell_complete=complete_ids("job"))
@click.option("--force", is_flag=True, help="Also when tasks are still running.")
def job_delete(job_ids: tuple[str, ...], force: bool) -> None:
    """Delete jobs.

    \b
    Example:
      qarnot job delete nightly --force
    """
    facade = client()
    _each(job_ids, "deleted job", lambda jid: facade.delete_job(jid, force=force or None))


COMMANDS = [pool_group, job_group]

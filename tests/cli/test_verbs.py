"""Every other verb of ``qarnot`` run as a subprocess against the sandbox: pools, jobs, buckets, secrets,
hardware, profiles, account, all, config, version, completion, sandbox, help and errors."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import click
import pytest

from qarnot_facade.cli._app import cli
from qarnot_facade.cli._common import EXIT_CODE_HELP, ExitCode


def test_pool_lifecycle(qarnot, tmp_path: Path):
    (tmp_path / "pool.yaml").write_text("name: farm\nprofile: docker-batch\ninstanceCount: 1\ntags: [f]\n")
    pool = qarnot.ok(
        "pool", "create", str(tmp_path / "pool.yaml"), "--name", "farm-2", "--constant", "A=1"
    ).stdout
    pool = pool.strip()
    running = qarnot.ok("pool", "wait", pool, "-o", "json").json()
    assert running["state"] == "FullyExecuting" and running["name"] == "farm-2"
    assert qarnot.ok("pool", "list", "-q").stdout.split() == [pool]
    with qarnot.sandbox.client() as client:
        assert (
            qarnot.ok("pool", "info", pool, "-o", "json").json()["uuid"]
            == client.get_pool_information(pool).uuid
        )
        qarnot.ok("pool", "update-constant", pool, "--constant", "B=2")
        assert {c.key: c.value for c in client.get_pool_information(pool).constants} == {"A": "1", "B": "2"}
        qarnot.ok("pool", "set-elastic-settings", pool, "--max-slots", "3", "--min-slots", "0")
        elastic = client.get_pool_information(pool).elastic_property
        assert (elastic.max_total_slots, elastic.min_total_slots) == (3, 0)
        (tmp_path / "scaling.json").write_text(
            '{"policies": [{"type": "Fixed", "name": "all", "slotsCount": 1,'
            ' "enabledPeriods": [{"type": "Always", "name": "a"}]}]}'
        )
        qarnot.ok("pool", "set-scaling", pool, str(tmp_path / "scaling.json"))
        qarnot.ok("pool", "update-resources", pool)
        task = qarnot.ok(
            "task", "run", "--name", "in-pool", "--pool", pool, "--constant", "DOCKER_CMD=echo pooled", "-q"
        ).stdout.strip()
        assert client.get_task_information(task).pool_uuid == pool
        facts = qarnot.ok("pool", "carbon-facts", pool, "-o", "json").json()
        assert facts.keys() == client.get_pool_carbon_facts(pool).to_dict().keys()  # grows while it runs
    qarnot.ok("pool", "close", pool)
    assert qarnot.ok("pool", "wait", pool, "--until", "closed", "-o", "json").json()["state"] == "Closed"
    qarnot.ok("pool", "delete", pool)
    assert "404" in qarnot.fails(ExitCode.NOT_FOUND, "pool", "info", pool)


def test_job_lifecycle(qarnot):
    job = qarnot.ok("job", "create", "--name", "nightly", "--tag", "n").stdout.strip()
    assert qarnot.ok("job", "info", job, "-o", "json").json()["name"] == "nightly"
    assert qarnot.ok("job", "list", "-q").stdout.split() == [job]
    task = qarnot.ok(
        "task",
        "run",
        "--name",
        "in-job",
        "--profile",
        "docker-batch",
        "--job",
        job,
        "--constant",
        "DOCKER_CMD=true",
        "-q",
    )
    assert qarnot.ok("job", "tasks", job, "-q").stdout.split() == [task.stdout.strip()]
    qarnot.ok("job", "terminate", job)
    other = qarnot.ok("job", "create", "--name", "other").stdout.strip()
    qarnot.ok("job", "abort", other)
    qarnot.ok("job", "delete", job, other, "--force")
    assert qarnot.ok("job", "list", "-q").stdout == ""


def test_bucket_sync_to_then_sync_from_round_trips_a_folder(qarnot, tmp_path: Path):
    source = tmp_path / "scene"
    (source / "textures").mkdir(parents=True)
    (source / "scene.blend").write_bytes(b"a scene")
    (source / "textures" / "oak.png").write_bytes(os.urandom(70_000))
    (source / "autosave.tmp").write_bytes(b"scratch")
    qarnot.ok("bucket", "create", "inputs")
    assert qarnot.ok("bucket", "list", "-q").stdout.split() == ["inputs"]
    first = qarnot.ok("bucket", "sync-to", "inputs", str(source), "--prefix", "shot-1", "--exclude", "*.tmp")
    assert first.stdout.startswith("upload 2,")
    again = qarnot.ok("bucket", "sync-to", "inputs", str(source), "--prefix", "shot-1", "--exclude", "*.tmp")
    assert again.stdout.startswith("upload 0,") and "skip 2 unchanged" in again.stdout
    keys = qarnot.ok("bucket", "list", "inputs", "-q").stdout.split()
    assert keys == ["shot-1/scene.blend", "shot-1/textures/oak.png"]
    listed = qarnot.ok("bucket", "list", "inputs", "-o", "json").json()
    assert [(o["key"], o["size"]) for o in listed] == [
        ("shot-1/scene.blend", 7),
        ("shot-1/textures/oak.png", 70_000),
    ]
    back = tmp_path / "back"
    report = qarnot.ok("bucket", "sync-from", "inputs", str(back), "--prefix", "shot-1", "-o", "json").json()
    assert report["direction"] == "download" and len(report["downloaded"]) == 2
    (source / "autosave.tmp").unlink()
    assert sorted(p.relative_to(back) for p in back.rglob("*") if p.is_file()) == sorted(
        p.relative_to(source) for p in source.rglob("*") if p.is_file()
    )
    for path in source.rglob("*"):
        if path.is_file():
            assert (back / path.relative_to(source)).read_bytes() == path.read_bytes()
    # single objects and folders in and out
    qarnot.ok(
        "bucket", "put", "inputs", str(source / "scene.blend"), str(source / "textures"), "--prefix", "x"
    )
    assert "x/scene.blend" in qarnot.ok("bucket", "list", "inputs", "--prefix", "x/", "-q").stdout.split()
    assert "x/textures/oak.png" in qarnot.ok("bucket", "list", "inputs", "-q").stdout.split()
    qarnot.ok("bucket", "get", "inputs", "x/scene.blend", str(tmp_path / "copy.blend"))
    assert (tmp_path / "copy.blend").read_bytes() == b"a scene"
    qarnot.ok("bucket", "get", "inputs", "x/textures/", str(tmp_path / "tex"))
    assert (tmp_path / "tex" / "oak.png").read_bytes() == (source / "textures" / "oak.png").read_bytes()
    qarnot.ok("bucket", "delete", "inputs", "x/scene.blend")
    assert "x/scene.blend" not in qarnot.ok("bucket", "list", "inputs", "-q").stdout.split()
    assert "--force" in qarnot.fails(ExitCode.CONFLICT, "bucket", "delete", "inputs")  # not empty
    qarnot.ok("bucket", "delete", "inputs", "--force")
    assert "inputs" in qarnot.fails(ExitCode.NOT_FOUND, "bucket", "list", "inputs")


def test_secrets(qarnot):
    qarnot.ok("secrets", "create", "db/password", "s3cret")
    qarnot.ok("secrets", "update", "db/password", "-", input="from-stdin\n")
    assert qarnot.ok("secrets", "get", "db/password").stdout == "from-stdin\n"
    assert qarnot.ok("secrets", "get", "db/password", "-o", "json").json() == {"value": "from-stdin"}
    assert qarnot.ok("secrets", "list", "db/", "-q").stdout.split() == ["password"]
    qarnot.ok("secrets", "delete", "db/password")
    qarnot.fails(ExitCode.NOT_FOUND, "secrets", "get", "db/password")


def test_hardware_profiles_account_version_and_all(qarnot):
    with qarnot.sandbox.client() as client:
        hardware = [h.to_dict() for h in client.iter_hardware_constraints()]
        assert qarnot.ok("hw-constraints", "list", "-o", "json").json() == hardware
        assert len(qarnot.ok("hw-constraints", "list").stdout.splitlines()) == len(hardware) + 1
        assert qarnot.ok("profiles", "list", "-q").stdout.split() == client.list_profiles()
        details = qarnot.ok("profiles", "info", "docker-batch", "-o", "json").json()
        assert details == client.get_profile_details("docker-batch").to_dict()
        account = qarnot.ok("account", "-o", "json").json()
        assert account["user"] == client.get_user_info().to_dict()
        assert account["computingQuotas"] == client.get_user_computing_quotas().to_dict()
        versions = qarnot.ok("version", "--api", "-o", "json").json()
        assert versions["api"] == [v.to_dict() for v in client.get_versions()]
    table = qarnot.ok("account").stdout
    assert qarnot.sandbox.email in table and "running cores" in table
    assert "profile" in qarnot.fails(ExitCode.NOT_FOUND, "profiles", "info", "no-such-profile").lower()
    task = qarnot.ok(
        "task", "run", "--name", "t", "--profile", "docker-batch", "--constant", "DOCKER_CMD=true", "-q"
    ).stdout.strip()
    job = qarnot.ok("job", "create", "--name", "j").stdout.strip()
    everything = qarnot.ok("all", "-o", "json").json()
    assert (
        [t["uuid"] for t in everything["tasks"]],
        everything["pools"],
        [j["uuid"] for j in everything["jobs"]],
    ) == (
        [task],
        [],
        [job],
    )
    assert "--yes" in qarnot.fails(ExitCode.USAGE, "all", "--delete")
    aborted = qarnot.ok("all", "--abort", "--yes")
    assert f"terminating job {job}" in aborted.stderr and f"skipped {task}" in aborted.stderr  # already ended
    qarnot.ok("all", "--delete", "--yes")
    assert qarnot.ok("all", "-o", "json").json() == {"tasks": [], "pools": [], "jobs": []}


def test_configuration_precedence_and_config_show(qarnot, tmp_path: Path):
    sandbox = qarnot.sandbox
    ini = tmp_path / "qarnot.conf"
    ini.write_text(
        f"[cluster]\nurl = {sandbox.api_url}\n[client]\ntoken = {sandbox.api_key}\n"
        f"[storage]\nurl = {sandbox.storage_url}\n"
    )
    no_env = {"QARNOT_CLUSTER_URL": None, "QARNOT_CLIENT_TOKEN": None, "QARNOT_STORAGE_URL": None}
    # the INI file alone is enough: --config, $QARNOT_CONFIG_FILE, or the default path
    qarnot.ok("--config", str(ini), "task", "list", env=no_env)
    qarnot.ok("task", "list", env={**no_env, "QARNOT_CONFIG_FILE": str(ini)})
    default = qarnot.home / ".config" / "qarnot" / "qarnot.conf"
    default.parent.mkdir(parents=True)
    default.write_text(ini.read_text())
    shown = qarnot.ok("config", "show", "-o", "json", env=no_env).json()
    assert shown["configFile"] == str(default)
    settings = {s["name"]: s for s in shown["settings"]}
    assert settings["api_url"]["value"] == sandbox.api_url
    assert settings["api_url"]["source"] == f"file {default}"
    assert settings["api_key"]["value"] == "****" + sandbox.api_key[-4:]
    assert sandbox.api_key not in qarnot.ok("config", "show", env=no_env).stdout
    assert qarnot.ok("config", "path", env=no_env).stdout.strip() == str(default)
    # the environment wins over the file, and options over both
    shown = qarnot.ok("config", "show", "-o", "json", env={"QARNOT_CLUSTER_URL": "http://127.0.0.1:1"}).json()
    assert {s["name"]: s["source"] for s in shown["settings"]}["api_url"] == "env QARNOT_CLUSTER_URL"
    bad_env = {"QARNOT_CLUSTER_URL": "http://127.0.0.1:1"}
    assert qarnot("task", "list", env=bad_env).code == ExitCode.UNAVAILABLE
    qarnot.ok("--api-url", sandbox.api_url, "task", "list", env=bad_env)
    shown = qarnot.ok("--timeout", "7", "config", "show", "-o", "json").json()
    assert {s["name"]: (s["value"], s["source"]) for s in shown["settings"]}["timeout"] == (7.0, "option")


def test_config_set_writes_the_official_ini_file_that_qarnot_then_reads(qarnot):
    sandbox = qarnot.sandbox
    no_env = {"QARNOT_CLUSTER_URL": None, "QARNOT_CLIENT_TOKEN": None, "QARNOT_STORAGE_URL": None}
    qarnot.ok(
        "config",
        "set",
        "--api-url",
        sandbox.api_url,
        "--token-stdin",
        input=sandbox.api_key + "\n",
        env=no_env,
    )
    qarnot.ok("config", "set", "--storage-url", sandbox.storage_url, env=no_env)
    path = qarnot.home / ".config" / "qarnot" / "qarnot.conf"
    assert path.stat().st_mode & 0o777 == 0o600
    from qarnot_facade import QarnotConfig

    config = QarnotConfig.from_file(path, environ={})
    assert (config.api_url, config.api_key, config.storage_url) == (
        sandbox.api_url,
        sandbox.api_key,
        sandbox.storage_url,
    )
    qarnot.ok("bucket", "create", "via-file", env=no_env)
    assert "not-a-url" in qarnot.fails(ExitCode.CONFIGURATION, "config", "set", "--api-url", "not-a-url")


def test_bad_input_gives_one_line_and_the_documented_code(qarnot, tmp_path: Path):
    line = qarnot.fails(ExitCode.CONFIGURATION, "task", "list", env={"QARNOT_CLIENT_TOKEN": None})
    assert "no API token" in line and "QARNOT_CLIENT_TOKEN" in line
    assert "401" in qarnot.fails(
        ExitCode.AUTHENTICATION, "task", "list", env={"QARNOT_CLIENT_TOKEN": "wrong-token"}
    )
    assert "not-a-url" in qarnot.fails(ExitCode.CONFIGURATION, "--api-url", "not-a-url", "task", "list")
    (tmp_path / "bad.conf").write_text("[cluster]\nbogus = 1\n")
    assert "bogus" in qarnot.fails(
        ExitCode.CONFIGURATION, "--config", str(tmp_path / "bad.conf"), "task", "list"
    )
    assert "No such command" in qarnot.fails(ExitCode.USAGE, "task", "nope")
    assert "--output" in qarnot.fails(ExitCode.USAGE, "task", "list", "-o", "xml")


def test_help_lists_the_exit_codes_and_every_command_has_an_example(qarnot):
    assert qarnot.ok("--version").stdout.split()[-1] == qarnot.ok("version", "-q").stdout.strip()
    top = qarnot.ok("--help").stdout
    for code, text in EXIT_CODE_HELP.items():
        assert f"{int(code):>3}  {text}" in top
    missing = []

    def walk(command: click.Command, path: list[str]) -> None:
        ctx = click.Context(command, info_name=" ".join(path))
        if "Example" not in command.get_help(ctx):
            missing.append(" ".join(path))
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, [*path, name])

    walk(cli, ["qarnot"])
    assert missing == []
    assert "Example:" in qarnot.ok("task", "run", "--help").stdout
    bare = qarnot("task")  # a group without its verb: its help, on stderr
    assert (bare.code, bare.stdout) == (ExitCode.USAGE, "") and "Commands:" in bare.stderr


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion(qarnot, shell: str):
    script = qarnot.ok("completion", shell).stdout
    assert "_QARNOT_COMPLETE" in script
    env = {"_QARNOT_COMPLETE": f"{shell}_complete", "COMP_WORDS": "qarnot task wa", "COMP_CWORD": "2"}
    if shell == "fish":
        env.update(COMP_WORDS="qarnot task wa", COMP_CWORD="wa")
    if shell == "zsh":
        env.update(COMP_WORDS="qarnot task wa", COMP_CWORD="2")
    assert "wait" in qarnot.ok(env=env).stdout


def test_completion_offers_ids_and_profiles_from_the_api(qarnot):
    task = qarnot.ok("task", "create", "--name", "to-complete", "--profile", "docker-batch").stdout.strip()
    qarnot.ok("bucket", "create", "completed-bucket")

    def complete(words: str) -> list[str]:
        cword = str(len(words.split()) - (0 if words.endswith(" ") else 1))
        env = {"_QARNOT_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": cword}
        return [line.split(",", 1)[1] for line in qarnot.ok(env=env).stdout.splitlines()]

    assert complete("qarnot task info ") == [task]
    assert complete(f"qarnot task abort {task[:4]}") == [task]
    assert "docker-batch" in complete("qarnot task run --profile docker")
    assert complete("qarnot bucket list ") == ["completed-bucket"]
    assert complete("qarnot task wait --state Fail") == ["Failure"]
    # a completion never prints an error, even without a token
    env = {"_QARNOT_COMPLETE": "bash_complete", "COMP_WORDS": "qarnot task info ", "COMP_CWORD": "3"}
    broken = qarnot(env={**env, "QARNOT_CLIENT_TOKEN": None})
    assert (broken.code, broken.stdout.strip(), broken.stderr) == (0, "", "")


def test_sandbox_verb_prints_the_environment_that_works(qarnot):
    process = qarnot.popen("sandbox")
    try:
        assert process.stdout is not None
        exports = {}
        for line in process.stdout:
            if line.strip().startswith("export "):
                key, _, value = line.strip()[len("export ") :].partition("=")
                exports[key] = value
            if "QARNOT_ACCOUNT_EMAIL" in exports:
                break
        assert set(exports) >= {"QARNOT_CLUSTER_URL", "QARNOT_CLIENT_TOKEN", "QARNOT_STORAGE_URL"}
        qarnot.ok("bucket", "create", "elsewhere", env=exports)
        assert qarnot.ok("bucket", "list", "-q", env=exports).stdout.split() == ["elsewhere"]
        assert qarnot.ok("bucket", "list", "-q").stdout == ""  # another sandbox, other buckets
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert process.returncode == 0


def test_sandbox_around_a_command_gives_it_the_environment_and_its_exit_code(qarnot):
    exe = str(qarnot.executable)
    result = qarnot.ok("sandbox", "--", "sh", "-c", f"{exe} bucket create mine && {exe} bucket list -q")
    assert result.stdout.split() == ["mine"]
    assert qarnot.ok("bucket", "list", "-q").stdout == ""  # that sandbox is gone; this one has no bucket
    assert qarnot("sandbox", "--", "sh", "-c", "exit 42").code == 42


def test_without_the_cli_extra_qarnot_says_which_extra_to_install(qarnot):
    import subprocess
    import sys

    code = "import sys; sys.modules['click'] = None; from qarnot_facade.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=qarnot.env(), timeout=60
    )
    assert done.returncode == 2
    assert (
        done.stderr.strip()
        == "qarnot needs the 'cli' extra: pip install 'qarnot-facade[cli]' (not installed: click)"
    )

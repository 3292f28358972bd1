"""The wheel a user installs: built from this tree, put in fresh virtual environments, used as a user would.

One environment holds the bare package, another the package with every extra the README's install lines
name; neither sees this repository (each runs in its own folder, with nothing on ``PYTHONPATH``). The
wheels of the dependencies are built once into a local wheelhouse, at the versions this checkout's
environment runs (so they come from the warm pip cache), and every environment installs from that
wheelhouse alone (``--no-index``).
"""

from __future__ import annotations

import email.parser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _run(args: Sequence[str | Path], *, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env = {k: v for k, v in env.items() if not k.startswith("QARNOT_")}
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env
    )


def _pip(*args: str | Path, cwd: Path) -> None:
    done = _run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], cwd=cwd, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def readme_extras() -> list[str]:
    """The extras named by the README's ``pip install 'qarnot-facade[...]'`` lines."""
    named = re.findall(r"^pip install 'qarnot-facade\[([\w,]+)\]'", README, flags=re.M)
    return sorted({extra for group in named for extra in group.split(",")})


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _pip("wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", out, ROOT, cwd=out)
    (built,) = out.glob("qarnot_facade-*.whl")
    return built


@pytest.fixture(scope="module")
def wheelhouse(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    house = tmp_path_factory.mktemp("wheelhouse")
    shutil.copy(wheel, house)
    # the versions this environment runs, so that every wheel comes from the pip cache
    skip = {"qarnot-facade", "qarnot_facade"}
    pins = [
        f"{dist.metadata['Name']}=={dist.version}"
        for dist in metadata.distributions()
        if dist.metadata["Name"] and dist.metadata["Name"] not in skip
    ]
    constraints = house / "constraints.txt"
    constraints.write_text("\n".join(pins) + "\n", encoding="utf-8")
    extras = ",".join(readme_extras())
    _pip("wheel", "--wheel-dir", house, "--constraint", constraints, f"{wheel}[{extras}]", cwd=house)
    constraints.unlink()
    return house


def _venv(where: Path, wheelhouse: Path, requirement: str) -> Path:
    venv.EnvBuilder(with_pip=False, clear=True).create(where)
    python = where / "bin" / "python"
    _pip(
        "--python",
        python,
        "install",
        "--quiet",
        "--no-index",
        "--find-links",
        wheelhouse,
        requirement,
        cwd=where,
    )
    return python


def _requirement(wheelhouse: Path, extras: Sequence[str]) -> str:
    (built,) = wheelhouse.glob("qarnot_facade-*.whl")
    return f"qarnot-facade[{','.join(extras)}] @ {built.as_uri()}" if extras else str(built)


def test_the_wheel_ships_the_license_the_types_and_the_spec(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (meta_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        meta = email.parser.Parser().parsestr(archive.read(meta_name).decode("utf-8"))
        (license_name,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        shipped = archive.read(license_name).decode("utf-8")
    assert shipped == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in shipped and "Version 2.0" in shipped
    assert meta["License-Expression"] == "Apache-2.0"
    assert {"qarnot_facade/py.typed", "qarnot_api/py.typed", "qarnot_facade/testing/openapi.yaml"} <= names
    assert not [n for n in names if n.startswith(("tests/", "examples/", "benchmarks/"))]


def test_the_extras_give_ranges_and_the_dev_extra_pins() -> None:
    extras = PROJECT["optional-dependencies"]
    for extra, requirements in extras.items():
        for requirement in requirements:
            if extra == "dev":
                assert "==" in requirement, f"dev pins exact versions: {requirement!r}"
            else:
                assert "==" not in requirement, f"the {extra} extra must give a range: {requirement!r}"
    assert set(readme_extras()) == set(extras) - {"dev"}, "the README names every extra a user installs"


def test_the_bare_wheel_imports_and_says_which_extra_is_missing(wheelhouse: Path, tmp_path: Path) -> None:
    python = _venv(tmp_path / "bare", wheelhouse, _requirement(wheelhouse, []))
    work = tmp_path / "work"
    work.mkdir()

    done = _run(
        [python, "-c", "import qarnot_facade, qarnot_facade.testing; print(qarnot_facade.__version__)"],
        cwd=work,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == PROJECT["version"]

    done = _run([python, "-c", "from qarnot_facade.testing import Sandbox"], cwd=work)
    assert done.returncode == 1
    assert "ModuleNotFoundError" in done.stderr
    assert "pip install 'qarnot-facade[testing]'" in done.stderr, done.stderr

    done = _run([tmp_path / "bare" / "bin" / "qarnot-sandbox"], cwd=work)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "qarnot-sandbox needs the 'testing' extra: pip install 'qarnot-facade[testing]'" in done.stderr

    buckets = (
        "from qarnot_facade import Client, ConfigurationError\n"
        "client = Client(api_key='t', email='e@example.com', storage_url='http://127.0.0.1:9')\n"
        "try:\n    client.list_buckets()\nexcept ConfigurationError as error:\n    print(error)\n"
    )
    done = _run([python, "-c", buckets], cwd=work)
    assert done.returncode == 0, done.stderr
    assert "pip install 'qarnot-facade[storage]'" in done.stdout


def test_the_wheel_with_the_readme_extras_runs_the_hello_world_and_a_users_tests(
    wheelhouse: Path, tmp_path: Path
) -> None:
    python = _venv(tmp_path / "full", wheelhouse, _requirement(wheelhouse, readme_extras()))
    work = tmp_path / "work"
    work.mkdir()
    for name in ("hello_world.py", "_common.py"):
        shutil.copy(ROOT / "examples" / name, work)

    done = _run([python, "hello_world.py"], cwd=work, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ended in state Success" in done.stdout
    assert "Hello world" in done.stdout
    assert "hello.txt" in done.stdout

    done = _run([tmp_path / "full" / "bin" / "qarnot", "--help"], cwd=work)
    assert done.returncode == 0, done.stderr
    assert "Usage" in done.stdout

    (user_test,) = [b for b in re.findall(r"```python\n(.*?)```", README, re.S) if "def test_" in b]
    (work / "test_pipeline.py").write_text(user_test, encoding="utf-8")
    done = _run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_pipeline.py"], cwd=work, timeout=180
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^1 passed", done.stdout, re.M), done.stdout

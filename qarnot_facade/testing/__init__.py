"""A local Qarnot platform for tests, examples and offline development.

``Sandbox()`` starts, on ``127.0.0.1`` and free ports, a stateful in-memory server implementing every
operation of ``openapi/qarnot.yaml`` (Starlette served by uvicorn in a background thread) and moto's S3
server; it stops both on exit::

    from qarnot_facade.testing import Sandbox

    with Sandbox() as sandbox:
        sandbox.api_url, sandbox.storage_url, sandbox.api_key, sandbox.email
        client = sandbox.client()          # facade client configured for the sandbox

What tasks do is decided by an executor. A bare ``Sandbox()`` uses :class:`LocalExecutor`: each instance
really runs the task's ``DOCKER_CMD`` constant with ``/bin/sh -c`` in a scratch folder holding its resource
files, with the constants (and ``INSTANCE_ID``) as environment variables and a per-instance time limit;
its output becomes the task's stdout/stderr and the files it writes land in the result bucket. Tests that
must not run anything plug in :class:`ScriptedExecutor` and choose outcomes, output and result files.

States move on their own within milliseconds by default; ``Sandbox(auto_advance=False)`` hands the clock
to the test (``sandbox.advance()``, ``sandbox.run_until_idle()``). Faults (429 with ``Retry-After``,
502/503, dropped connections, slow answers) are off until configured through ``sandbox.faults``.

The pytest plugin (entry point ``qarnot_sandbox``) provides the ``qarnot_sandbox`` and
``qarnot_sandbox_factory`` fixtures; ``python -m qarnot_facade.testing`` runs a sandbox in the foreground.
Importing this package is cheap: the server's dependencies (the ``testing`` extra) load on first use, and
without that extra the first use raises ``ModuleNotFoundError`` saying
``pip install 'qarnot-facade[testing]'``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .executors import (
        Executor,
        InstanceResult,
        InstanceRun,
        LocalExecutor,
        ScriptedExecutor,
        ScriptedOutcome,
    )
    from .faults import FaultInjection
    from .sandbox import Sandbox

__all__ = [
    "Executor",
    "FaultInjection",
    "InstanceResult",
    "InstanceRun",
    "LocalExecutor",
    "Sandbox",
    "ScriptedExecutor",
    "ScriptedOutcome",
]

_LOCATIONS = {
    "Sandbox": ".sandbox",
    "FaultInjection": ".faults",
    "Executor": ".executors",
    "InstanceResult": ".executors",
    "InstanceRun": ".executors",
    "LocalExecutor": ".executors",
    "ScriptedExecutor": ".executors",
    "ScriptedOutcome": ".executors",
}


#: the top-level modules the ``testing`` extra installs (importing this package needs none of them)
_EXTRA_MODULES = ("starlette", "uvicorn", "moto", "flask_cors", "jsonschema", "referencing", "yaml", "minio")


def require_testing_extra(what: str = "qarnot_facade.testing") -> None:
    """Raise ``ModuleNotFoundError`` saying which extra to install when the sandbox cannot run here."""
    import importlib.util

    missing = [name for name in _EXTRA_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise ModuleNotFoundError(
            f"{what} needs the 'testing' extra: pip install 'qarnot-facade[testing]' "
            f"(not installed: {', '.join(missing)})",
            name=missing[0],
        )


def __getattr__(name: str) -> Any:
    module_name = _LOCATIONS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    require_testing_extra()
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

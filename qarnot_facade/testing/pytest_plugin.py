"""pytest plugin (entry point ``qarnot_sandbox``): fixtures giving tests a local Qarnot platform.

* ``qarnot_sandbox``: a started :class:`~qarnot_facade.testing.Sandbox` in automatic mode with the
  default :class:`~qarnot_facade.testing.LocalExecutor`. One server per test session is reused; before each
  test it is reset (no tasks, pools, jobs, secrets or buckets; faults off; default executor).
* ``qarnot_sandbox_factory``: a callable taking :class:`~qarnot_facade.testing.Sandbox` keyword arguments
  (``auto_advance=False``, ``executor=ScriptedExecutor(...)``, ``faults=...``) and returning a fresh
  started sandbox, stopped at the end of the test.

This module imports nothing heavy: uvicorn, Starlette and moto load when a fixture is first used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .sandbox import Sandbox


@pytest.fixture(scope="session")
def _qarnot_sandbox_session() -> Iterator[Sandbox]:
    from . import Sandbox  # says which extra to install when it is missing

    sandbox = Sandbox(check_answers=True)  # every answer of the test session is checked against the spec
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture
def qarnot_sandbox(_qarnot_sandbox_session: Sandbox) -> Sandbox:
    """A running sandbox with nothing in it (shared by the session, reset before each test)."""
    from .executors import LocalExecutor

    sandbox = _qarnot_sandbox_session
    sandbox.reset()
    sandbox.executor = LocalExecutor()
    return sandbox


@pytest.fixture
def qarnot_sandbox_factory() -> Iterator[Callable[..., Sandbox]]:
    """Build sandboxes with custom options; each is started now and stopped after the test."""
    from . import Sandbox  # says which extra to install when it is missing

    created: list[Sandbox] = []

    def factory(**kwargs: Any) -> Sandbox:
        kwargs.setdefault("check_answers", True)
        sandbox = Sandbox(**kwargs)
        sandbox.start()
        created.append(sandbox)
        return sandbox

    try:
        yield factory
    finally:
        for sandbox in reversed(created):
            sandbox.stop()

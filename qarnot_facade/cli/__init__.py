"""``qarnot``: the command line on the facade (installed with ``pip install 'qarnot-facade[cli]'``).

Every command is a thin layer over :class:`qarnot_facade.Client`: it reads its arguments, calls the
facade, and prints the answer as a table, JSON, YAML or ids. Errors are the facade's typed errors, each
printed on one line with its own exit code (``qarnot --help`` lists them).

Modules: ``_app`` (the root command, global options, error handling), ``_common`` (settings, output,
exit codes), ``_payload`` (creation files and flags), ``_tasks``, ``_pools_jobs``, ``_buckets``,
``_account`` (the verbs).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


#: the top-level modules the ``cli`` extra installs (minio, for the bucket verbs, is checked by the facade)
_EXTRA_MODULES = ("click", "rich", "yaml")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``qarnot`` with ``argv`` (default: ``sys.argv[1:]``); returns the exit code.

    Without the ``cli`` extra it says which one to install (exit code 2) instead of a traceback.
    """
    import importlib.util
    import sys

    missing = [name for name in _EXTRA_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        print(
            "qarnot needs the 'cli' extra: pip install 'qarnot-facade[cli]' "
            f"(not installed: {', '.join(missing)})",
            file=sys.stderr,
        )
        code = 2
    else:
        from qarnot_facade.cli._app import run

        code = run(list(sys.argv[1:] if argv is None else argv))
    if argv is None:
        sys.exit(code)
    return code

"""Derive the sync client code from its async source, or check that what is committed is fresh.

    python scripts/unasync.py           # rewrite qarnot_facade/_sync/ and qarnot_facade/_async_buckets.py
    python scripts/unasync.py --check   # fail (exit 1, with a diff) when either differs from a fresh run

Two derivations, both mechanical:

* ``qarnot_facade/_async/*.py`` -> ``qarnot_facade/_sync/*.py``: token rewriting in the style of
  httpcore's ``scripts/unasync.py`` (``async def`` -> ``def``, ``await x`` -> ``x``, ``AsyncFoo`` ->
  ``Foo``, ``asyncio_detailed`` -> ``sync_detailed``, ``aclose`` -> ``close``...; see ``SUBS``). Every
  rule must be used at least once, so a rule that no longer matches anything is noticed.
* ``qarnot_facade/storage/_mixin.py`` (the sync ``BucketMethods``) -> ``qarnot_facade/_async_buckets.py``:
  one ``async def`` per public bucket method, same signature and docstring, running the sync method in
  a worker thread (iterators become async iterators).

The output is then passed through ``ruff check --fix`` (import order, imports left unused) and
``ruff format``, so the derived files are formatted like the rest. Each starts with a header naming
its source and this command. Run with the project's virtualenv (``make unasync``).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASYNC_DIR = ROOT / "qarnot_facade" / "_async"
SYNC_DIR = ROOT / "qarnot_facade" / "_sync"
MIXIN = ROOT / "qarnot_facade" / "storage" / "_mixin.py"
ASYNC_BUCKETS = ROOT / "qarnot_facade" / "_async_buckets.py"
COMMAND = "make unasync"

# (pattern, replacement), applied in order to every line of the async source
SUBS: list[tuple[str, str]] = [
    (
        r"from qarnot_facade\._async_buckets import AsyncBucketMethods",
        "from qarnot_facade.storage import BucketMethods",
    ),
    (r"\bqarnot_facade\._async\b", "qarnot_facade._sync"),
    (r"\bAsyncByteStream\b", "SyncByteStream"),
    (r"\bset_async_httpx_client\b", "set_httpx_client"),
    (r"\binner_async_transport\b", "inner_transport"),
    (r"\basyncio_detailed\b", "sync_detailed"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\bAsync([A-Z][A-Za-z0-9_]*)", r"\1"),
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\basleep\b", "sleep"),
    # Awaitable[X] -> X (X with up to two levels of brackets inside)
    (r"\bAwaitable\[((?:[^\[\]]|\[(?:[^\[\]]|\[[^\[\]]*\])*\])*)\]", r"\1"),
]
COMPILED = [(re.compile(pattern), repl) for pattern, repl in SUBS]


def header(source: Path) -> str:
    rel = source.relative_to(ROOT).as_posix()
    return f"# DERIVED FILE: do not edit. `{COMMAND}` made it from\n# {rel}: change that file instead.\n"


def unasync_text(text: str, used: set[int]) -> str:
    out = []
    for line in text.splitlines(keepends=True):
        for index, (regex, repl) in enumerate(COMPILED):
            new = regex.sub(repl, line)
            if new != line:
                used.add(index)
                line = new
        out.append(line)
    return "".join(out)


# ------------------------------------------------------------------------------ bucket methods


def _module_of_names(tree: ast.Module, package: str, module: str) -> dict[str, str]:
    """Where each name used at the top of ``module`` comes from (for the derived file's imports)."""
    origin: dict[str, str] = {}

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base]) if base else ".".join(parts)
                for alias in node.names:
                    origin[alias.asname or alias.name] = base
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    origin[alias.asname or alias.name.split(".")[0]] = ""
            elif isinstance(node, ast.If):
                visit(node.body)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        origin[target.id] = module

    visit(tree.body)
    return origin


def threaded_buckets() -> str:
    """``qarnot_facade/_async_buckets.py``: async twins of the public ``BucketMethods`` methods."""
    source = MIXIN.read_text(encoding="utf-8")
    tree = ast.parse(source)
    origin = _module_of_names(tree, "qarnot_facade.storage", "qarnot_facade.storage._mixin")
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "BucketMethods")
    methods: list[str] = []
    used: set[str] = set()
    for node in cls.body:
        if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
            continue
        returns = node.returns
        if returns is None:
            raise SystemExit(f"unasync: BucketMethods.{node.name} has no return annotation")
        for sub in ast.walk(node.args):
            if isinstance(sub, ast.Name):
                used.add(sub.id)
        for sub in ast.walk(returns):
            if isinstance(sub, ast.Name):
                used.add(sub.id)
        args = node.args
        call: list[str] = []
        positional = [*args.posonlyargs, *args.args][1:]
        call.extend(a.arg for a in positional)
        if args.vararg is not None:
            call.append("*" + args.vararg.arg)
        call.extend(f"{a.arg}={a.arg}" for a in args.kwonlyargs)
        if args.kwarg is not None:
            call.append("**" + args.kwarg.arg)
        arguments = ", ".join([f"BucketMethods.{node.name}", *call])
        doc = ast.get_docstring(node, clean=False) or ""
        iterator = isinstance(returns, ast.Subscript) and ast.unparse(returns.value) == "Iterator"
        if iterator:
            assert isinstance(returns, ast.Subscript)
            ret = f"AsyncIterator[{ast.unparse(returns.slice)}]"
            note = "Fetched in worker threads as you iterate (input errors come with the first item)."
            body = f"return self._iter_in_thread({arguments})"
            prefix = "def"
        else:
            ret = ast.unparse(returns)
            note = "Runs the sync bucket code in a worker thread; the event loop keeps running."
            body = f"return await self._in_thread({arguments})"
            prefix = "async def"
        doc = doc.rstrip() + f"\n\n        {note}\n        "
        methods.append(
            f'    {prefix} {node.name}({ast.unparse(args)}) -> {ret}:\n        """{doc}"""\n        {body}\n'
        )
    used -= {"self", "None", "str", "int", "bool", "bytes", "float", "list", "dict", "tuple"}
    imports: dict[str, list[str]] = {}
    for name in sorted(used):
        module = origin.get(name)
        if module is None:
            raise SystemExit(f"unasync: cannot tell where {name!r} (used by BucketMethods) comes from")
        imports.setdefault(module, []).append(name)
    lines = [
        header(MIXIN).rstrip("\n"),
        '"""The bucket methods of :class:`~qarnot_facade.AsyncClient`: the sync ones, run in worker threads.',
        "",
        "One ``async def`` per public method of :class:`qarnot_facade.storage.BucketMethods`, with its",
        "signature and docstring; :mod:`qarnot_facade._threads` runs it.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import AsyncIterator",
        "from typing import TYPE_CHECKING",
        "",
        "from qarnot_facade._threads import AsyncBucketHost",
        "from qarnot_facade.storage import BucketMethods",
        "",
        "if TYPE_CHECKING:",
    ]
    for module, names in sorted(imports.items()):
        lines.append(f"    from {module} import {', '.join(names)}")
    lines += [
        "",
        '__all__ = ["AsyncBucketMethods"]',
        "",
        "",
        "class AsyncBucketMethods(AsyncBucketHost):",
        '    """Buckets and objects on the account\'s S3 storage, for the async client."""',
        "",
    ]
    return "\n".join(lines) + "\n" + "\n".join(methods)


# ------------------------------------------------------------------------------------ plumbing


def _ruff() -> str:
    local = Path(sys.executable).parent / "ruff"
    found = str(local) if local.exists() else shutil.which("ruff")
    if found is None:
        raise SystemExit("unasync: ruff not found (run `make install`)")
    return found


def tidy(text: str, path: Path) -> str:
    """``ruff check --fix`` (imports only) then ``ruff format``, as if ``text`` were ``path``."""
    ruff = _ruff()
    name = str(path.relative_to(ROOT))
    fixed = subprocess.run(
        [
            *(ruff, "check", "--fix", "--select", "I,F401", "--quiet", "--exit-zero"),
            # a derived module that does not exist yet is still first-party
            *("--config", "lint.isort.known-first-party = ['qarnot_facade']"),
            *("--stdin-filename", name, "-"),
        ],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return subprocess.run(
        [ruff, "format", "--quiet", "--stdin-filename", name, "-"],
        input=fixed,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout


def derived_files() -> dict[Path, str]:
    """Every derived file and its fresh content."""
    used: set[int] = set()
    out: dict[Path, str] = {}
    for source in sorted(ASYNC_DIR.glob("*.py")):
        target = SYNC_DIR / source.name
        text = header(source) + unasync_text(source.read_text(encoding="utf-8"), used)
        out[target] = tidy(text, target)
    unused = [SUBS[i][0] for i in range(len(SUBS)) if i not in used]
    if unused:
        raise SystemExit(f"unasync: these rules matched nothing (remove them?): {unused}")
    out[ASYNC_BUCKETS] = tidy(threaded_buckets(), ASYNC_BUCKETS)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail when the committed files are not fresh")
    args = parser.parse_args(argv)
    fresh = derived_files()
    stale = sorted(p for p in SYNC_DIR.glob("*.py") if p not in fresh)
    if args.check:
        problems = 0
        for path, text in fresh.items():
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                problems += 1
                rel = path.relative_to(ROOT).as_posix()
                sys.stdout.writelines(
                    difflib.unified_diff(
                        current.splitlines(keepends=True),
                        text.splitlines(keepends=True),
                        f"{rel} (committed)",
                        f"{rel} (derived now)",
                    )
                )
        for path in stale:
            problems += 1
            print(f"{path.relative_to(ROOT)}: no async source for it any more")
        if problems:
            print(
                f"unasync --check: {problems} derived file(s) out of date; run `make unasync`",
                file=sys.stderr,
            )
            return 1
        print(f"unasync --check: {len(fresh)} derived files are up to date")
        return 0
    SYNC_DIR.mkdir(exist_ok=True)
    for path in stale:
        path.unlink()
    for path, text in fresh.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

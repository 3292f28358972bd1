"""Build the HTML reference of the Python API with pdoc, and fail when a public name has no documentation.

    python scripts/api_reference.py --out build/docs/python     # build, then check
    python scripts/api_reference.py --check                     # check only

Public names: every name in the ``__all__`` of the modules users import (``PUBLIC_MODULES``), and the
public methods and properties that the facade's own classes define. Each must carry a docstring (the
generated models carry the spec's descriptions). The package re-exports names lazily, so they are all
loaded first: pdoc documents what the module holds, and would otherwise see an empty variable. The
generated models and enums carry the spec's descriptions (generator-templates/).

Exit status: 0 when everything is documented, 1 when something is not (each name is printed).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import sys
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pdoc
import pdoc.doc
import pdoc.render

PUBLIC_MODULES = (
    "qarnot_facade",
    "qarnot_facade.errors",
    "qarnot_facade.config",
    "qarnot_facade.filters",
    "qarnot_facade.storage",
    "qarnot_facade.testing",
)


def load(module_names: Iterable[str]) -> list[ModuleType]:
    """Import each module and every name its ``__all__`` lists (lazy re-exports included)."""
    modules = []
    for name in module_names:
        module = importlib.import_module(name)
        for public in getattr(module, "__all__", ()):
            getattr(module, public)
        modules.append(module)
    return modules


def _documented(doc: pdoc.doc.Doc[Any]) -> bool:
    return bool(doc.docstring.strip())


def _reexported_docstrings(doc: pdoc.doc.Module) -> None:
    """Give a re-exported plain value (a type alias) the docstring written where it is defined.

    pdoc reads a variable's docstring from the source of the module it documents, so a name that a
    package re-exports from a private module would lose it. The docs are pdoc's cached objects, so the
    HTML rendered next shows the docstring too.
    """
    for member in doc.members.values():
        if not isinstance(member, pdoc.doc.Variable) or _documented(member):
            continue
        value = getattr(doc.obj, member.name, None)
        for name, other in list(sys.modules.items()):
            if other is doc.obj or not name.startswith(doc.modulename.split(".")[0] + "."):
                continue
            if getattr(other, member.name, None) is value and member.name in vars(other):
                origin = pdoc.doc.Module(other).members.get(member.name)
                if origin is not None and _documented(origin):
                    member.docstring = origin.docstring
                    break


def _flatten_private_bases(doc: pdoc.doc.Module, prefix: str) -> None:
    """Show what a public class gets from the package's private base classes as its own members.

    ``Client`` is assembled from mixins in private modules (``_ops_tasks``, ``storage._mixin``...), which
    the reference does not document: pdoc would list their methods as bare links to pages that do not
    exist. Members inherited from outside the package (``Exception``, ``list``) stay "inherited".
    """
    for member in doc.members.values():
        if not isinstance(member, pdoc.doc.Class):
            continue
        ours = [m for m in member.members.values() if m.taken_from[0].startswith(prefix)]
        if len(ours) == len(member.own_members):
            continue
        member.own_members = ours  # pdoc's cached properties: the template reads these
        member.inherited_members = {
            origin: members
            for origin, members in member.inherited_members.items()
            if not origin[0].startswith(prefix)
        }


def documents(module_names: Iterable[str]) -> list[pdoc.doc.Module]:
    """pdoc's (cached) documentation objects of the modules, everything loaded and re-exports filled in."""
    docs = []
    for module in load(module_names):
        doc = pdoc.doc.Module.from_name(module.__name__)
        _reexported_docstrings(doc)
        _flatten_private_bases(doc, module.__name__.split(".")[0])
        docs.append(doc)
    return docs


def undocumented(module_names: Iterable[str]) -> list[str]:
    """The public names (see the module docstring) that have no documentation, as dotted paths."""
    missing: list[str] = []
    for doc in documents(module_names):
        module = doc.obj
        package = module.__name__.split(".")[0]
        exported = set(getattr(module, "__all__", ()))
        for member in doc.members.values():
            if member.name not in exported or member.name.startswith("__"):
                continue
            value = getattr(module, member.name)
            if isinstance(value, ModuleType):
                continue
            where = f"{module.__name__}.{member.name}"
            # an alias of a documented class (Constant = KeyValue) is documented by that class
            alias_doc = isinstance(value, type) and bool((value.__doc__ or "").strip())
            # an object made outside the package (the generated UNSET) cannot carry a docstring of
            # ours: the module exporting it describes it instead
            origin = value.__module__ if isinstance(value, type) else type(value).__module__
            foreign_doc = not origin.startswith(package) and f"``{member.name}``" in (module.__doc__ or "")
            if not (_documented(member) or alias_doc or foreign_doc):
                missing.append(where)
            if isinstance(member, pdoc.doc.Class) and value.__module__.startswith(package + "."):
                fields = (
                    {f.name for f in dataclasses.fields(value)} if dataclasses.is_dataclass(value) else set()
                )
                for sub in member.own_members:
                    if (
                        not isinstance(sub, pdoc.doc.Function)
                        or sub.name.startswith("_")
                        or sub.name in fields
                    ):
                        continue  # a dataclass field is described in the class's Attributes section
                    if not _documented(sub):
                        missing.append(f"{where}.{sub.name}")
    return sorted(set(missing))


def build(module_names: Sequence[str], out: Path) -> None:
    """Render the reference of ``module_names`` into ``out`` (one page per module, a search index)."""
    documents(module_names)
    pdoc.render.configure(docformat="google", show_source=False, search=True)
    with warnings.catch_warnings():
        # a name of __all__ that pdoc cannot resolve would be an empty entry: a broken reference
        warnings.filterwarnings("error", message=r"Found .* in .*__all__, but it does not resolve")
        # an annotation naming a type imported only for type checkers is shown as written: harmless
        warnings.filterwarnings("ignore", message=r"Error parsing type annotation")
        pdoc.pdoc(*module_names, output_directory=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, help="build the HTML reference into this folder")
    parser.add_argument(
        "--check", action="store_true", help="only check that every public name is documented"
    )
    args = parser.parse_args(argv)
    if args.out is None and not args.check:
        parser.error("give --out DIR or --check")
    missing = undocumented(PUBLIC_MODULES)
    if missing:
        print(f"{len(missing)} public name(s) without documentation:", file=sys.stderr)
        for name in missing:
            print(f"  {name}", file=sys.stderr)
        return 1
    if args.out is not None:
        build(PUBLIC_MODULES, args.out)
        print(f"Python API reference: {args.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

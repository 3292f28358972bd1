"""Go port: generate a Go client from the spec, vet and build it, build ports/go against it.

    python scripts/port_go.py                 # generate + vet + build
    python scripts/port_go.py --run URL TOKEN # ... then run the program against a live API (the sandbox)
    python scripts/port_go.py --decode CASES  # ... then decode real bodies (scripts/port_cases.py)

openapi-generator's `go` generator (pinned with the dev extra) writes the module
`github.com/qarnot/qarnot-api-go` (package `qarnot`) into build/ports/go/client; ports/go/go.mod replaces
that module path by the folder, and pins the client's own dependencies in ports/go/go.sum. The script adds
one package of its own beside the generated code, `portdecode` (a table from each component schema name
to a strict decode into its generated model), which the program uses to decode bodies by schema name.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml
from port_common import (
    BUILD,
    REPO_ROOT,
    SPEC,
    PortError,
    fatal_warnings,
    name_mappings,
    port_main,
    require_tool,
    run_generator,
    run_step,
)

OUT = BUILD / "go"
CLIENT = OUT / "client"
PROGRAM = REPO_ROOT / "ports" / "go"
BINARY = OUT / "bin" / "qarnot-port-go"
MODULE = "github.com/qarnot/qarnot-api-go"
COMMAND = [str(BINARY)]
GENERATOR_OPTIONS = (
    "--git-host=github.com",
    "--git-user-id=qarnot",
    "--git-repo-id=qarnot-api-go",
    # enumClassPrefix: without it the members of every enum are package-level constants named after the
    # value alone, and `failure` of SnapshotStatus collides with `Failure` of TaskState (FAILURE twice).
    "--additional-properties=packageName=qarnot,enumClassPrefix=true,generateInterfaces=false",
)
# Offline and reproducible: never fetch a newer toolchain, never edit go.mod/go.sum behind our back.
GO_ENV = {"GOTOOLCHAIN": "local", "GOFLAGS": "-mod=readonly", "CGO_ENABLED": "0"}


def go_type_names(client: Path) -> set[str]:
    names: set[str] = set()
    for source in client.glob("*.go"):
        names.update(re.findall(r"^type (\w+) ", source.read_text(encoding="utf-8"), flags=re.MULTILINE))
    return names


def write_decoders(spec: Path, client: Path) -> int:
    """portdecode/table.go: schema name -> strict decode into the generated model of that name."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    declared = go_type_names(client)
    names = sorted(name for name in document["components"]["schemas"] if name in declared)
    lines = [
        "// Code written by scripts/port_go.py (not by openapi-generator): decode a body by schema name.",
        "package portdecode",
        "",
        "import (",
        '\t"encoding/json"',
        "",
        f'\tqarnot "{MODULE}"',
        ")",
        "",
        "func decodeAs[T any](body []byte) error {",
        "\tvar value T",
        "\treturn json.Unmarshal(body, &value)",
        "}",
        "",
        "// Decoders maps each component schema of the spec to a decode into its generated model.",
        "var Decoders = map[string]func([]byte) error{",
        *[f'\t"{name}": decodeAs[qarnot.{name}],' for name in names],
        "}",
        "",
    ]
    (client / "portdecode").mkdir(exist_ok=True)
    (client / "portdecode" / "table.go").write_text("\n".join(lines), encoding="utf-8")
    return len(names)


def build(spec: Path = SPEC) -> list[str]:
    """Generate, vet and build; returns notes. Raises PortError on any failure."""
    go = require_tool("go", "the Go toolchain")
    mappings = name_mappings(spec, lambda words: "".join(word[:1].upper() + word[1:] for word in words))
    log = run_generator(spec, "go", CLIENT, *GENERATOR_OPTIONS, *mappings)
    problems = fatal_warnings(log)
    if problems:
        raise PortError("openapi-generator (go) warned about the spec:\n  " + "\n  ".join(problems))
    models = write_decoders(spec, CLIENT)
    run_step([go, "vet", "./..."], PROGRAM, "go vet (ports/go)", GO_ENV)
    run_step([go, "vet", f"{MODULE}/..."], PROGRAM, "go vet (generated client)", GO_ENV)
    run_step([go, "build", "-o", str(BINARY), "."], PROGRAM, "go build (ports/go)", GO_ENV)
    return [f"port-go: client in {CLIENT} ({models} models), program {BINARY} built (go vet clean)"]


def main(argv: list[str] | None = None) -> int:
    return port_main("port-go", __doc__, build, BINARY, argv)


if __name__ == "__main__":
    sys.exit(main())

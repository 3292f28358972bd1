"""A render-style workflow: sync a scene folder to a bucket, run one task instance per frame on it, and
fetch the frames it wrote.

python examples/render_with_buckets.py          # on a local sandbox
python examples/render_with_buckets.py --env    # on the real API (creates, then deletes, two buckets)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import connect, parse_args

from qarnot_facade import Constant, CreateTaskPayload
from qarnot_facade.storage import resource_bucket, task_buckets

INPUTS, RESULTS = "examples-render-inputs", "examples-render-results"

# each instance writes out/frame-<n>.txt from line n of the scene and the texture below it
RENDER = (
    'mkdir -p out && sed -n "$((INSTANCE_ID + 1))p" scene.txt > "out/frame-$INSTANCE_ID.txt" '
    '&& cat textures/wood.txt >> "out/frame-$INSTANCE_ID.txt" && echo "rendered frame $INSTANCE_ID"'
)


def make_scene(folder: Path) -> None:
    (folder / "textures").mkdir(parents=True)
    (folder / "scene.txt").write_text("frame zero\nframe one\n")
    (folder / "textures" / "wood.txt").write_text("texture: oak\n")
    (folder / "autosave.tmp").write_text("an editor's scratch file, not for the render farm\n")


def main() -> None:
    args = parse_args(__doc__ or "")
    with connect(args.env) as client, tempfile.TemporaryDirectory() as tmp:
        scene = Path(tmp, "scene")
        make_scene(scene)
        client.create_bucket(INPUTS)
        client.create_bucket(RESULTS)
        try:
            plan = client.sync_to_bucket(INPUTS, scene, "shot-1", exclude="*.tmp", dry_run=True)
            print(f"dry run: {plan.summary()}")
            for action in plan.uploaded:
                print(f"  would upload {action.key} ({action.size} bytes)")
            print(f"sync: {client.sync_to_bucket(INPUTS, scene, 'shot-1', exclude='*.tmp').summary()}")
            print(f"sync again: {client.sync_to_bucket(INPUTS, scene, 'shot-1', exclude='*.tmp').summary()}")

            payload = CreateTaskPayload(
                name="render shot-1",
                profile="docker-batch",
                instance_count=2,
                constants=[Constant(key="DOCKER_CMD", value=RENDER)],
                # the task sees shot-1/scene.txt as scene.txt; its results land under shot-1/
                **task_buckets(
                    resources=[resource_bucket(INPUTS, prefix="shot-1/", strip_prefix="shot-1/")],
                    results=RESULTS,
                    results_prefix="shot-1/",
                ),
            )
            task = client.run_task(payload, timeout=600, poll_interval=1)
            print(f"task {task.uuid} ended in state {task.state}")

            frames = Path(tmp, "frames")
            report = client.download_task_results(task.uuid, frames, include="out")
            print(f"results: {report.summary()}")
            for path in sorted(frames.rglob("*.txt")):
                text = path.read_text().strip().replace("\n", " / ")
                print(f"  {path.relative_to(frames).as_posix()}: {text}")
        finally:
            client.delete_bucket(INPUTS, force=True)
            client.delete_bucket(RESULTS, force=True)


if __name__ == "__main__":
    main()

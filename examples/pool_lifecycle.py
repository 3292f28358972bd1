"""A pool's life: start it, wait until it runs, run a task in it, read the pool's output, close it.

python examples/pool_lifecycle.py          # on a local sandbox
python examples/pool_lifecycle.py --env    # on the real API (starts a 1-node pool: costs credits)
"""

from __future__ import annotations

from _common import connect, parse_args

from qarnot_facade import CreatePoolPayload, CreateTaskPayload, KeyValue


def main() -> None:
    args = parse_args(__doc__ or "")
    with connect(args.env) as client:
        created = client.create_pool(
            CreatePoolPayload(name="pool-demo", profile="docker-batch", instance_count=1, tags=["pool-demo"])
        )
        pool = client.wait_for_pool(created.uuid, timeout=900, poll_interval=1)
        print(f"pool {created.uuid} is {pool.state}")

        task = client.run_task(
            CreateTaskPayload(
                name="in-pool",
                pool_uuid=created.uuid,
                instance_count=1,
                constants=[KeyValue(key="DOCKER_CMD", value="echo computed inside the pool")],
            ),
            timeout=600,
            poll_interval=1,
        )
        print(f"task in pool: {task.state}")
        print(f"task stdout: {task.stdout.strip()}")

        client.close_pool(created.uuid)
        closed = client.wait_for_pool(created.uuid, until="closed", timeout=900, poll_interval=1)
        print(f"pool is {closed.state}")
        client.delete_pool(created.uuid)
        print("pool deleted")


if __name__ == "__main__":
    main()

"""Hello world: run one task in a Docker container, print its output, list its result bucket.

python examples/hello_world.py          # on a local sandbox
python examples/hello_world.py --env    # on the real API (QARNOT_CLIENT_TOKEN, ...)
"""

from __future__ import annotations

from _common import connect, parse_args

from qarnot_facade import Constant, CreateTaskPayload


def main() -> None:
    args = parse_args(__doc__ or "")
    with connect(args.env) as client:
        client.create_bucket("hello-world-results")
        payload = CreateTaskPayload(
            name="hello world",
            profile="docker-batch",
            instance_count=1,
            # prints "Hello world" and also saves it as a result file
            constants=[Constant(key="DOCKER_CMD", value="echo Hello world | tee hello.txt")],
            result_bucket="hello-world-results",
        )
        result = client.run_task(payload, timeout=600, poll_interval=1)
        print(f"task {result.uuid} ended in state {result.state}")
        print("stdout:")
        print(result.stdout, end="" if result.stdout.endswith("\n") else "\n")
        print("result bucket hello-world-results:")
        keys = [obj.key for obj in client.list_objects("hello-world-results")]
        for key in keys:
            print(f"  {key}")
        if not keys:
            print("  (no files)")


if __name__ == "__main__":
    main()

"""List and filter tasks without loading everything: iterators, the filter builder, search, pages.

python examples/list_and_filter.py          # on a local sandbox
python examples/list_and_filter.py --env    # on the real API (creates 3 small tasks, then deletes them)
"""

from __future__ import annotations

from _common import connect, parse_args

from qarnot_facade import Field, tags_all, tags_any


def main() -> None:
    args = parse_args(__doc__ or "")
    with connect(args.env) as client:
        results = client.create_tasks(
            [
                {
                    "name": f"filter-demo-{i}",
                    "profile": "docker-batch",
                    "instanceCount": 1,
                    "tags": ["filter-demo", "even" if i % 2 == 0 else "odd"],
                    "constants": [{"key": "DOCKER_CMD", "value": f"echo task {i}"}],
                }
                for i in range(3)
            ]
        )
        print(results.summary())
        uuids = [u for u in results.uuids if u]
        for uuid in uuids:
            client.wait_for_task(uuid, timeout=600, poll_interval=1)

        print("tasks tagged filter-demo AND even:")
        for task in client.iter_tasks(filter=tags_all(["filter-demo", "even"]), page_size=2):
            print(f"  {task.name} {task.state}")

        successes = Field("State") == "Success"
        demo = tags_any(["filter-demo"])
        named = Field("Name").like("^filter-demo-[12]$")
        print("successful demo tasks named filter-demo-1 or -2 (summaries):")
        for summary in client.iter_tasks(filter=successes & demo & named, summaries=True):
            print(f"  {summary.name}")

        print("search with selected fields:")
        for task in client.search_tasks(filter=demo, select=["Uuid", "Name", "State"], maximum_results=10):
            print(f"  {task.name}: {task.state}")

        page = client.paginate_tasks(filter=demo, page_size=1)
        print(f"first page: {len(page.data or [])} task(s), more pages: {page.is_truncated}")

        for uuid in uuids:
            client.delete_task(uuid)
        print(f"deleted {len(uuids)} demo tasks")


if __name__ == "__main__":
    main()

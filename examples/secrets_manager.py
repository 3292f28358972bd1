"""The secrets manager: create, read, update, list and delete secrets (tasks read them at run time).

python examples/secrets_manager.py          # on a local sandbox
python examples/secrets_manager.py --env    # on the real API (writes then deletes keys under examples/)
"""

from __future__ import annotations

from _common import connect, parse_args

from qarnot_facade.errors import ConflictError, NotFoundError


def main() -> None:
    args = parse_args(__doc__ or "")
    with connect(args.env) as client:
        client.create_secret("examples/db/password", "s3cr3t")
        client.create_secret("examples/api-key", "k-123")
        try:
            client.create_secret("examples/api-key", "again")
        except ConflictError as exc:
            print(f"creating it twice is refused: {exc.message}")
        print(f"examples/db/password = {client.get_secret('examples/db/password').value}")
        client.update_secret("examples/db/password", "n3w")
        print(f"after update = {client.get_secret('examples/db/password').value}")
        print(f"keys under examples/: {client.search_secrets('examples').keys}")
        for key in ("examples/db/password", "examples/api-key"):
            client.delete_secret(key)
        try:
            client.get_secret("examples/api-key")
        except NotFoundError as exc:
            print(f"deleted: {exc.status_code} {exc.message}")


if __name__ == "__main__":
    main()

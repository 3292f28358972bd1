"""Several accounts in one sandbox, and the read-only header (QarnotReadOnlyRequestForAccount)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from qarnot_facade import Client
from qarnot_facade.testing import Sandbox
from qarnot_facade.testing.validation import SpecValidator

from .conftest import make_api, task_payload

OWNER = "owner@example.com"
READER = "reader@example.com"
STRANGER = "stranger@example.com"
HEADER = "QarnotReadOnlyRequestForAccount"


@pytest.fixture
def accounts(qarnot_sandbox_factory: Callable[..., Sandbox]) -> Sandbox:
    return qarnot_sandbox_factory(accounts={OWNER: None, READER: None, STRANGER: None})


def _api(sandbox: Sandbox, validator: SpecValidator, email: str) -> httpx.Client:
    return make_api(sandbox, validator, token=sandbox.account(email).api_key)


def _fill(owner: httpx.Client) -> dict[str, str]:
    pool = owner.post("/pools", json={"name": "p", "profile": "docker-batch", "instanceCount": 1}).json()[
        "uuid"
    ]
    job = owner.post("/jobs", json={"name": "j"}).json()["uuid"]
    task = owner.post("/tasks", json=task_payload("t", "true")).json()["uuid"]
    return {"pool": pool, "job": job, "task": task}


def test_each_account_sees_only_its_own_objects(accounts: Sandbox, spec_validator: SpecValidator) -> None:
    with _api(accounts, spec_validator, OWNER) as owner, _api(accounts, spec_validator, READER) as reader:
        ids = _fill(owner)
        assert reader.get("/tasks").json() == [] and reader.get("/pools").json() == []
        assert reader.get(f"/tasks/{ids['task']}").status_code == 404
        assert [t["uuid"] for t in owner.get("/tasks").json()] == [ids["task"]]
        assert reader.get("/info").json()["email"] == READER


def test_a_granted_account_reads_through_the_header(accounts: Sandbox, spec_validator: SpecValidator) -> None:
    accounts.grant_read(reader=READER, owner=OWNER)
    with _api(accounts, spec_validator, OWNER) as owner, _api(accounts, spec_validator, READER) as reader:
        ids = _fill(owner)
        as_owner = {HEADER: OWNER}
        assert [t["uuid"] for t in reader.get("/tasks", headers=as_owner).json()] == [ids["task"]]
        assert reader.get(f"/tasks/{ids['task']}", headers=as_owner).json()["name"] == "t"
        assert reader.get(f"/pools/{ids['pool']}", headers=as_owner).json()["name"] == "p"
        assert reader.get(f"/jobs/{ids['job']}", headers=as_owner).json()["name"] == "j"
        assert [j["uuid"] for j in reader.get("/jobs", headers=as_owner).json()] == [ids["job"]]
        # the grant is one-way
        assert owner.get("/tasks", headers={HEADER: READER}).status_code == 403


def test_anything_else_with_the_header_is_refused(accounts: Sandbox, spec_validator: SpecValidator) -> None:
    accounts.grant_read(reader=READER, owner=OWNER)
    with (
        _api(accounts, spec_validator, OWNER) as owner,
        _api(accounts, spec_validator, READER) as reader,
        _api(accounts, spec_validator, STRANGER) as stranger,
    ):
        ids = _fill(owner)
        as_owner = {HEADER: OWNER}
        # not granted, unknown account
        assert stranger.get("/tasks", headers=as_owner).status_code == 403
        assert stranger.get(f"/tasks/{ids['task']}", headers=as_owner).status_code == 403
        assert reader.get("/tasks", headers={HEADER: "nobody@example.com"}).status_code == 403
        # writes, even granted
        assert reader.post("/tasks", json=task_payload("w", "true"), headers=as_owner).status_code == 403
        assert reader.delete(f"/tasks/{ids['task']}", headers=as_owner).status_code == 403
        assert reader.post(f"/tasks/{ids['task']}/abort", headers=as_owner).status_code == 403
        assert reader.delete(f"/pools/{ids['pool']}", headers=as_owner).status_code == 403
        assert reader.post(f"/jobs/{ids['job']}/terminate", headers=as_owner).status_code == 403
        # nothing of the owner's changed
        assert owner.get(f"/tasks/{ids['task']}").json()["state"] not in {"PendingDelete", "PendingCancel"}
        assert len(owner.get("/tasks").json()) == 1


def test_reset_withdraws_the_grants(accounts: Sandbox, spec_validator: SpecValidator) -> None:
    accounts.grant_read(reader=READER, owner=OWNER)
    accounts.reset()
    with _api(accounts, spec_validator, READER) as reader:
        assert reader.get("/tasks", headers={HEADER: OWNER}).status_code == 403


def test_every_account_has_its_storage_keys(accounts: Sandbox) -> None:
    with Client(accounts.config_for(READER)) as reader:
        reader.create_bucket("reader-bucket")
        assert "reader-bucket" in [b.name for b in reader.list_buckets()]

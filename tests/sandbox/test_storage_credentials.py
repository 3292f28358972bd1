"""The sandbox's S3 server checks credentials as the platform's storage does: the account e-mail and the
API token are the only keys, every signature is verified (header-signed and presigned requests)."""

from __future__ import annotations

import dataclasses
import io
import urllib.error
import urllib.request

import pytest
from minio import Minio
from minio.error import S3Error

from qarnot_facade import Client, StorageAccessDeniedError
from qarnot_facade.testing import Sandbox


def _minio(sandbox: Sandbox, access_key: str, secret_key: str) -> Minio:
    return Minio(
        f"127.0.0.1:{sandbox.storage.port}",
        access_key=access_key,
        secret_key=secret_key,
        secure=False,
        region="us-east-1",
    )


def test_the_account_keys_are_accepted(sandbox: Sandbox) -> None:
    s3 = _minio(sandbox, sandbox.email, sandbox.api_key)
    s3.make_bucket("creds-ok")
    s3.put_object("creds-ok", "k", io.BytesIO(b"data"), 4)
    assert s3.get_object("creds-ok", "k").read() == b"data"


@pytest.mark.parametrize(
    ("which", "code"), [("secret", "SignatureDoesNotMatch"), ("access key", "InvalidAccessKeyId")]
)
def test_a_wrong_key_gets_s3s_own_error(sandbox: Sandbox, which: str, code: str) -> None:
    access_key, secret_key = sandbox.email, sandbox.api_key
    if which == "secret":
        secret_key = "not-the-token"
    else:
        access_key = "someone-else@example.com"
    with pytest.raises(S3Error) as raised:
        _minio(sandbox, access_key, secret_key).list_buckets()
    assert raised.value.code == code


@pytest.mark.parametrize("field", ["api_key", "email"])
def test_the_facade_turns_a_refusal_into_its_typed_error(sandbox: Sandbox, field: str) -> None:
    config = dataclasses.replace(sandbox.config, **{field: "wrong-" + str(getattr(sandbox.config, field))})
    with Client(config) as client, pytest.raises(StorageAccessDeniedError):
        client.list_buckets()


def test_presigned_urls_are_checked(sandbox: Sandbox) -> None:
    s3 = sandbox.s3
    s3.make_bucket("creds-presigned")
    s3.put_object("creds-presigned", "k", io.BytesIO(b"shared"), 6)
    url = s3.presigned_get_object("creds-presigned", "k")
    with urllib.request.urlopen(url, timeout=10) as answer:
        assert answer.read() == b"shared"
    forged = _minio(sandbox, sandbox.email, "not-the-token").presigned_get_object("creds-presigned", "k")
    tampered = url.replace("creds-presigned/k", "creds-presigned/other")
    for bad in (forged, tampered):
        with pytest.raises(urllib.error.HTTPError) as raised:
            urllib.request.urlopen(bad, timeout=10)
        assert raised.value.code == 403
        assert b"SignatureDoesNotMatch" in raised.value.read()

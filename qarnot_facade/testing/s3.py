"""The sandbox's storage: moto's real S3 server on loopback, and the bucket helpers the API server uses.

The server is moto's werkzeug application bound to ``127.0.0.1`` (a free port unless one is
given), run in a child Python process of its own: moto keeps its buckets in process-wide memory, so
each sandbox gets its own buckets (and :meth:`S3Server.reset` empties only its own), and serving S3
does not compete with the tests for this process's GIL. The child exits when its standard input
closes, so it never outlives the process that started it, even one that is killed. It checks
credentials as the platform's storage does: the account e-mail is the access key and the API token the
secret key (of each account the sandbox holds), every request's signature is verified (moto's IAM mode,
with one user per account and an allow-all policy), and anything else gets S3's own
``InvalidAccessKeyId`` / ``SignatureDoesNotMatch`` (403).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minio import Minio

__all__ = ["ResourceSource", "S3Server"]

# the child process: moto behind a signature check, see _s3_child.py
_CHILD = Path(__file__).with_name("_s3_child.py")


@dataclass(frozen=True)
class ResourceSource:
    """One resource bucket of a task or pool: a plain ``resourceBuckets`` entry has no prefixes.

    ``filter_prefix`` keeps only the keys starting with it (``filtering.prefixFiltering.prefix``);
    ``strip_prefix`` is removed from the start of the keys as the task sees them
    (``resourcesTransformation.stripPrefix.prefix``).
    """

    bucket: str
    filter_prefix: str = ""
    strip_prefix: str = ""

    @classmethod
    def from_advanced(cls, item: Mapping[str, Any]) -> ResourceSource:
        """Read an ``AdvancedResourceBucket`` JSON object (already validated)."""
        filtering = item.get("filtering") or {}
        prefix_filtering = filtering.get("prefixFiltering") or {} if isinstance(filtering, Mapping) else {}
        transformation = item.get("resourcesTransformation") or {}
        strip = transformation.get("stripPrefix") or {} if isinstance(transformation, Mapping) else {}
        return cls(
            bucket=str(item.get("bucketName") or ""),
            filter_prefix=str(prefix_filtering.get("prefix") or "")
            if isinstance(prefix_filtering, Mapping)
            else "",
            strip_prefix=str(strip.get("prefix") or "") if isinstance(strip, Mapping) else "",
        )


class S3Server:
    """moto's S3 server on ``127.0.0.1`` plus a ``minio`` client logged in with the sandbox credentials."""

    def __init__(
        self,
        *,
        access_key: str,
        secret_key: str,
        port: int = 0,
        more_credentials: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._requested_port = port
        self._access_key = access_key
        self._secret_key = secret_key
        self._credentials = [(access_key, secret_key), *more_credentials]
        self._process: subprocess.Popen[str] | None = None
        self._client: Minio | None = None
        self.port = 0

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` once started."""
        if not self.port:
            raise RuntimeError("the S3 server is not started")
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        process = subprocess.Popen(
            [sys.executable, str(_CHILD), str(self._requested_port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None and process.stdin is not None
        process.stdin.write(json.dumps(self._credentials) + "\n")
        process.stdin.flush()
        line = process.stdout.readline()  # the port, once the server listens (or EOF if it failed)
        if not line.strip().isdigit():
            process.kill()
            process.communicate()  # reaps it and closes the pipes
            raise RuntimeError(
                f"the sandbox's S3 server (moto) did not start (exit code {process.returncode}); "
                "see its error above"
            )
        self._process = process
        self.port = int(line)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            assert process.stdin is not None
            process.stdin.close()  # the child's signal to exit
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
        if self._client is not None:
            self._client._http.clear()
            self._client = None

    @property
    def client(self) -> Minio:
        """A ``minio.Minio`` client on the sandbox storage (path style, plain HTTP)."""
        if self._client is None:
            import urllib3
            from minio import Minio

            http = urllib3.PoolManager(
                timeout=urllib3.Timeout(connect=5.0, read=30.0),
                retries=urllib3.Retry(total=2, backoff_factor=0.05, status_forcelist=[500, 502, 503, 504]),
                maxsize=8,
            )
            self._client = Minio(
                f"127.0.0.1:{self.port}",
                access_key=self._access_key,
                secret_key=self._secret_key,
                secure=False,
                region="us-east-1",
                http_client=http,
            )
        return self._client

    def reset(self) -> None:
        """Delete every bucket of the moto server (``POST /moto-api/reset``)."""
        import urllib.request

        request = urllib.request.Request(f"{self.url}/moto-api/reset", method="POST", data=b"")
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()

    # bucket helpers used by the API server and by tests

    def bucket_exists(self, bucket: str) -> bool:
        """Whether ``bucket`` exists; a name S3 would refuse is reported as missing, not as an error."""
        try:
            return bool(self.client.bucket_exists(bucket_name=bucket))
        except ValueError:
            return False

    def make_bucket(self, bucket: str) -> None:
        if not self.bucket_exists(bucket):
            self.client.make_bucket(bucket_name=bucket)

    def put(self, bucket: str, key: str, data: bytes) -> None:
        self.client.put_object(bucket_name=bucket, object_name=key, data=io.BytesIO(data), length=len(data))

    def get(self, bucket: str, key: str) -> bytes:
        response = self.client.get_object(bucket_name=bucket, object_name=key)
        try:
            return bytes(response.read())
        finally:
            response.close()
            response.release_conn()

    def keys(self, bucket: str, prefix: str = "") -> list[str]:
        """Every object key of ``bucket`` starting with ``prefix``, sorted."""
        objects = self.client.list_objects(bucket_name=bucket, prefix=prefix or None, recursive=True)
        return sorted(str(obj.object_name) for obj in objects if obj.object_name is not None)

    def download(self, sources: Iterable[ResourceSource]) -> dict[str, bytes]:
        """The files a task sees from its resource buckets: relative path -> content.

        Buckets are applied in order (a later bucket overwrites the same path); keys ending with ``/``
        (directory markers) are skipped; keys that become empty or escape the folder once stripped are
        ignored.
        """
        files: dict[str, bytes] = {}
        for source in sources:
            for key in self.keys(source.bucket, source.filter_prefix):
                if key.endswith("/"):
                    continue
                path = key
                if source.strip_prefix and path.startswith(source.strip_prefix):
                    path = path[len(source.strip_prefix) :]
                path = path.lstrip("/")
                parts = [part for part in path.split("/") if part not in ("", ".")]
                if not parts or ".." in parts:
                    continue
                files["/".join(parts)] = self.get(source.bucket, key)
        return files

    def upload(self, bucket: str, files: Mapping[str, bytes], prefix: str = "") -> list[str]:
        """Upload ``files`` (relative path -> content) under ``prefix``; the keys written, in order."""
        written: list[str] = []
        for path, data in sorted(files.items()):
            key = f"{prefix}{path}"
            self.put(bucket, key, data)
            written.append(key)
        return written

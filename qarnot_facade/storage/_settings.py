"""Storage connection settings and transfer tuning (plain dataclasses, no minio import)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from qarnot_facade.config import (
    DEFAULT_STORAGE_CONNECT_TIMEOUT,
    DEFAULT_STORAGE_DEADLINE,
    DEFAULT_STORAGE_MAX_RETRIES,
    DEFAULT_STORAGE_TIMEOUT,
    Token,
)
from qarnot_facade.errors import ConfigurationError, InvalidInputError

if TYPE_CHECKING:
    from qarnot_facade.config import QarnotConfig

MiB = 1024 * 1024
MIN_PART_SIZE = 5 * MiB
MAX_PART_SIZE = 5 * 1024 * MiB
MAX_PARTS = 10_000
DEFAULT_REGION = "us-east-1"


@dataclass(frozen=True)
class StorageSettings:
    """Where the S3 storage is and how to sign requests.

    ``endpoint_url``'s scheme decides TLS (``https`` -> TLS, ``http`` -> plain). The access key is the
    account e-mail and the secret key the API token (held as a :class:`~qarnot_facade.config.Token`, so
    neither this object's ``repr`` nor minio's credentials show it). The timeouts, retries and deadline
    are :class:`~qarnot_facade.QarnotConfig`'s ``storage_*`` settings (see :meth:`from_config`).
    """

    endpoint_url: str
    access_key: str
    secret_key: str = field(repr=False)
    verify_tls: bool = True
    region: str | None = None
    connect_timeout: float = DEFAULT_STORAGE_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_STORAGE_TIMEOUT
    max_retries: int = DEFAULT_STORAGE_MAX_RETRIES
    deadline: float = DEFAULT_STORAGE_DEADLINE

    @classmethod
    def from_config(cls, config: QarnotConfig, *, endpoint_url: str, access_key: str) -> StorageSettings:
        """The settings of ``config``'s storage (its token, TLS choice, timeouts, retries, deadline)."""
        return cls(
            endpoint_url=endpoint_url,
            access_key=access_key,
            secret_key=config.api_key,
            verify_tls=not config.storage_unsafe,
            connect_timeout=config.storage_connect_timeout,
            read_timeout=config.storage_timeout,
            max_retries=config.storage_max_retries,
            deadline=config.storage_deadline,
        )

    def __post_init__(self) -> None:
        parts = urlsplit(self.endpoint_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigurationError(
                f"storage URL must look like https://host[:port], got {self.endpoint_url!r}"
            )
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise ConfigurationError(
                f"storage URL must not have a path, query or fragment: {self.endpoint_url!r}"
            )
        if self.max_retries < 0 or min(self.connect_timeout, self.read_timeout, self.deadline) <= 0:
            raise ConfigurationError("storage timeouts and deadline must be > 0 and max_retries >= 0")
        object.__setattr__(self, "secret_key", Token(self.secret_key))

    @property
    def secure(self) -> bool:
        """True when the endpoint uses TLS."""
        return urlsplit(self.endpoint_url).scheme == "https"

    @property
    def host(self) -> str:
        """``host[:port]`` as minio expects it."""
        return urlsplit(self.endpoint_url).netloc

    @property
    def effective_region(self) -> str:
        return self.region or DEFAULT_REGION


@dataclass(frozen=True)
class TransferOptions:
    """Tuning of transfers.

    Attributes:
        part_size: multipart part size in bytes (>= 5 MiB). Raised automatically when a file would need
            more than 10,000 parts.
        multipart_threshold: files of at least this size are sent in parts.
        max_concurrency: parts of one large file sent or checked in parallel (memory used by one upload is
            at most ``max_concurrency * part_size``).
        workers: files transferred in parallel by the directory methods and syncs.
        verify_uploads: send ``Content-MD5`` with every upload request and compare the ETags the
            server returns (each part, then the whole object) with the MD5s of the data sent. Off: no
            MD5 work on uploads.
        verify_downloads: hash what a download receives and compare it with the object's ETag before
            the file is renamed into place: single-part objects always, multipart objects when their
            part layout is known (the server gives the first part's size, or a usual part size
            reproduces the ETag); an object with irregular parts is checked for size only. Off by
            default: MD5 costs about 1.7 s of CPU per GiB (one core hashes about 600 MB/s), which shows
            on links faster than that, and HTTPS already authenticates every byte received. The size
            announced by the server is always checked, so a cut transfer never passes.
        ranged_downloads: fetch one object of at least ``multipart_threshold`` bytes as byte ranges
            of ``part_size``, ``max_concurrency`` at a time, each written in place (a HEAD request
            first; every range asks ``If-Match`` its ETag, so an object replaced meanwhile fails the
            download). Off by default: it pays where one connection is slower than the link (long
            round trips, per-connection limits); on a server that reads the whole object for every
            range, as moto does, it is slower.
        chunk_size: read size when streaming a download.
    """

    part_size: int = 8 * MiB
    multipart_threshold: int = 8 * MiB
    max_concurrency: int = 4
    workers: int = 8
    verify_uploads: bool = True
    verify_downloads: bool = False
    ranged_downloads: bool = False
    chunk_size: int = 1 * MiB

    def __post_init__(self) -> None:
        if not MIN_PART_SIZE <= self.part_size <= MAX_PART_SIZE:
            raise InvalidInputError(f"part_size must be between 5 MiB and 5 GiB, got {self.part_size}")
        if self.multipart_threshold < 1:
            raise InvalidInputError("multipart_threshold must be >= 1")
        if self.max_concurrency < 1 or self.workers < 1:
            raise InvalidInputError("max_concurrency and workers must be >= 1")
        if self.chunk_size < 1024:
            raise InvalidInputError("chunk_size must be >= 1024")

    def part_size_for(self, size: int) -> int:
        """The part size used for an object of ``size`` bytes (never more than 10,000 parts)."""
        part = self.part_size
        while -(-size // part) > MAX_PARTS:
            part *= 2
        if part > MAX_PART_SIZE:
            raise InvalidInputError(f"an object of {size} bytes is too large for S3 multipart")
        return part

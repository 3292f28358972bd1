"""The sandbox's secrets manager: a thread-safe, hierarchical key/value store.

Keys are ``/``-separated names such as ``folder1/subfolder1/key1``; leading and trailing ``/`` are not
part of a key (the SDKs strip them before building the URL). :meth:`SecretStore.search` lists the entries
directly under a prefix, relative to it, "folders" ending with ``/``, as ``GET /secrets-manager/search/...``
does.
"""

from __future__ import annotations

import threading

__all__ = [
    "InvalidSecretKey",
    "SecretExists",
    "SecretNotFound",
    "SecretStore",
    "SecretStoreError",
    "normalize_key",
]


class SecretStoreError(Exception):
    """Base class of the errors of :class:`SecretStore`; ``key`` is the normalised key concerned."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


class SecretNotFound(SecretStoreError):
    """The secret does not exist (the API answers 404 ``{"error": "Secret <key> doesn't exist"}``)."""

    def __init__(self, key: str) -> None:
        super().__init__(key, f"Secret {key} doesn't exist")


class SecretExists(SecretStoreError):
    """The secret already exists (the API answers 409 ``{"error": "Secret <key> already exists"}``)."""

    def __init__(self, key: str) -> None:
        super().__init__(key, f"Secret {key} already exists")


class InvalidSecretKey(SecretStoreError):
    """The key is empty once its surrounding ``/`` are stripped, or has an empty segment (``a//b``)."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(key, f"Invalid secret key {key!r}: {reason}")


def normalize_key(key: str) -> str:
    """The key without its leading and trailing ``/``; :class:`InvalidSecretKey` when nothing is left."""
    stripped = key.strip("/")
    if not stripped:
        raise InvalidSecretKey(key, "a key needs at least one non-empty segment")
    if "//" in stripped:
        raise InvalidSecretKey(key, "empty path segment")
    return stripped


def _normalize_prefix(prefix: str) -> str:
    stripped = prefix.strip("/")
    if "//" in stripped:
        raise InvalidSecretKey(prefix, "empty path segment")
    return stripped


class SecretStore:
    """In-memory secrets, safe to use from several threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, str] = {}

    def get(self, key: str) -> str:
        """The value of ``key``; :class:`SecretNotFound` when absent."""
        normalized = normalize_key(key)
        with self._lock:
            try:
                return self._values[normalized]
            except KeyError:
                raise SecretNotFound(normalized) from None

    def create(self, key: str, value: str) -> None:
        """Create ``key``; :class:`SecretExists` when it already exists (creation never overwrites)."""
        normalized = normalize_key(key)
        with self._lock:
            if normalized in self._values:
                raise SecretExists(normalized)
            self._values[normalized] = value

    def update(self, key: str, value: str) -> None:
        """Replace the value of an existing ``key``; :class:`SecretNotFound` when absent."""
        normalized = normalize_key(key)
        with self._lock:
            if normalized not in self._values:
                raise SecretNotFound(normalized)
            self._values[normalized] = value

    def delete(self, key: str) -> None:
        """Delete ``key``; :class:`SecretNotFound` when absent."""
        normalized = normalize_key(key)
        with self._lock:
            if normalized not in self._values:
                raise SecretNotFound(normalized)
            del self._values[normalized]

    def search(self, prefix: str = "") -> list[str]:
        """Entries directly under ``prefix`` ("" is the root), relative to it, sorted.

        A secret directly under the prefix appears as its last segment (``key1``); deeper secrets appear
        once as the first segment of their remaining path followed by ``/`` (``subfolder1/``). An unknown
        prefix has no entries.
        """
        normalized = _normalize_prefix(prefix)
        start = f"{normalized}/" if normalized else ""
        entries: set[str] = set()
        with self._lock:
            keys = list(self._values)
        for key in keys:
            if not key.startswith(start):
                continue
            rest = key[len(start) :]
            head, sep, _ = rest.partition("/")
            entries.add(f"{head}/" if sep else head)
        return sorted(entries)

    def keys(self) -> list[str]:
        """Every key, sorted."""
        with self._lock:
            return sorted(self._values)

    def clear(self) -> None:
        """Forget every secret."""
        with self._lock:
            self._values.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._values)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            normalized = normalize_key(key)
        except InvalidSecretKey:
            return False
        with self._lock:
            return normalized in self._values

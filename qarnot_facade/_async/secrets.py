"""The secrets manager operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.secrets``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from qarnot_facade._async.core import AsyncClientCore
from qarnot_facade._core import (
    check_secret_key,
    secret_value,
)
from qarnot_facade._decoding import as_model
from qarnot_facade.errors import ConflictError, InvalidInputError, QarnotError

if TYPE_CHECKING:
    from qarnot_api.models import (
        SecretKeys,
        SecretValue,
    )


__all__ = ["AsyncSecretOperations"]


class AsyncSecretOperations(AsyncClientCore):
    """The secrets manager (tag ``secrets``)."""

    async def get_secret(self, key: str) -> SecretValue:
        """``GET /secrets-manager/data/{key}``: a secret (``.value``). Slashes make folders (``a/b/key``).

        Raises:
            InvalidInputError (empty key), NotFoundError (no such secret), AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.secrets import get_secret as op
        from qarnot_api.models import SecretValue

        name = check_secret_key(key, "key")
        return as_model(await self._send(lambda: op.asyncio_detailed(name, client=self._api)), SecretValue)

    async def create_secret(self, key: str, value: str | SecretValue | Mapping[str, Any]) -> None:
        """``PUT /secrets-manager/data/{key}``: create a secret.

        A retry whose earlier attempt may have stored the secret (its answer was lost) and that gets 409
        reads the secret back: it is a success when the stored value is this one.

        Raises:
            InvalidInputError, ConflictError (it already exists), ValidationError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.secrets import create_secret as op

        name = check_secret_key(key, "key")
        body = secret_value(value)
        try:
            await self._send(lambda: op.asyncio_detailed(name, client=self._api, body=body))
        except ConflictError as exc:
            if not exc.earlier_attempt_may_have_acted:
                raise
            try:
                stored = await self.get_secret(name)
            except QarnotError:
                raise exc from None
            if stored.value != body.value:
                raise
            return  # our own earlier attempt stored it

    async def update_secret(self, key: str, value: str | SecretValue | Mapping[str, Any]) -> None:
        """``PATCH /secrets-manager/data/{key}``: change the value of an existing secret.

        Raises:
            InvalidInputError, NotFoundError (no such secret), ValidationError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.secrets import update_secret as op

        name = check_secret_key(key, "key")
        body = secret_value(value)
        await self._send(lambda: op.asyncio_detailed(name, client=self._api, body=body))

    async def delete_secret(self, key: str) -> None:
        """``DELETE /secrets-manager/data/{key}``: delete a secret.

        Raises:
            InvalidInputError, NotFoundError (no such secret), AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.secrets import delete_secret as op

        name = check_secret_key(key, "key")
        await self._send(lambda: op.asyncio_detailed(name, client=self._api))

    async def search_secrets(self, prefix: str = "") -> SecretKeys:
        """``GET /secrets-manager/search/{prefix}``: keys directly under ``prefix`` (folders end with ``/``).

        An empty prefix lists the root.

        Raises:
            InvalidInputError (not a string), AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.secrets import search_secrets as op
        from qarnot_api.models import SecretKeys

        if not isinstance(prefix, str):
            raise InvalidInputError(f"prefix must be a string, got {type(prefix).__name__}")
        folder = prefix.strip("/")
        return as_model(await self._send(lambda: op.asyncio_detailed(folder, client=self._api)), SecretKeys)

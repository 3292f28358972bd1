"""The secrets manager operations (the store itself is :mod:`..secrets`)."""

from __future__ import annotations

from ..secrets import InvalidSecretKey, SecretExists, SecretNotFound
from ..state import (
    ApiError,
    problem,
)
from .base import (
    Call,
    Handlers,
    Reply,
)


class SecretHandlers(Handlers):
    """The operations of the secrets tag."""

    def op_get_secret(self, call: Call) -> Reply:
        try:
            return Reply(body={"value": self.store.secrets.get(call.params["key"])})
        except (SecretNotFound, InvalidSecretKey) as error:
            raise ApiError(404, {"error": f"Secret {error.key} doesn't exist"}) from None

    def op_create_secret(self, call: Call) -> Reply:
        try:
            self.store.secrets.create(call.params["key"], str(call.body.get("value") or ""))
        except SecretExists as error:
            raise ApiError(409, {"error": error.message}) from None
        except InvalidSecretKey as error:
            raise problem({"key": [error.message]}) from None
        return Reply(status=201, empty=True)

    def op_update_secret(self, call: Call) -> Reply:
        try:
            self.store.secrets.update(call.params["key"], str(call.body.get("value") or ""))
        except (SecretNotFound, InvalidSecretKey) as error:
            raise ApiError(404, {"error": f"Secret {error.key} doesn't exist"}) from None
        return Reply(status=204, empty=True)

    def op_delete_secret(self, call: Call) -> Reply:
        try:
            self.store.secrets.delete(call.params["key"])
        except (SecretNotFound, InvalidSecretKey) as error:
            raise ApiError(404, {"error": f"Secret {error.key} doesn't exist"}) from None
        return Reply(status=204, empty=True)

    def op_search_secrets(self, call: Call) -> Reply:
        try:
            return Reply(body={"keys": self.store.secrets.search(call.params.get("prefix", ""))})
        except InvalidSecretKey as error:
            raise ApiError(404, {"error": error.message}) from None

"""The sandbox's accounts: who a token is, and whose data a request reads.

A sandbox holds one account (``Sandbox(email=..., api_key=...)``) or more (``accounts={email: token}``),
each with its own tasks, pools, jobs, secrets and S3 keys (its e-mail and token). An account can be granted
read access to another (``Sandbox.grant_read(reader=..., owner=...)``); it then reads the other's data by
sending the ``QarnotReadOnlyRequestForAccount`` header (the other's e-mail) on the reads that declare that
header in the spec. Anything else with the header is refused 403, as the platform does: an account not
granted, an unknown account, or an operation that writes.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .state import ApiError, Store, forbidden

__all__ = ["READ_ONLY_HEADER", "Account", "Accounts"]

READ_ONLY_HEADER = "QarnotReadOnlyRequestForAccount"


@dataclass
class Account:
    email: str
    api_key: str
    store: Store
    readers: set[str] = field(default_factory=set)  # e-mails of the accounts allowed to read this one


class Accounts:
    """The accounts of one sandbox, and the account the request being handled acts on."""

    def __init__(self, accounts: Iterable[Account]) -> None:
        self._by_token: dict[str, Account] = {}
        self._by_email: dict[str, Account] = {}
        for account in accounts:
            self.add(account)
        self._current: contextvars.ContextVar[Account] = contextvars.ContextVar("sandbox_account")

    def add(self, account: Account) -> None:
        if account.api_key in self._by_token or account.email.lower() in self._by_email:
            raise ValueError(f"the sandbox already has an account {account.email} or its token")
        self._by_token[account.api_key] = account
        self._by_email[account.email.lower()] = account

    def __iter__(self) -> Iterator[Account]:
        return iter(self._by_token.values())

    def by_token(self, token: str | None) -> Account | None:
        return self._by_token.get(token) if token is not None else None

    def by_email(self, email: str) -> Account:
        account = self._by_email.get(email.lower())
        if account is None:
            raise KeyError(f"the sandbox has no account {email}")
        return account

    def grant_read(self, *, reader: str, owner: str) -> None:
        self.by_email(owner).readers.add(self.by_email(reader).email.lower())

    def target(self, caller: Account, read_as: str | None, *, declares_header: bool) -> Account:
        """The account a request of ``caller`` acts on (``read_as``: the header's value, if sent)."""
        if read_as is None:
            return caller
        if not declares_header:
            raise forbidden(f"{READ_ONLY_HEADER} gives read-only access: this operation is not a read")
        owner = self._by_email.get(read_as.strip().lower())
        if owner is None or (owner is not caller and caller.email.lower() not in owner.readers):
            raise forbidden(f"The account {caller.email} may not read the account {read_as}")
        return owner

    @property
    def current(self) -> Account:
        """The account of the request being handled (set by :meth:`acting_as`)."""
        try:
            return self._current.get()
        except LookupError:
            raise ApiError(500, {"message": "sandbox bug: no account for this request"}) from None

    @contextmanager
    def acting_as(self, account: Account) -> Iterator[None]:
        token = self._current.set(account)
        try:
            yield
        finally:
            self._current.reset(token)

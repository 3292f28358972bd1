# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/client.py: change that file instead.
"""The async client: one object, one method per API operation, named after the spec's operationIds.

::

    from qarnot_facade import Client

    with Client.from_env() as client:
        task = client.run_task({
            "name": "hello", "profile": "docker-batch", "instanceCount": 1,
            "constants": [{"key": "DOCKER_CMD", "value": "echo Hello world"}],
        })
        print(task.stdout)

This file is the async source of :mod:`qarnot_facade._sync.client` (``scripts/unasync.py``). The
operations live in one mixin per spec tag (``tasks.py``, ``pools.py``, ...), the waits in
``waiting.py`` and the bucket methods in :mod:`qarnot_facade.storage`, but users see one flat class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qarnot_facade._sync.carbon import CarbonOperations
from qarnot_facade._sync.credits_ import CreditOperations
from qarnot_facade._sync.hardware_constraints import HardwareConstraintOperations
from qarnot_facade._sync.jobs import JobOperations
from qarnot_facade._sync.network import NetworkOperations
from qarnot_facade._sync.pools import PoolOperations
from qarnot_facade._sync.profiles import ProfileOperations
from qarnot_facade._sync.quotas import QuotaOperations
from qarnot_facade._sync.sanity_checks import SanityCheckOperations
from qarnot_facade._sync.secrets import SecretOperations
from qarnot_facade._sync.settings import SettingsOperations
from qarnot_facade._sync.tasks import TaskOperations
from qarnot_facade._sync.users import UserOperations
from qarnot_facade._sync.versions import VersionOperations
from qarnot_facade._sync.waiting import WaitingOperations
from qarnot_facade.errors import StorageError
from qarnot_facade.storage import BucketMethods

if TYPE_CHECKING:
    from qarnot_facade.storage import StorageSettings

__all__ = ["Client"]


class Client(
    BucketMethods,
    TaskOperations,
    PoolOperations,
    JobOperations,
    HardwareConstraintOperations,
    ProfileOperations,
    SettingsOperations,
    UserOperations,
    VersionOperations,
    QuotaOperations,
    SecretOperations,
    CarbonOperations,
    CreditOperations,
    NetworkOperations,
    SanityCheckOperations,
    WaitingOperations,
):
    """A Qarnot API client. See the module documentation for the ways to build one.

    * One method per API operation, named after the spec's operationIds (``create_task``,
      ``get_task_information``, ``list_profiles``...), taking ids as ``str`` and payloads as generated
      models or plain dicts, returning generated models, lists of them, ``str`` for outputs, or ``None``
      for operations without a response body.
    * ``create_tasks`` (bulk), ``iter_tasks`` / ``iter_pools`` / ``iter_jobs`` /
      ``iter_hardware_constraints`` (pages followed for you), ``wait_for_task`` / ``wait_for_pool`` /
      ``wait_for_job`` and ``run_task``.
    * The bucket methods of :class:`qarnot_facade.storage.BucketMethods` (S3 storage).
    * ``with_options(timeout=..., max_retries=...)`` for per-call settings; ``close()`` or ``with``.

    Errors are raised, never returned: :class:`~qarnot_facade.errors.QarnotError` and its subclasses.
    The constructor makes no network call.
    """

    # The sync bucket methods keep their S3 client in this attribute. Backing it by the state shared with
    # the ``with_options`` views gives the client and its views one S3 client, as they share one HTTP
    # pool, and lets closing any of them release it.
    @property
    def _qf_storage_client(self) -> Any:
        return self._shared.storage_client

    @_qf_storage_client.setter
    def _qf_storage_client(self, value: Any) -> None:
        self._shared.storage_client = value

    def _storage_settings(self) -> StorageSettings:
        """Where the S3 storage is (config ``storage_url``, else ``GET /settings``) and its credentials.

        The access key is ``email`` from the configuration, else ``GET /info``; the secret is the token.
        Resolved on the first bucket call and cached (shared with ``with_options`` views).

        Raises:
            StorageError: this deployment has no storage (``GET /settings`` answers ``storage: null``).
        """
        from qarnot_facade.storage import StorageSettings

        shared = self._shared
        cached: StorageSettings | None = shared.storage_settings
        if cached is not None:
            return cached
        with shared.storage_lock:
            cached = shared.storage_settings
            if cached is not None:
                return cached
            config = self._config
            endpoint = config.storage_url
            if endpoint is None:
                platform = self.get_settings()
                storage = platform.storage
                if not isinstance(storage, str) or not storage:
                    raise StorageError(
                        "this Qarnot deployment has no storage (GET /settings gives storage: null)"
                    )
                endpoint = storage.rstrip("/")
            email = config.email
            if email is None:
                user = self.get_user_info()
                found = user.email
                if not isinstance(found, str) or not found:
                    raise StorageError(
                        "GET /info gave no e-mail, which is the storage access key; set email=..."
                    )
                email = found
            settings = StorageSettings.from_config(config, endpoint_url=endpoint, access_key=email)
            shared.storage_settings = settings
            return settings

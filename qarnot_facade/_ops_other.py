"""Jobs, hardware, profiles, settings, user, versions, secrets, quotas, carbon, credits, network."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from qarnot_facade._core import (
    ClientCore,
    check_id,
    check_int,
    check_named_payload,
    check_secret_key,
    check_uuid,
    coerce,
    page_request,
    search_request,
)
from qarnot_facade._ops_tasks import _follow
from qarnot_facade.errors import InvalidInputError

if TYPE_CHECKING:
    from qarnot_api.models import (
        ApiSettings,
        ApiVersion,
        BudgetList,
        CarbonFacts,
        CpuModelHardwareConstraint,
        CreateJobPayload,
        Credits,
        DataDetailRequest,
        GpuHardwareConstraint,
        HardwareConstraintPage,
        Job,
        JobPage,
        MaximumCoreHardwareConstraint,
        MaximumRamCoreRatioHardwareConstraint,
        MaximumRamHardwareConstraint,
        MinimumCoreHardwareConstraint,
        MinimumRamCoreRatioHardwareConstraint,
        MinimumRamHardwareConstraint,
        NoGpuHardwareConstraint,
        NoSSDHardwareConstraint,
        OrganizationComputingQuotasWithUserDetails,
        PaginateRequest,
        ProfileDetails,
        SecretKeys,
        SecretValue,
        SpecificHardwareConstraint,
        SSDHardwareConstraint,
        Task,
        TaskPortForwards,
        UnknownHardwareConstraint,
        UserComputingQuotas,
        UserInfo,
        UuidResponse,
    )

    from qarnot_facade.filters import FilterInput

    HardwareConstraint = (
        CpuModelHardwareConstraint
        | GpuHardwareConstraint
        | MaximumCoreHardwareConstraint
        | MaximumRamCoreRatioHardwareConstraint
        | MaximumRamHardwareConstraint
        | MinimumCoreHardwareConstraint
        | MinimumRamCoreRatioHardwareConstraint
        | MinimumRamHardwareConstraint
        | NoGpuHardwareConstraint
        | NoSSDHardwareConstraint
        | SpecificHardwareConstraint
        | SSDHardwareConstraint
        | UnknownHardwareConstraint
    )

__all__ = ["OtherOperations"]

HARDWARE_PAGE_MAX = 50


def _secret_value(value: Any) -> SecretValue:
    from qarnot_api.models import SecretValue

    if isinstance(value, str):
        return SecretValue(value=value)
    model = coerce(value, SecretValue, "value")
    if not isinstance(model.value, str):
        raise InvalidInputError(f"a secret value must be a string, got {type(model.value).__name__}")
    return model


class OtherOperations(ClientCore):
    """Every operation that is neither a task nor a pool operation."""

    # ---------------------------------------------------------------------------------- jobs
    def list_jobs(self) -> list[Job]:
        """``GET /jobs``: every job (legacy, unpaginated; prefer :meth:`iter_jobs`).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.jobs import list_jobs as op
        from qarnot_api.models import Job

        return self._models(self._send(lambda: op.sync_detailed(client=self._api)), Job)

    def create_job(self, payload: CreateJobPayload | Mapping[str, Any]) -> UuidResponse:
        """``POST /jobs``: create a job; returns ``{uuid}``. Never re-sent after an ambiguous failure.

        Raises:
            InvalidInputError (empty name, unknown field...), ValidationError, QuotaExceededError (403
            "maximum number of jobs reached"), NotEnoughCreditsError, NotFoundError, ServerError.
        """
        from qarnot_api.api.jobs import create_job as op
        from qarnot_api.models import CreateJobPayload, UuidResponse

        body = coerce(payload, CreateJobPayload, "payload")
        check_named_payload(body.to_dict(), "payload")
        return self._model(self._send(lambda: op.sync_detailed(client=self._api, body=body)), UuidResponse)

    def search_jobs(
        self,
        request: DataDetailRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        select: Iterable[str] | None = None,
        maximum_results: int | None = None,
    ) -> list[Job]:
        """``POST /jobs/search``: jobs matching a filter, with only the selected fields filled.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError.
        """
        from qarnot_api.api.jobs import search_jobs as op
        from qarnot_api.models import Job

        body = search_request(request, filter=filter, select=select, maximum_results=maximum_results)
        return self._models(self._send(lambda: op.sync_detailed(client=self._api, body=body)), Job)

    def paginate_jobs(
        self,
        request: PaginateRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        token: str | None = None,
        page_size: int | None = None,
    ) -> JobPage:
        """``POST /jobs/paginate``: one page of jobs.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError.
        """
        from qarnot_api.api.jobs import paginate_jobs as op
        from qarnot_api.models import JobPage

        body = page_request(request, filter=filter, token=token, page_size=page_size)
        return self._model(self._send(lambda: op.sync_detailed(client=self._api, body=body)), JobPage)

    def iter_jobs(self, filter: FilterInput | None = None, page_size: int | None = None) -> Iterator[Job]:
        """Every job matching ``filter``, page by page (``POST /jobs/paginate``).

        Raises (while iterating):
            ValidationError, AuthenticationError, ServerError, APIConnectionError, UnexpectedResponseError.
        """
        first = page_request(None, filter=filter, token=None, page_size=page_size)
        return _follow(first, self.paginate_jobs)

    def get_job_info(self, job_id: str) -> Job:
        """``GET /jobs/{jobId}``: the job (by uuid or shortname).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError.
        """
        from qarnot_api.api.jobs import get_job_info as op
        from qarnot_api.models import Job

        jid = check_id(job_id, "job_id")
        return self._model(self._send(lambda: op.sync_detailed(jid, client=self._api)), Job)

    def delete_job(self, job_id: str, force: bool | None = None) -> None:
        """``DELETE /jobs/{jobId}``: delete a job; ``force=True`` aborts its running tasks first.

        Raises:
            InvalidInputError, ForbiddenError (running tasks and no force), NotFoundError.
        """
        from qarnot_api.api.jobs import delete_job as op
        from qarnot_api.types import UNSET

        jid = check_id(job_id, "job_id")
        if force is not None and not isinstance(force, bool):
            raise InvalidInputError(f"force must be True, False or None, got {force!r}")
        self._send(lambda: op.sync_detailed(jid, client=self._api, force=UNSET if force is None else force))

    def terminate_job(self, job_id: str) -> None:
        """``POST /jobs/{jobId}/terminate``: stop dispatching and abort the remaining tasks.

        Raises:
            InvalidInputError, ForbiddenError, NotFoundError.
        """
        from qarnot_api.api.jobs import terminate_job as op

        jid = check_id(job_id, "job_id")
        self._send(lambda: op.sync_detailed(jid, client=self._api))

    def list_job_tasks(self, job_id: str) -> list[Task]:
        """``GET /jobs/{jobId}/tasks``: the tasks of a job.

        Raises:
            InvalidInputError, NotFoundError.
        """
        from qarnot_api.api.jobs import list_job_tasks as op
        from qarnot_api.models import Task

        jid = check_id(job_id, "job_id")
        return self._models(self._send(lambda: op.sync_detailed(jid, client=self._api)), Task)

    # ---------------------------------------------------------------------------------- hardware
    def list_hardware_constraints(
        self, limit: int | None = None, offset: int | None = None
    ) -> HardwareConstraintPage:
        """``GET /hardware-constraints``: one offset page of the available hardware constraints.

        Args:
            limit: page size, 1 to 50 (server default 50).
            offset: index of the first item (>= 0).

        Raises:
            InvalidInputError (limit/offset out of range), AuthenticationError, ServerError.
        """
        from qarnot_api.api.hardware_constraints import list_hardware_constraints as op
        from qarnot_api.models import HardwareConstraintPage
        from qarnot_api.types import UNSET

        lim = UNSET if limit is None else check_int(limit, "limit", minimum=1, maximum=HARDWARE_PAGE_MAX)
        off = UNSET if offset is None else check_int(offset, "offset", minimum=0)
        response = self._send(lambda: op.sync_detailed(client=self._api, limit=lim, offset=off))
        return self._model(response, HardwareConstraintPage)

    def iter_hardware_constraints(self, page_size: int = HARDWARE_PAGE_MAX) -> Iterator[HardwareConstraint]:
        """Every hardware constraint (one of the 12 variant classes, or ``UnknownHardwareConstraint``).

        Follows the offset pages of ``GET /hardware-constraints``.

        Raises (while iterating):
            AuthenticationError, ServerError, APIConnectionError, UnexpectedResponseError.
        """
        size = check_int(page_size, "page_size", minimum=1, maximum=HARDWARE_PAGE_MAX)
        return self._iter_hardware(size)

    def _iter_hardware(self, size: int) -> Iterator[HardwareConstraint]:
        from qarnot_api.types import Unset

        offset = 0
        while True:
            page = self.list_hardware_constraints(limit=size, offset=offset)
            data = [] if isinstance(page.data, Unset) or page.data is None else list(page.data)
            yield from data
            total = page.total
            if not data or isinstance(total, Unset) or total is None:
                return
            step = page.limit if isinstance(page.limit, int) and page.limit > 0 else len(data)
            offset += step
            if offset >= total:
                return

    def search_cpu_model_constraints(self, cpu_model: str) -> list[CpuModelHardwareConstraint]:
        """``GET /hardware-constraints/cpu-model-constraints/search``: CPU-model constraints matching a text.

        Raises:
            InvalidInputError (empty text), AuthenticationError, ServerError.
        """
        from qarnot_api.api.hardware_constraints import search_cpu_model_constraints as op
        from qarnot_api.models import CpuModelHardwareConstraint

        text = check_id(cpu_model, "cpu_model")
        response = self._send(lambda: op.sync_detailed(client=self._api, cpu_model=text))
        return self._models(response, CpuModelHardwareConstraint)

    # ---------------------------------------------------------------------------------- account
    def list_profiles(self) -> list[str]:
        """``GET /profiles``: names of the execution profiles available (e.g. ``docker-batch``).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.profiles import list_profiles as op

        return self._strings(self._send(lambda: op.sync_detailed(client=self._api)))

    def get_profile_details(self, profile: str) -> ProfileDetails:
        """``GET /profiles/{profile}``: a profile and its constants.

        Raises:
            InvalidInputError, NotFoundError (unknown profile), AuthenticationError.
        """
        from qarnot_api.api.profiles import get_profile_details as op
        from qarnot_api.models import ProfileDetails

        name = check_id(profile, "profile")
        return self._model(self._send(lambda: op.sync_detailed(name, client=self._api)), ProfileDetails)

    def get_settings(self) -> ApiSettings:
        """``GET /settings``: platform settings (``storage``: the S3 URL, ``None`` when there is none).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.settings import get_settings as op
        from qarnot_api.models import ApiSettings

        return self._model(self._send(lambda: op.sync_detailed(client=self._api)), ApiSettings)

    def get_user_info(self) -> UserInfo:
        """``GET /info``: the authenticated user (e-mail, quotas, counters, projects).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.users import get_user_info as op
        from qarnot_api.models import UserInfo

        return self._model(self._send(lambda: op.sync_detailed(client=self._api)), UserInfo)

    def get_versions(self) -> list[ApiVersion]:
        """``GET /versions``: API versions and their end of life.

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.versions import get_versions as op
        from qarnot_api.models import ApiVersion

        return self._models(self._send(lambda: op.sync_detailed(client=self._api)), ApiVersion)

    def get_user_computing_quotas(self) -> UserComputingQuotas:
        """``GET /quotas/computing-quotas/user``: the user's flex, on-demand and reserved quotas.

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.quotas import get_user_computing_quotas as op
        from qarnot_api.models import UserComputingQuotas

        return self._model(self._send(lambda: op.sync_detailed(client=self._api)), UserComputingQuotas)

    def get_organization_computing_quotas(self) -> OrganizationComputingQuotasWithUserDetails:
        """``GET /quotas/computing-quotas/organization``: the organization's quotas (with per-user counts).

        Raises:
            AuthenticationError, ForbiddenError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.quotas import get_organization_computing_quotas as op
        from qarnot_api.models import OrganizationComputingQuotasWithUserDetails

        response = self._send(lambda: op.sync_detailed(client=self._api))
        return self._model(response, OrganizationComputingQuotasWithUserDetails)

    # ---------------------------------------------------------------------------------- secrets
    def get_secret(self, key: str) -> SecretValue:
        """``GET /secrets-manager/data/{key}``: a secret (``.value``). Slashes make folders (``a/b/key``).

        Raises:
            InvalidInputError (empty key), NotFoundError (no such secret).
        """
        from qarnot_api.api.secrets import get_secret as op
        from qarnot_api.models import SecretValue

        name = check_secret_key(key, "key")
        return self._model(self._send(lambda: op.sync_detailed(name, client=self._api)), SecretValue)

    def create_secret(self, key: str, value: str | SecretValue | Mapping[str, Any]) -> None:
        """``PUT /secrets-manager/data/{key}``: create a secret.

        Raises:
            InvalidInputError, ConflictError (it already exists), ValidationError.
        """
        from qarnot_api.api.secrets import create_secret as op

        name = check_secret_key(key, "key")
        body = _secret_value(value)
        self._send(lambda: op.sync_detailed(name, client=self._api, body=body))

    def update_secret(self, key: str, value: str | SecretValue | Mapping[str, Any]) -> None:
        """``PATCH /secrets-manager/data/{key}``: change the value of an existing secret.

        Raises:
            InvalidInputError, NotFoundError (no such secret), ValidationError.
        """
        from qarnot_api.api.secrets import update_secret as op

        name = check_secret_key(key, "key")
        body = _secret_value(value)
        self._send(lambda: op.sync_detailed(name, client=self._api, body=body))

    def delete_secret(self, key: str) -> None:
        """``DELETE /secrets-manager/data/{key}``: delete a secret.

        Raises:
            InvalidInputError, NotFoundError (no such secret).
        """
        from qarnot_api.api.secrets import delete_secret as op

        name = check_secret_key(key, "key")
        self._send(lambda: op.sync_detailed(name, client=self._api))

    def search_secrets(self, prefix: str = "") -> SecretKeys:
        """``GET /secrets-manager/search/{prefix}``: keys directly under ``prefix`` (folders end with ``/``).

        An empty prefix lists the root.

        Raises:
            InvalidInputError (not a string), AuthenticationError, ServerError.
        """
        from qarnot_api.api.secrets import search_secrets as op
        from qarnot_api.models import SecretKeys

        if not isinstance(prefix, str):
            raise InvalidInputError(f"prefix must be a string, got {type(prefix).__name__}")
        folder = prefix.strip("/")
        return self._model(self._send(lambda: op.sync_detailed(folder, client=self._api)), SecretKeys)

    # ------------------------------------------------------------------ carbon, credits, network
    def get_task_carbon_facts(self, task_id: str, comparison_datacenter: str | None = None) -> CarbonFacts:
        """``GET /carbon/v1/tasks/{taskId}/carbon-facts``: energy and carbon figures of a task (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError.
        """
        from qarnot_api.api.carbon import get_task_carbon_facts as op
        from qarnot_api.models import CarbonFacts
        from qarnot_api.types import UNSET

        tid = check_uuid(task_id, "task_id")
        dc = (
            UNSET
            if comparison_datacenter is None
            else check_id(comparison_datacenter, "comparison_datacenter")
        )
        response = self._send(lambda: op.sync_detailed(tid, client=self._api, comparison_datacenter=dc))
        return self._model(response, CarbonFacts)

    def get_pool_carbon_facts(self, pool_id: str, comparison_datacenter: str | None = None) -> CarbonFacts:
        """``GET /carbon/v1/pools/{poolId}/carbon-facts``: energy and carbon figures of a pool (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError.
        """
        from qarnot_api.api.carbon import get_pool_carbon_facts as op
        from qarnot_api.models import CarbonFacts
        from qarnot_api.types import UNSET

        pid = check_uuid(pool_id, "pool_id")
        dc = (
            UNSET
            if comparison_datacenter is None
            else check_id(comparison_datacenter, "comparison_datacenter")
        )
        response = self._send(lambda: op.sync_detailed(pid, client=self._api, comparison_datacenter=dc))
        return self._model(response, CarbonFacts)

    def get_task_credits(self, task_id: str) -> Credits:
        """``GET /credits/v1/tasks/{taskId}/credits``: credits (euros) a task consumed (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError.
        """
        from qarnot_api.api.credits_ import get_task_credits as op
        from qarnot_api.models import Credits

        tid = check_uuid(task_id, "task_id")
        return self._model(self._send(lambda: op.sync_detailed(tid, client=self._api)), Credits)

    def get_pool_credits(self, pool_id: str) -> Credits:
        """``GET /credits/v1/pools/{poolId}/credits``: credits (euros) a pool consumed (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError.
        """
        from qarnot_api.api.credits_ import get_pool_credits as op
        from qarnot_api.models import Credits

        pid = check_uuid(pool_id, "pool_id")
        return self._model(self._send(lambda: op.sync_detailed(pid, client=self._api)), Credits)

    def get_account_credits(self) -> Credits:
        """``GET /credits/v1/accounts/credits``: credits (euros) left on the account.

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.credits_ import get_account_credits as op
        from qarnot_api.models import Credits

        return self._model(self._send(lambda: op.sync_detailed(client=self._api)), Credits)

    def get_project_budgets(self, project_id: str, active_only: bool | None = None) -> BudgetList:
        """``GET /credits/v1/projects/{projectId}/budgets``: the budgets of a project (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError (no such project).
        """
        from qarnot_api.api.credits_ import get_project_budgets as op
        from qarnot_api.models import BudgetList
        from qarnot_api.types import UNSET

        pid = check_uuid(project_id, "project_id")
        if active_only is not None and not isinstance(active_only, bool):
            raise InvalidInputError(f"active_only must be True, False or None, got {active_only!r}")
        flag = UNSET if active_only is None else active_only
        response = self._send(lambda: op.sync_detailed(pid, client=self._api, active_only=flag))
        return self._model(response, BudgetList)

    def get_task_port_forwarding(self, task_id: str) -> TaskPortForwards:
        """``GET /v1/network/tasks/{taskId}/port-forward``: port forwards per instance (uuid only).

        The answer maps an instance id (string) to its forwards by rule name.

        Raises:
            InvalidInputError (not a uuid), NotFoundError.
        """
        from qarnot_api.api.network import get_task_port_forwarding as op
        from qarnot_api.models import TaskPortForwards

        tid = check_uuid(task_id, "task_id")
        return self._model(self._send(lambda: op.sync_detailed(tid, client=self._api)), TaskPortForwards)

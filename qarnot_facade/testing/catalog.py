"""Static and computed data the sandbox answers with: profiles, hardware constraints, CPU models, versions,
carbon facts, credits, projects and budgets, user info, computing quotas and port forwards.

Every function returns plain JSON-ready values (dicts, lists, str, int, float, bool, None) shaped like the
API's answers and valid against the spec's schemas. Counters that only the store knows (how many tasks,
what is running) are passed in; nothing here keeps state.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = [
    "DATACENTERS",
    "DEFAULT_ACCOUNT_BALANCE",
    "DEFAULT_DATACENTER",
    "DEFAULT_LIMITS",
    "HARDWARE_CONSTRAINTS",
    "PRICE_PER_CORE_HOUR",
    "PROFILE_NAMES",
    "AccountLimits",
    "AccountUsage",
    "Datacenter",
    "RunningCounts",
    "account_credits",
    "api_settings",
    "api_versions",
    "carbon_facts",
    "consumed_credits",
    "cpu_models",
    "hardware_constraints",
    "hardware_constraints_page",
    "list_profiles",
    "organization_computing_quotas",
    "profile_constant_defaults",
    "profile_details",
    "project_budgets",
    "projects",
    "resource_credits",
    "search_cpu_models",
    "task_port_forwards",
    "user_computing_quotas",
    "user_info",
]

_NAMESPACE = uuid.UUID("5b1f8f4e-9d0c-4c1e-8a59-3a7a2f1d0c11")


def _stable_uuid(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


# ====================================================================== profiles

_DOCKER_COMMON: tuple[tuple[str, str, str], ...] = (
    (
        "DOCKER_REPO",
        "library/ubuntu",
        "Docker image repository to run, e.g. `library/ubuntu` or `me/my-image`.",
    ),
    ("DOCKER_TAG", "latest", "Tag of the Docker image."),
    (
        "DOCKER_CMD",
        "",
        "Command run in the container for each instance; `${INSTANCE_ID}` is the instance index.",
    ),
    (
        "DOCKER_SRV",
        "https://registry-1.docker.io",
        "Address of the Docker registry to use, if not the Docker Hub.",
    ),
    ("DOCKER_USER", "", "User name for a private registry."),
    ("DOCKER_PASS", "", "Password or access token for a private registry."),
    ("DOCKER_WORKDIR", "/job", "Working directory of the command; the resources are downloaded there."),
    (
        "QARNOT_DISABLE_CPU_BOOST",
        "false",
        "Set to 'true' to force-disable the CPU boost. Raw performance will decrease, but can be more "
        "predictable over time.",
    ),
)
_NETWORK: tuple[tuple[str, str, str], ...] = (
    ("DOCKER_HOST", "", "Host name given to the container."),
    ("DOCKER_PORTS", "", "Comma-separated container ports to expose through the Qarnot gateway."),
)
_SSH: tuple[tuple[str, str, str], ...] = (
    ("DOCKER_SSH", "", "Public SSH key authorised to log into the instances (one line, OpenSSH format)."),
    ("SSH_PORT", "22", "Port of the SSH server inside the container."),
)
_GPU: tuple[tuple[str, str, str], ...] = (
    ("NVIDIA_VISIBLE_DEVICES", "all", "GPUs visible in the container."),
    ("NVIDIA_DRIVER_CAPABILITIES", "compute,utility", "Driver capabilities exposed to the container."),
)

_PROFILES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "docker-batch": _DOCKER_COMMON,
    "docker-batch-gpu": _DOCKER_COMMON + _GPU,
    "docker-network": _DOCKER_COMMON + _NETWORK,
    "docker-network-ssh": _DOCKER_COMMON + _NETWORK + _SSH,
    "docker-network-gpu": _DOCKER_COMMON + _NETWORK + _GPU,
}
_PROFILE_LICENSES: dict[str, list[dict[str, Any]]] = {
    "docker-batch-gpu": [{"name": "nvidia-cuda", "maxInstances": 8, "maxCores": 256}],
    "docker-network-gpu": [{"name": "nvidia-cuda", "maxInstances": 8, "maxCores": 256}],
}
PROFILE_NAMES: tuple[str, ...] = tuple(_PROFILES)


def list_profiles() -> list[str]:
    """Names of the profiles (``GET /profiles``)."""
    return list(PROFILE_NAMES)


def _profile_key(name: str) -> str | None:
    lowered = name.strip().lower()
    return lowered if lowered in _PROFILES else None


def profile_details(name: str) -> dict[str, Any] | None:
    """``ProfileDetails`` of a profile (``GET /profiles/{profile}``), None when unknown (the API says 404).

    Profile names are matched case-insensitively.
    """
    key = _profile_key(name)
    if key is None:
        return None
    return {
        "name": key,
        "constants": [
            {"name": const, "value": value, "description": description}
            for const, value, description in _PROFILES[key]
        ],
        "licenses": [dict(item) for item in _PROFILE_LICENSES.get(key, [])],
    }


def profile_constant_defaults(name: str) -> dict[str, str]:
    """Default values of a profile's constants (``{"DOCKER_TAG": "latest", ...}``); {} when unknown."""
    key = _profile_key(name)
    if key is None:
        return {}
    return {const: value for const, value, _ in _PROFILES[key]}


# ====================================================================== hardware constraints

HARDWARE_CONSTRAINTS: tuple[dict[str, Any], ...] = (
    {"discriminator": "MinimumCoreHardwareConstraint", "coreCount": 16},
    {"discriminator": "MaximumCoreHardwareConstraint", "coreCount": 32},
    {"discriminator": "MinimumRamHardwareConstraint", "minimumMemoryMB": 4000.0},
    {"discriminator": "MaximumRamHardwareConstraint", "maximumMemoryMB": 32000.0},
    {"discriminator": "MinimumRamCoreRatioHardwareConstraint", "minimumMemoryGBCoreRatio": 0.4},
    {"discriminator": "MaximumRamCoreRatioHardwareConstraint", "maximumMemoryGBCoreRatio": 0.7},
    {"discriminator": "SpecificHardwareConstraint", "specificationKey": "32c-128g-amd-tr2990wx-ssd"},
    {"discriminator": "CpuModelHardwareConstraint", "cpuModel": "AMD Ryzen 7 2700X"},
    {"discriminator": "GpuHardwareConstraint"},
    {"discriminator": "NoGpuHardwareConstraint"},
    {"discriminator": "SSDHardwareConstraint"},
    {"discriminator": "NoSSDHardwareConstraint"},
)
MAX_HARDWARE_CONSTRAINTS_LIMIT = 50


def hardware_constraints() -> list[dict[str, Any]]:
    """One example of each of the 12 hardware-constraint variants."""
    return [dict(item) for item in HARDWARE_CONSTRAINTS]


def hardware_constraints_page(limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    """``HardwareConstraintPage`` (``GET /hardware-constraints``).

    ``limit`` outside 1..50 (or None) becomes 50, as the C# SDK documents; a negative or missing ``offset``
    is 0; an offset past the end gives an empty ``data``.
    """
    size = limit if limit is not None and 1 <= limit <= MAX_HARDWARE_CONSTRAINTS_LIMIT else 50
    start = offset if offset is not None and offset > 0 else 0
    items = hardware_constraints()
    return {"data": items[start : start + size], "offset": start, "limit": size, "total": len(items)}


# ====================================================================== CPU models

_CPU_MODELS: tuple[str, ...] = (
    "AMD Ryzen 7 2700X",
    "AMD Ryzen 7 3700X",
    "AMD Ryzen 9 3900X",
    "AMD Ryzen 9 5950X",
    "AMD Ryzen 9 7950X",
    "AMD Ryzen Threadripper 2990WX",
    "AMD Ryzen Threadripper PRO 5995WX",
    "AMD EPYC 7543",
    "AMD EPYC 7763",
    "AMD EPYC 9654",
    "Intel Core i7-3770K",
    "Intel Core i7-8700K",
    "Intel Core i9-9900K",
    "Intel Core i9-13900K",
    "Intel Xeon E5-2680 v4",
    "Intel Xeon Gold 6248R",
    "Intel Xeon Platinum 8380",
    "Intel Xeon W-2295",
)
_TOKEN_SPLIT = re.compile(r"[\s_/,;:()]+")


def cpu_models() -> list[str]:
    """Every CPU model known to the sandbox."""
    return list(_CPU_MODELS)


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT.split(text.lower()) if t]


def _relevance(query: str, model: str) -> float:
    q = query.strip().lower()
    m = model.lower()
    if not q:
        return 0.0
    if q == m:
        return 1000.0
    score = 0.0
    if m.startswith(q):
        score += 200.0
    elif q in m:
        score += 120.0
    compact_q = re.sub(r"[\s-]+", "", q)
    if compact_q and compact_q in re.sub(r"[\s-]+", "", m):
        score += 40.0
    words = _tokens(model)
    query_tokens = _tokens(query)
    matched = 0
    for token in query_tokens:
        if token in words:
            score += 30.0
            matched += 1
        elif any(word.startswith(token) for word in words):
            score += 20.0
            matched += 1
        elif any(token in word for word in words) or token in m:
            score += 10.0
            matched += 1
    if query_tokens and matched == 0 and score == 0.0:
        return 0.0
    if query_tokens and matched == len(query_tokens):
        score += 25.0
    return score


def search_cpu_models(query: str) -> list[dict[str, Any]]:
    """``CpuModelHardwareConstraint`` items matching a free-text query, most relevant first.

    A model matches when a query word occurs in it (case-insensitive); exact names, prefixes and models
    containing every query word rank first; ties go to the shorter, then alphabetically first, name. A
    blank query lists every model alphabetically.
    """
    if not query.strip():
        ranked = sorted(_CPU_MODELS)
    else:
        scored = [(score, model) for model in _CPU_MODELS if (score := _relevance(query, model)) > 0]
        scored.sort(key=lambda pair: (-pair[0], len(pair[1]), pair[1]))
        ranked = [model for _, model in scored]
    return [{"discriminator": "CpuModelHardwareConstraint", "cpuModel": model} for model in ranked]


# ====================================================================== versions and settings


def api_versions() -> list[dict[str, Any]]:
    """``GET /versions``: the retired v0.1 and the current v1 (no end of life)."""
    return [
        {"version": "v0.1", "endOfLife": "2020-03-16"},
        {"version": "v1", "endOfLife": None},
    ]


def api_settings(storage_url: str | None) -> dict[str, Any]:
    """``GET /settings``: the storage URL (None when the deployment has no storage)."""
    return {"storage": storage_url}


# ====================================================================== carbon facts


@dataclass(frozen=True)
class Datacenter:
    """A reference datacenter carbon facts compare with."""

    key: str
    name: str
    pue: float
    grid_g_per_kwh: float


DATACENTERS: dict[str, Datacenter] = {
    dc.key: dc
    for dc in (
        Datacenter("european_dc", "Common European Datacenter", 1.6, 250.0),
        Datacenter("french_dc", "Common French Datacenter", 1.5, 52.0),
        Datacenter("german_dc", "Common German Datacenter", 1.55, 380.0),
        Datacenter("us_dc", "Common US Datacenter", 1.58, 370.0),
        Datacenter("hyperscale_dc", "Hyperscale Cloud Datacenter", 1.15, 250.0),
    )
}
DEFAULT_DATACENTER = "european_dc"

# Qarnot's own figures: computing heaters in France, most of the heat reused for buildings and water.
_WATTS_PER_CORE = 7.5
_QARNOT_PUE = 1.1
_QARNOT_ERF = 0.9
_QARNOT_WUE = 0.1
_QARNOT_GRID_G_PER_KWH = 52.0
# carbon of the heating the reused heat replaces (gas boiler)
_HEAT_SUBSTITUTION_G_PER_KWH = 227.0


def _datacenter(comparison: str | None) -> Datacenter:
    if comparison:
        wanted = comparison.strip().lower()
        for dc in DATACENTERS.values():
            if wanted in (dc.key, dc.name.lower()):
                return dc
    return DATACENTERS[DEFAULT_DATACENTER]


def carbon_facts(
    wall_time_seconds: float, cores: int, comparison_datacenter: str | None = None
) -> dict[str, Any]:
    """``CarbonFacts`` of a computation of ``cores`` cores during ``wall_time_seconds``.

    IT energy is ``cores x 7.5 W x hours``; the site's PUE (1.1) gives the consumed energy, 90 % of which is
    reused as heat (ERF). The footprint uses the French grid (52 gCO2eq/kWh); the equivalent footprint is
    the same IT load in the reference datacenter (``comparison_datacenter``: a key of :data:`DATACENTERS`
    or its name, case-insensitive; unknown or absent means :data:`DEFAULT_DATACENTER`) plus the heating the
    reused heat replaces. Energies are in Wh, footprints in gCO2eq.
    """
    dc = _datacenter(comparison_datacenter)
    hours = max(float(wall_time_seconds), 0.0) / 3600.0
    it_wh = max(int(cores), 0) * _WATTS_PER_CORE * hours
    consumed_wh = it_wh * _QARNOT_PUE
    reused_wh = consumed_wh * _QARNOT_ERF
    qarnot_g = consumed_wh / 1000.0 * _QARNOT_GRID_G_PER_KWH
    dc_compute_g = it_wh * dc.pue / 1000.0 * dc.grid_g_per_kwh
    heating_g = reused_wh / 1000.0 * _HEAT_SUBSTITUTION_G_PER_KWH
    equivalent_g = dc_compute_g + heating_g
    saved_compute = dc_compute_g - qarnot_g
    saved_total = saved_compute + heating_g
    ere = (consumed_wh - reused_wh) / it_wh if it_wh else (_QARNOT_PUE * (1 - _QARNOT_ERF))
    return {
        "total_consumed_energy_Wh": round(consumed_wh, 3),
        "total_energy_it_Wh": round(it_wh, 3),
        "total_reused_energy_Wh": round(reused_wh, 3),
        "qarnot_carbon_footprint": round(qarnot_g, 3),
        "equivalent_datacenter_name": dc.name,
        "equivalent_DC_carbon_footprint": round(equivalent_g, 3),
        "saved_carbon_footprint_compute": round(saved_compute, 3),
        "saved_carbon_footprint_heat": round(heating_g, 3),
        "saved_carbon_footprint_compute_heat": round(saved_total, 3),
        "saved_carbon_footprint_percent": round(saved_total / equivalent_g * 100.0, 2)
        if equivalent_g
        else 0.0,
        "PUE": _QARNOT_PUE,
        "ERE": round(ere, 3),
        "ERF": _QARNOT_ERF,
        "WUE": _QARNOT_WUE,
    }


# ====================================================================== credits

PRICE_PER_CORE_HOUR: dict[str, float] = {"flex": 0.025, "ondemand": 0.05, "reserved": 0.0}
DEFAULT_ACCOUNT_BALANCE = 3600.42


def consumed_credits(wall_time_seconds: float, cores: int, scheduling_type: str | None = "Flex") -> float:
    """Euros consumed by ``cores`` cores during ``wall_time_seconds`` (Flex 0.025, OnDemand 0.05 per
    core-hour; Reserved machines are prepaid), rounded to the cent."""
    rate = PRICE_PER_CORE_HOUR.get((scheduling_type or "Flex").strip().lower(), PRICE_PER_CORE_HOUR["flex"])
    hours = max(float(wall_time_seconds), 0.0) / 3600.0
    return round(max(int(cores), 0) * hours * rate, 2)


def resource_credits(
    wall_time_seconds: float, cores: int, scheduling_type: str | None = "Flex"
) -> dict[str, Any]:
    """``Credits`` consumed by a task or pool (``GET /credits/v1/tasks|pools/{id}/credits``)."""
    return {"credits": consumed_credits(wall_time_seconds, cores, scheduling_type)}


def account_credits(consumed: float = 0.0, balance: float = DEFAULT_ACCOUNT_BALANCE) -> dict[str, Any]:
    """``Credits`` left on the account: ``balance`` minus what was ``consumed`` (may go negative)."""
    return {"credits": round(balance - consumed, 2)}


# ====================================================================== projects and budgets


def _organization_uuid(email: str) -> str:
    return _stable_uuid("organization", email.lower())


def projects(email: str) -> list[dict[str, Any]]:
    """The user's organization projects: the default one and a non-default one (stable uuids per e-mail)."""
    org = _organization_uuid(email)
    return [
        {
            "uuid": _stable_uuid("project", email.lower(), "default"),
            "name": "Default Project",
            "slug": "default",
            "organizationUuid": org,
            "description": "Organization default project",
            "isDefault": True,
        },
        {
            "uuid": _stable_uuid("project", email.lower(), "research"),
            "name": "Research",
            "slug": "research",
            "organizationUuid": org,
            "description": "Simulations of the research team",
            "isDefault": False,
        },
    ]


def _iso(moment: datetime) -> str:
    moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _is_active(budget: Mapping[str, Any], now: datetime) -> bool:
    if budget["isArchived"]:
        return False
    start = datetime.fromisoformat(str(budget["startDateUtc"]))
    expiration = budget["expirationDateUtc"]
    if now < start:
        return False
    return expiration is None or now < datetime.fromisoformat(str(expiration))


def project_budgets(
    email: str,
    project_id: str,
    *,
    active_only: bool = False,
    now: datetime | None = None,
    anchor: datetime | None = None,
    consumed_cents: int = 0,
) -> dict[str, Any] | None:
    """``BudgetList`` of a project (``GET /credits/v1/projects/{id}/budgets``); None for an unknown project.

    The default project has a running budget (consuming ``consumed_cents``), an open-ended one, one not yet
    started and an archived, overspent one; the other project has none. Dates are relative to ``anchor``
    (when the account was created; default ``now``). With ``active_only`` only budgets neither archived nor
    outside their dates at ``now`` are listed. Project ids match case-insensitively.
    """
    current = now or datetime.now(UTC)
    if current.tzinfo is None:
        current = current.replace(tzinfo=UTC)
    base = anchor or current
    if base.tzinfo is None:
        base = base.replace(tzinfo=UTC)
    by_id = {p["uuid"].lower(): p for p in projects(email)}
    project = by_id.get(project_id.strip().lower())
    if project is None:
        return None
    budgets: list[dict[str, Any]] = []
    if project["isDefault"]:
        total = 100_000
        consumed = max(int(consumed_cents), 0)
        budgets = [
            {
                "uuid": _stable_uuid("budget", project["uuid"], "quarter"),
                "alias": "quarterly-compute",
                "consumedAmountInCents": consumed,
                "totalAmountInCents": total,
                "remainingAmountInCents": total - consumed,
                "startDateUtc": _iso(base - timedelta(days=30)),
                "expirationDateUtc": _iso(base + timedelta(days=60)),
                "budgetOverrunPolicy": "BlockNew",
                "isArchived": False,
            },
            {
                "uuid": _stable_uuid("budget", project["uuid"], "open"),
                "alias": "",
                "consumedAmountInCents": 0,
                "totalAmountInCents": 50_000,
                "remainingAmountInCents": 50_000,
                "startDateUtc": _iso(base - timedelta(days=7)),
                "expirationDateUtc": None,
                "budgetOverrunPolicy": "AlertOnly",
                "isArchived": False,
            },
            {
                "uuid": _stable_uuid("budget", project["uuid"], "next"),
                "alias": "next-quarter",
                "consumedAmountInCents": 0,
                "totalAmountInCents": 120_000,
                "remainingAmountInCents": 120_000,
                "startDateUtc": _iso(base + timedelta(days=60)),
                "expirationDateUtc": _iso(base + timedelta(days=150)),
                "budgetOverrunPolicy": "StopAndBlockAll",
                "isArchived": False,
            },
            {
                "uuid": _stable_uuid("budget", project["uuid"], "archived"),
                "alias": "last-year",
                "consumedAmountInCents": 2_345,
                "totalAmountInCents": 2_300,
                "remainingAmountInCents": -45,
                "startDateUtc": _iso(base - timedelta(days=400)),
                "expirationDateUtc": _iso(base - timedelta(days=35)),
                "budgetOverrunPolicy": None,
                "isArchived": True,
            },
        ]
    if active_only:
        budgets = [b for b in budgets if _is_active(b, current)]
    return {"budgets": budgets}


# ====================================================================== user info and quotas


@dataclass(frozen=True)
class RunningCounts:
    """Instances and cores running in one scheduling category."""

    instances: int = 0
    cores: int = 0

    def as_json(self) -> dict[str, int]:
        return {"runningInstancesCount": self.instances, "runningCoresCount": self.cores}


@dataclass(frozen=True)
class AccountUsage:
    """What one user has, as counted by the store."""

    task_count: int = 0
    running_task_count: int = 0
    job_count: int = 0
    pool_count: int = 0
    running_pool_count: int = 0
    bucket_count: int = 0
    used_bucket_bytes: int = 0
    flex: RunningCounts = RunningCounts()
    on_demand: RunningCounts = RunningCounts()
    reserved: Mapping[str, RunningCounts] = field(default_factory=dict)  # by reservation name

    @property
    def running_instances(self) -> int:
        return (
            self.flex.instances + self.on_demand.instances + sum(r.instances for r in self.reserved.values())
        )

    @property
    def running_cores(self) -> int:
        return self.flex.cores + self.on_demand.cores + sum(r.cores for r in self.reserved.values())


@dataclass(frozen=True)
class AccountLimits:
    """Quotas of the sandbox account (the store enforces them; 403 "maximum number of ... reached")."""

    max_task: int = 200
    max_running_task: int = 64
    max_job: int = 100
    max_pool: int = 20
    max_running_pool: int = 10
    max_bucket: int = 100
    quota_bytes_bucket: int = 100 * 1024**3
    flex_max_instances: int = 64
    flex_max_cores: int = 512
    on_demand_max_instances: int = 32
    on_demand_max_cores: int = 256
    reservation_name: str = "sandbox-reservation"
    reserved_machine_key: str = "32c-128g-amd-tr2990wx-ssd"
    reserved_max_instances: int = 4
    reserved_max_cores: int = 128
    organization_name: str = "Sandbox Organization"
    organization_factor: int = 4  # organization quotas are this multiple of the user's

    @property
    def max_instances(self) -> int:
        return self.flex_max_instances + self.on_demand_max_instances + self.reserved_max_instances

    @property
    def max_cores(self) -> int:
        return self.flex_max_cores + self.on_demand_max_cores + self.reserved_max_cores


DEFAULT_LIMITS = AccountLimits()


def _quota(max_instances: int, max_cores: int, running: RunningCounts) -> dict[str, Any]:
    return {"maxInstances": max_instances, "maxCores": max_cores, **running.as_json()}


def user_computing_quotas(usage: AccountUsage, limits: AccountLimits = DEFAULT_LIMITS) -> dict[str, Any]:
    """``UserComputingQuotas`` (``GET /quotas/computing-quotas/user``)."""
    reserved_running = usage.reserved.get(limits.reservation_name, RunningCounts())
    return {
        "flex": _quota(limits.flex_max_instances, limits.flex_max_cores, usage.flex),
        "onDemand": _quota(limits.on_demand_max_instances, limits.on_demand_max_cores, usage.on_demand),
        "reserved": [
            {
                "machineKey": limits.reserved_machine_key,
                "reservationName": limits.reservation_name,
                **_quota(limits.reserved_max_instances, limits.reserved_max_cores, reserved_running),
            }
        ],
    }


def _sum_counts(counts: Iterable[RunningCounts]) -> RunningCounts:
    instances = cores = 0
    for item in counts:
        instances += item.instances
        cores += item.cores
    return RunningCounts(instances, cores)


def _per_user(
    usage_by_user: Mapping[str, AccountUsage], pick: Any, with_details: bool
) -> dict[str, Any] | None:
    if not with_details:
        return None
    result: dict[str, Any] = {}
    for email, usage in sorted(usage_by_user.items()):
        counts: RunningCounts = pick(usage)
        if counts.instances or counts.cores:
            result[email] = counts.as_json()
    return result


def _organization_quotas(
    usage_by_user: Mapping[str, AccountUsage], limits: AccountLimits, with_details: bool | None
) -> dict[str, Any]:
    factor = limits.organization_factor
    users = list(usage_by_user.values())

    def with_users(quota: dict[str, Any], pick: Any) -> dict[str, Any]:
        if with_details is not None:
            quota["runningCountsPerUser"] = _per_user(usage_by_user, pick, with_details)
        return quota

    def reserved_of(u: AccountUsage) -> RunningCounts:
        return u.reserved.get(limits.reservation_name, RunningCounts())

    return {
        "name": limits.organization_name,
        "flex": with_users(
            _quota(
                limits.flex_max_instances * factor,
                limits.flex_max_cores * factor,
                _sum_counts(u.flex for u in users),
            ),
            lambda u: u.flex,
        ),
        "onDemand": with_users(
            _quota(
                limits.on_demand_max_instances * factor,
                limits.on_demand_max_cores * factor,
                _sum_counts(u.on_demand for u in users),
            ),
            lambda u: u.on_demand,
        ),
        "reserved": [
            with_users(
                {
                    "machineKey": limits.reserved_machine_key,
                    "reservationName": limits.reservation_name,
                    **_quota(
                        limits.reserved_max_instances * factor,
                        limits.reserved_max_cores * factor,
                        _sum_counts(reserved_of(u) for u in users),
                    ),
                },
                reserved_of,
            )
        ],
    }


def organization_computing_quotas(
    usage_by_user: Mapping[str, AccountUsage],
    limits: AccountLimits = DEFAULT_LIMITS,
    *,
    show_user_details: bool = True,
) -> dict[str, Any]:
    """``OrganizationComputingQuotasWithUserDetails`` (``GET /quotas/computing-quotas/organization``).

    Running counts are summed over the organization's users; ``runningCountsPerUser`` maps the e-mail of
    each user running something in the category to its counts (``{}`` when nobody runs anything there,
    None when ``show_user_details`` is false, as for callers not allowed to see them).
    """
    return _organization_quotas(usage_by_user, limits, show_user_details)


def user_info(
    email: str,
    usage: AccountUsage,
    limits: AccountLimits = DEFAULT_LIMITS,
    *,
    organization_usage: Mapping[str, AccountUsage] | None = None,
) -> dict[str, Any]:
    """``UserInfo`` (``GET /info``): every field the SDKs read, legacy counters included.

    ``organization_usage`` (by e-mail) feeds the organization part of ``computingQuotas``; by default the
    organization is this user alone.
    """
    org_usage = organization_usage if organization_usage is not None else {email: usage}
    return {
        "email": email,
        "maxBucket": limits.max_bucket,
        "bucketCount": usage.bucket_count,
        "quotaBytesBucket": limits.quota_bytes_bucket,
        "usedQuotaBytesBucket": usage.used_bucket_bytes,
        "quotaBytes": limits.quota_bytes_bucket,
        "usedQuotaBytes": usage.used_bucket_bytes,
        "maxTask": limits.max_task,
        "taskCount": usage.task_count,
        "maxRunningTask": limits.max_running_task,
        "runningTaskCount": usage.running_task_count,
        "maxJob": limits.max_job,
        "jobCount": usage.job_count,
        "maxPool": limits.max_pool,
        "poolCount": usage.pool_count,
        "maxRunningPool": limits.max_running_pool,
        "runningPoolCount": usage.running_pool_count,
        "maxInstances": limits.max_instances,
        "maxCores": limits.max_cores,
        "runningInstanceCount": usage.running_instances,
        "runningCoreCount": usage.running_cores,
        "maxFlexInstances": limits.flex_max_instances,
        "maxFlexCores": limits.flex_max_cores,
        "maxOnDemandInstances": limits.on_demand_max_instances,
        "maxOnDemandCores": limits.on_demand_max_cores,
        "runningFlexInstanceCount": usage.flex.instances,
        "runningFlexCoreCount": usage.flex.cores,
        "runningOnDemandInstanceCount": usage.on_demand.instances,
        "runningOnDemandCoreCount": usage.on_demand.cores,
        "reservedQuotas": [
            {
                "machineKey": limits.reserved_machine_key,
                "maxInstances": limits.reserved_max_instances,
                "maxCores": limits.reserved_max_cores,
            }
        ],
        "defaultScheduling": "Flex",
        "defaultReservedSpecificationKey": limits.reserved_machine_key,
        "maxDisk": 0,
        "diskCount": 0,
        "quotaBytesDisk": 0,
        "usedQuotaBytesDisk": 0,
        "computingQuotas": {
            "user": user_computing_quotas(usage, limits),
            "organization": _organization_quotas(org_usage, limits, None),
        },
        "projects": projects(email),
    }


# ====================================================================== port forwarding


def _port_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def task_port_forwards(
    task_uuid: str,
    rules: Sequence[Mapping[str, Any]] | None,
    instance_ids: Iterable[int],
    *,
    gateway_domain: str = "gateway.qarnotservices.com",
) -> dict[str, dict[str, dict[str, Any]]]:
    """``TaskPortForwards`` (``GET /v1/network/tasks/{id}/port-forward``): instance -> rule name -> forward.

    One forward per running instance and inbound rule of the task's ``forcedNetworkRules``. The public host
    is ``<taskUuid>-<instance>-<rule>.<gateway_domain>``; HTTPS forwards are published on 443, others on a
    stable port derived from the task, instance and rule. Outbound rules and instances not running give
    nothing; a task without inbound rules answers ``{}``.
    """
    inbound = [rule for rule in rules or [] if rule.get("inbound") is True]
    answer: dict[str, dict[str, dict[str, Any]]] = {}
    for instance in sorted(set(instance_ids)):
        forwards: dict[str, dict[str, Any]] = {}
        for index, rule in enumerate(inbound):
            proto = str(rule.get("proto") or "tcp").lower()
            port = _port_number(rule.get("port"))
            name = str(rule.get("name") or f"{proto}-{port if port is not None else index}")
            slug = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-") or f"rule-{index}"
            if proto == "https":
                public_port = 443
            else:
                digest = hashlib.sha256(f"{task_uuid}/{instance}/{name}".encode()).digest()
                public_port = 20000 + int.from_bytes(digest[:2], "big") % 40000
            forwards[name] = {
                "name": name,
                "enabled": True,
                "applicationType": rule.get("applicationType") or ("https" if proto == "https" else proto),
                "proto": proto,
                "port": port,
                "allowedIPs": str(rule.get("to") or "0.0.0.0/0"),
                "access": {
                    "publicHost": f"{task_uuid}-{instance}-{slug}.{gateway_domain}",
                    "publicPort": public_port,
                },
            }
        if forwards:
            answer[str(instance)] = forwards
    return answer

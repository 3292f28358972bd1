"""Unit tests of the sandbox's catalog data (qarnot_facade/testing/catalog.py).

Every answer is checked against the spec: it must be what the operation documents for a 200.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from qarnot_facade.testing import catalog
from qarnot_facade.testing.catalog import AccountLimits, AccountUsage, RunningCounts
from qarnot_facade.testing.validation import SpecValidator

EMAIL = "sandbox@example.com"
CARBON_KEYS = {
    "total_consumed_energy_Wh",
    "total_energy_it_Wh",
    "total_reused_energy_Wh",
    "qarnot_carbon_footprint",
    "equivalent_datacenter_name",
    "equivalent_DC_carbon_footprint",
    "saved_carbon_footprint_compute",
    "saved_carbon_footprint_heat",
    "saved_carbon_footprint_compute_heat",
    "saved_carbon_footprint_percent",
    "PUE",
    "ERE",
    "ERF",
    "WUE",
}
USER_INFO_KEYS = {
    "email",
    "maxBucket",
    "bucketCount",
    "quotaBytesBucket",
    "usedQuotaBytesBucket",
    "quotaBytes",
    "usedQuotaBytes",
    "maxTask",
    "taskCount",
    "maxRunningTask",
    "runningTaskCount",
    "maxJob",
    "jobCount",
    "maxPool",
    "poolCount",
    "maxRunningPool",
    "runningPoolCount",
    "maxInstances",
    "maxCores",
    "runningInstanceCount",
    "runningCoreCount",
    "maxFlexInstances",
    "maxFlexCores",
    "maxOnDemandInstances",
    "maxOnDemandCores",
    "runningFlexInstanceCount",
    "runningFlexCoreCount",
    "runningOnDemandInstanceCount",
    "runningOnDemandCoreCount",
    "reservedQuotas",
    "defaultScheduling",
    "defaultReservedSpecificationKey",
    "maxDisk",
    "diskCount",
    "quotaBytesDisk",
    "usedQuotaBytesDisk",
    "computingQuotas",
    "projects",
}


@pytest.fixture(scope="module")
def spec() -> SpecValidator:
    return SpecValidator()


def assert_conforms(spec: SpecValidator, operation_id: str, body: Any) -> None:
    problems = spec.validate_response(operation_id, 200, "application/json", json.dumps(body).encode())
    assert problems == []


# ---------------------------------------------------------------------- profiles


def test_profiles_list_and_details(spec: SpecValidator) -> None:
    names = catalog.list_profiles()
    assert {"docker-batch", "docker-network", "docker-batch-gpu", "docker-network-ssh"} <= set(names)
    assert_conforms(spec, "list_profiles", names)
    for name in names:
        details = catalog.profile_details(name)
        assert details is not None
        assert details["name"] == name
        assert_conforms(spec, "get_profile_details", details)
        constants = {c["name"]: c for c in details["constants"]}
        assert {"DOCKER_REPO", "DOCKER_TAG", "DOCKER_CMD"} <= set(constants)
        assert all(c["description"] for c in details["constants"])


def test_profile_specific_constants() -> None:
    ssh = catalog.profile_details("docker-network-ssh")
    gpu = catalog.profile_details("docker-batch-gpu")
    batch = catalog.profile_details("docker-batch")
    assert ssh is not None and gpu is not None and batch is not None
    assert "DOCKER_SSH" in {c["name"] for c in ssh["constants"]}
    assert "NVIDIA_VISIBLE_DEVICES" in {c["name"] for c in gpu["constants"]}
    assert gpu["licenses"] and not batch["licenses"]


def test_unknown_profile_and_case_insensitive_names() -> None:
    assert catalog.profile_details("no-such-profile") is None
    details = catalog.profile_details("Docker-Batch")
    assert details is not None and details["name"] == "docker-batch"
    assert catalog.profile_constant_defaults("docker-batch")["DOCKER_TAG"] == "latest"
    assert catalog.profile_constant_defaults("nope") == {}


def test_profile_details_are_fresh_copies() -> None:
    first = catalog.profile_details("docker-batch")
    assert first is not None
    first["constants"].clear()
    second = catalog.profile_details("docker-batch")
    assert second is not None and second["constants"]


# ---------------------------------------------------------------------- hardware constraints


def test_all_twelve_hardware_constraint_variants(spec: SpecValidator) -> None:
    items = catalog.hardware_constraints()
    discriminators = [item["discriminator"] for item in items]
    assert len(set(discriminators)) == 12
    schemas = spec.spec["components"]["schemas"]
    variants = set()
    for branch in schemas["HardwareConstraint"]["oneOf"]:
        variant = spec.resolve(branch)
        const = variant.get("properties", {}).get("discriminator", {}).get("const")
        if const is not None:
            variants.add(const)
    assert len(variants) == 12
    assert set(discriminators) == variants
    for item in items:
        schema_name = item["discriminator"]
        assert spec.validate_schema(schema_name, item) == {}
        required = set(spec.spec["components"]["schemas"][schema_name].get("properties", {})) - {
            "discriminator"
        }
        assert required <= set(item), f"{schema_name} misses {required - set(item)}"


def test_hardware_constraints_page(spec: SpecValidator) -> None:
    page = catalog.hardware_constraints_page()
    assert (page["offset"], page["limit"], page["total"], len(page["data"])) == (0, 50, 12, 12)
    assert_conforms(spec, "list_hardware_constraints", page)
    page = catalog.hardware_constraints_page(limit=5, offset=10)
    assert (page["offset"], page["limit"], len(page["data"])) == (10, 5, 2)
    assert page["data"][0] == catalog.hardware_constraints()[10]
    assert catalog.hardware_constraints_page(limit=500)["limit"] == 50
    assert catalog.hardware_constraints_page(limit=0)["limit"] == 50
    assert catalog.hardware_constraints_page(offset=100)["data"] == []
    assert catalog.hardware_constraints_page(offset=-3)["offset"] == 0


def test_paging_through_hardware_constraints_like_the_python_sdk() -> None:
    seen: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = catalog.hardware_constraints_page(limit=5, offset=offset)
        seen.extend(page["data"])
        offset = page["offset"] + page["limit"]
        if page["total"] <= offset:
            break
    assert seen == catalog.hardware_constraints()


# ---------------------------------------------------------------------- CPU models


def test_cpu_model_search_ranks_by_relevance(spec: SpecValidator) -> None:
    found = catalog.search_cpu_models("ryzen 9")
    models = [item["cpuModel"] for item in found]
    assert models and all("Ryzen" in m for m in models[:4])
    assert models[0].startswith("AMD Ryzen 9")
    assert_conforms(spec, "search_cpu_model_constraints", found)


def test_cpu_model_exact_and_partial_queries() -> None:
    assert catalog.search_cpu_models("Intel Core i7-3770K")[0]["cpuModel"] == "Intel Core i7-3770K"
    assert catalog.search_cpu_models("i7-3770k")[0]["cpuModel"] == "Intel Core i7-3770K"
    assert catalog.search_cpu_models("2990")[0]["cpuModel"] == "AMD Ryzen Threadripper 2990WX"
    epyc = [item["cpuModel"] for item in catalog.search_cpu_models("epyc")]
    assert epyc and all("EPYC" in m for m in epyc)
    xeon_gold = catalog.search_cpu_models("xeon gold")
    assert xeon_gold[0]["cpuModel"] == "Intel Xeon Gold 6248R"


def test_cpu_model_search_without_match_and_blank() -> None:
    assert catalog.search_cpu_models("pentium-pro-quantum") == []
    everything = catalog.search_cpu_models("  ")
    assert [i["cpuModel"] for i in everything] == sorted(catalog.cpu_models())
    assert all(i["discriminator"] == "CpuModelHardwareConstraint" for i in everything)


# ---------------------------------------------------------------------- versions and settings


def test_versions_and_settings(spec: SpecValidator) -> None:
    versions = catalog.api_versions()
    assert {"v1", "v0.1"} <= {v["version"] for v in versions}
    assert_conforms(spec, "get_versions", versions)
    assert catalog.api_settings("http://127.0.0.1:9000") == {"storage": "http://127.0.0.1:9000"}
    assert_conforms(spec, "get_settings", catalog.api_settings(None))


# ---------------------------------------------------------------------- carbon facts


def test_carbon_facts_have_every_key_and_conform(spec: SpecValidator) -> None:
    facts = catalog.carbon_facts(3600, 8)
    assert set(facts) == CARBON_KEYS
    assert_conforms(spec, "get_task_carbon_facts", facts)
    assert_conforms(spec, "get_pool_carbon_facts", facts)


def test_carbon_facts_are_consistent() -> None:
    facts = catalog.carbon_facts(7200, 16)
    assert facts["total_energy_it_Wh"] == pytest.approx(16 * 7.5 * 2)
    assert facts["total_consumed_energy_Wh"] == pytest.approx(facts["total_energy_it_Wh"] * facts["PUE"])
    assert facts["total_reused_energy_Wh"] == pytest.approx(facts["total_consumed_energy_Wh"] * facts["ERF"])
    assert facts["saved_carbon_footprint_compute_heat"] == pytest.approx(
        facts["saved_carbon_footprint_compute"] + facts["saved_carbon_footprint_heat"], abs=0.01
    )
    assert facts["saved_carbon_footprint_compute_heat"] == pytest.approx(
        facts["equivalent_DC_carbon_footprint"] - facts["qarnot_carbon_footprint"], abs=0.01
    )
    assert 0 < facts["saved_carbon_footprint_percent"] <= 100
    assert facts["qarnot_carbon_footprint"] < facts["equivalent_DC_carbon_footprint"]


def test_carbon_facts_grow_with_time_and_cores() -> None:
    small = catalog.carbon_facts(600, 2)
    longer = catalog.carbon_facts(1200, 2)
    wider = catalog.carbon_facts(600, 4)
    assert longer["total_energy_it_Wh"] == pytest.approx(2 * small["total_energy_it_Wh"])
    assert wider["qarnot_carbon_footprint"] == pytest.approx(2 * small["qarnot_carbon_footprint"], rel=1e-3)


def test_comparison_datacenter_changes_the_reference() -> None:
    default = catalog.carbon_facts(3600, 8)
    assert default["equivalent_datacenter_name"] == "Common European Datacenter"
    french = catalog.carbon_facts(3600, 8, "french_dc")
    assert french["equivalent_datacenter_name"] == "Common French Datacenter"
    assert french["equivalent_DC_carbon_footprint"] < default["equivalent_DC_carbon_footprint"]
    assert french["qarnot_carbon_footprint"] == default["qarnot_carbon_footprint"]
    us = catalog.carbon_facts(3600, 8, "US_DC")
    assert us["equivalent_datacenter_name"] == "Common US Datacenter"
    by_name = catalog.carbon_facts(3600, 8, "common german datacenter")
    assert by_name["equivalent_datacenter_name"] == "Common German Datacenter"
    assert (
        catalog.carbon_facts(3600, 8, "atlantis")["equivalent_datacenter_name"]
        == default["equivalent_datacenter_name"]
    )


def test_carbon_facts_of_nothing(spec: SpecValidator) -> None:
    facts = catalog.carbon_facts(0, 0)
    assert facts["total_energy_it_Wh"] == 0
    assert facts["saved_carbon_footprint_percent"] == 0
    assert_conforms(spec, "get_task_carbon_facts", facts)


# ---------------------------------------------------------------------- credits


def test_credits(spec: SpecValidator) -> None:
    assert catalog.consumed_credits(3600, 4, "Flex") == pytest.approx(0.1)
    assert catalog.consumed_credits(3600, 4, "onDemand") == pytest.approx(0.2)
    assert catalog.consumed_credits(3600, 4, "Reserved") == 0
    assert catalog.consumed_credits(3600, 4, None) == catalog.consumed_credits(3600, 4, "flex")
    task = catalog.resource_credits(7200, 8)
    assert task == {"credits": 0.4}
    assert_conforms(spec, "get_task_credits", task)
    assert_conforms(spec, "get_pool_credits", catalog.resource_credits(0, 0))
    account = catalog.account_credits(consumed=0.4)
    assert account["credits"] == pytest.approx(catalog.DEFAULT_ACCOUNT_BALANCE - 0.4)
    assert_conforms(spec, "get_account_credits", account)
    assert catalog.account_credits(consumed=10, balance=5)["credits"] == -5


# ---------------------------------------------------------------------- projects and budgets


def test_projects_default_and_non_default(spec: SpecValidator) -> None:
    items = catalog.projects(EMAIL)
    assert [p["isDefault"] for p in items] == [True, False]
    assert items[0]["slug"] == "default"
    assert len({p["uuid"] for p in items}) == 2
    assert catalog.projects(EMAIL) == items
    assert catalog.projects("other@example.com")[0]["uuid"] != items[0]["uuid"]
    for project in items:
        assert spec.validate_schema("Project", project) == {}


def test_budgets_of_the_default_project(spec: SpecValidator) -> None:
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    default_id = catalog.projects(EMAIL)[0]["uuid"]
    everything = catalog.project_budgets(EMAIL, default_id, now=now, consumed_cents=1234)
    assert everything is not None
    assert_conforms(spec, "get_project_budgets", everything)
    budgets = everything["budgets"]
    assert len(budgets) == 4
    assert any(b["isArchived"] for b in budgets)
    running = budgets[0]
    assert running["consumedAmountInCents"] == 1234
    assert running["remainingAmountInCents"] == running["totalAmountInCents"] - 1234
    assert any(b["remainingAmountInCents"] < 0 for b in budgets)
    assert any(b["expirationDateUtc"] is None for b in budgets)


def test_budgets_active_only_filter() -> None:
    anchor = datetime(2026, 6, 1, tzinfo=UTC)
    default_id = catalog.projects(EMAIL)[0]["uuid"]
    active = catalog.project_budgets(EMAIL, default_id, active_only=True, now=anchor, anchor=anchor)
    assert active is not None
    aliases = {b["alias"] for b in active["budgets"]}
    assert aliases == {"quarterly-compute", ""}
    later = catalog.project_budgets(
        EMAIL, default_id, active_only=True, now=anchor + timedelta(days=90), anchor=anchor
    )
    assert later is not None
    assert {b["alias"] for b in later["budgets"]} == {"", "next-quarter"}
    assert all(not b["isArchived"] for b in later["budgets"])


def test_budgets_of_other_and_unknown_projects() -> None:
    research = catalog.projects(EMAIL)[1]["uuid"]
    assert catalog.project_budgets(EMAIL, research) == {"budgets": []}
    assert catalog.project_budgets(EMAIL, research.upper()) == {"budgets": []}
    assert catalog.project_budgets(EMAIL, "00000000-0000-0000-0000-000000000000") is None
    assert catalog.project_budgets("other@example.com", research) is None


# ---------------------------------------------------------------------- user info and quotas

USAGE = AccountUsage(
    task_count=5,
    running_task_count=2,
    job_count=1,
    pool_count=3,
    running_pool_count=1,
    bucket_count=4,
    used_bucket_bytes=123_456,
    flex=RunningCounts(3, 24),
    on_demand=RunningCounts(1, 8),
    reserved={"sandbox-reservation": RunningCounts(1, 32)},
)


def test_user_info_has_every_field_and_the_counters(spec: SpecValidator) -> None:
    info = catalog.user_info(EMAIL, USAGE)
    assert set(info) == USER_INFO_KEYS
    assert_conforms(spec, "get_user_info", info)
    assert info["email"] == EMAIL
    assert (info["taskCount"], info["runningTaskCount"], info["jobCount"]) == (5, 2, 1)
    assert (info["poolCount"], info["runningPoolCount"], info["bucketCount"]) == (3, 1, 4)
    assert info["usedQuotaBytesBucket"] == 123_456
    assert (info["runningInstanceCount"], info["runningCoreCount"]) == (5, 64)
    assert (info["runningFlexInstanceCount"], info["runningOnDemandCoreCount"]) == (3, 8)
    quotas = info["computingQuotas"]
    assert quotas["user"]["flex"]["runningCoresCount"] == 24
    assert quotas["organization"]["flex"]["runningCoresCount"] == 24
    assert "runningCountsPerUser" not in quotas["organization"]["flex"]
    assert [p["isDefault"] for p in info["projects"]] == [True, False]


def test_user_info_limits_are_configurable() -> None:
    limits = AccountLimits(max_task=3, flex_max_cores=16)
    info = catalog.user_info(EMAIL, AccountUsage(), limits)
    assert info["maxTask"] == 3
    assert info["computingQuotas"]["user"]["flex"]["maxCores"] == 16
    assert info["runningInstanceCount"] == 0


def test_user_computing_quotas(spec: SpecValidator) -> None:
    quotas = catalog.user_computing_quotas(USAGE)
    assert_conforms(spec, "get_user_computing_quotas", quotas)
    assert quotas["flex"] == {
        "maxInstances": 64,
        "maxCores": 512,
        "runningInstancesCount": 3,
        "runningCoresCount": 24,
    }
    assert quotas["onDemand"]["runningInstancesCount"] == 1
    assert quotas["reserved"][0]["reservationName"] == "sandbox-reservation"
    assert quotas["reserved"][0]["runningCoresCount"] == 32


def test_organization_quotas_with_running_counts_per_user(spec: SpecValidator) -> None:
    other = AccountUsage(flex=RunningCounts(2, 4))
    quotas = catalog.organization_computing_quotas({EMAIL: USAGE, "bob@example.com": other})
    assert_conforms(spec, "get_organization_computing_quotas", quotas)
    assert quotas["flex"]["runningInstancesCount"] == 5
    assert quotas["flex"]["runningCoresCount"] == 28
    assert quotas["flex"]["runningCountsPerUser"] == {
        "bob@example.com": {"runningInstancesCount": 2, "runningCoresCount": 4},
        EMAIL: {"runningInstancesCount": 3, "runningCoresCount": 24},
    }
    # bob runs nothing on demand: absent there
    assert quotas["onDemand"]["runningCountsPerUser"] == {
        EMAIL: {"runningInstancesCount": 1, "runningCoresCount": 8}
    }
    assert quotas["reserved"][0]["runningCountsPerUser"] == {
        EMAIL: {"runningInstancesCount": 1, "runningCoresCount": 32}
    }
    assert quotas["flex"]["maxInstances"] == 4 * 64


def test_organization_quotas_idle_and_hidden(spec: SpecValidator) -> None:
    idle = catalog.organization_computing_quotas({EMAIL: AccountUsage()})
    assert idle["flex"]["runningCountsPerUser"] == {}
    hidden = catalog.organization_computing_quotas({EMAIL: USAGE}, show_user_details=False)
    assert hidden["flex"]["runningCountsPerUser"] is None
    assert_conforms(spec, "get_organization_computing_quotas", hidden)


# ---------------------------------------------------------------------- port forwards

RULES = [
    {"inbound": True, "proto": "https", "port": "8888", "name": "jupyter", "applicationType": "http"},
    {"inbound": True, "proto": "tcp", "port": "22", "to": "10.0.0.0/8"},
    {"inbound": False, "proto": "tcp", "publicHost": "example.com", "publicPort": "443"},
]


def test_port_forwards_per_instance_and_inbound_rule(spec: SpecValidator) -> None:
    answer = catalog.task_port_forwards("t-uuid", RULES, [1, 0])
    assert_conforms(spec, "get_task_port_forwarding", answer)
    assert list(answer) == ["0", "1"]
    jupyter = answer["0"]["jupyter"]
    assert jupyter["port"] == 8888 and jupyter["proto"] == "https" and jupyter["enabled"]
    assert jupyter["applicationType"] == "http"
    assert jupyter["access"] == {
        "publicHost": "t-uuid-0-jupyter.gateway.qarnotservices.com",
        "publicPort": 443,
    }
    ssh = answer["1"]["tcp-22"]
    assert ssh["allowedIPs"] == "10.0.0.0/8"
    assert 20000 <= ssh["access"]["publicPort"] < 60000
    assert set(answer["0"]) == {"jupyter", "tcp-22"}


def test_port_forwards_are_stable_and_empty_without_rules() -> None:
    assert catalog.task_port_forwards("t", RULES, [0]) == catalog.task_port_forwards("t", RULES, [0])
    assert catalog.task_port_forwards("t", None, [0, 1]) == {}
    assert catalog.task_port_forwards("t", RULES, []) == {}
    assert catalog.task_port_forwards("t", [RULES[2]], [0]) == {}

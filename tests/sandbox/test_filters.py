"""Unit tests of the sandbox's filter language, selection, ordering and pagination (testing/filters.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qarnot_facade.testing.filters import (
    MAX_PAGE_SIZE,
    FilterError,
    check_filter,
    filter_items,
    make_token,
    matches,
    order_items,
    paginate,
    parse_select,
    read_token,
    select_fields,
)

TASK: dict[str, Any] = {
    "uuid": "E1D8E5FC-B28F-4ED8-9B72-7EA991D9CFC3",
    "name": "render-frame-0042",
    "shortname": "render-42",
    "profile": "docker-batch",
    "state": "FullyExecuting",
    "previousState": "FullyDispatched",
    "poolUuid": None,
    "jobUuid": "5d2b0c1e-0000-4000-8000-000000000001",
    "tags": ["blender", "frame-42", "urgent"],
    "labels": {"team": "render", "env": "prod"},
    "constants": [{"key": "DOCKER_REPO", "value": "library/ubuntu"}, {"key": "DOCKER_TAG", "value": "24.04"}],
    "instanceCount": 4,
    "runningCoreCount": 16,
    "progress": 37.5,
    "creationDate": "2024-02-20T22:09:35Z",
    "endDate": "0001-01-01T00:00:00Z",
    "executionTime": "00:28:04",
    "wallTime": "1.03:16:50.5000000",
    "schedulingType": "flex",
    "autoDeleteOnCompletion": False,
    "dependencies": None,
    "status": {"executionTimeSec": 1684.0, "succeededRange": "0-2"},
}

POOL: dict[str, Any] = {
    "uuid": "f7cc0000-0000-4000-8000-000000000002",
    "name": "render-pool",
    "state": "Closed",
    "tags": [],
    "elasticProperty": {"isElastic": True, "minTotalSlots": 2, "maxTotalSlots": 10},
    "preparationTask": {"commandLine": "apt-get install blender"},
    "queuedOrRunningTaskInstancesCount": 3,
    "poolUsage": 0.91,
}


def leaf(op: str, field: str, value: Any) -> dict[str, Any]:
    return {"operator": op, "field": field, "value": value}


# --------------------------------------------------------------------------- equality and fields


def test_no_filter_matches_everything() -> None:
    assert matches(None, TASK)
    assert matches({}, TASK)


def test_equal_on_a_scalar_field_with_pascal_case_path() -> None:
    assert matches(leaf("Equal", "Name", "render-frame-0042"), TASK)
    assert not matches(leaf("Equal", "Name", "other"), TASK)
    assert matches(leaf("NotEqual", "Name", "other"), TASK)
    assert not matches(leaf("NotEqual", "Name", "render-frame-0042"), TASK)


def test_names_compare_case_sensitively_but_states_do_not() -> None:
    assert not matches(leaf("Equal", "Name", "RENDER-FRAME-0042"), TASK)
    assert matches(leaf("Equal", "State", "fullyexecuting"), TASK)
    assert matches(leaf("Equal", "State", "FULLYEXECUTING"), TASK)
    assert matches(leaf("Equal", "SchedulingType", "Flex"), TASK)
    assert matches(leaf("Equal", "PreviousState", "fullydispatched"), TASK)


def test_uuids_compare_case_insensitively() -> None:
    assert matches(leaf("Equal", "Uuid", "e1d8e5fc-b28f-4ed8-9b72-7ea991d9cfc3"), TASK)
    assert matches(leaf("In", "JobUuid", ["5D2B0C1E-0000-4000-8000-000000000001"]), TASK)


def test_camel_case_and_odd_case_field_paths_are_accepted() -> None:
    assert matches(leaf("Equal", "instanceCount", 4), TASK)
    assert matches(leaf("Equal", "INSTANCECOUNT", 4), TASK)
    assert matches(leaf("GreaterThan", "queuedOrRunningTaskInstancesCount", 2), POOL)


def test_equal_on_a_collection_field_means_contains() -> None:
    assert matches(leaf("Equal", "Tags", "urgent"), TASK)
    assert not matches(leaf("Equal", "Tags", "missing"), TASK)
    assert matches(leaf("NotEqual", "Tags", "missing"), TASK)
    assert not matches(leaf("NotEqual", "Tags", "urgent"), TASK)
    assert not matches(leaf("Equal", "Tags", "x"), POOL)
    assert matches(leaf("NotEqual", "Tags", "x"), POOL)


def test_equal_with_a_list_value_compares_the_whole_collection() -> None:
    assert matches(leaf("Equal", "Tags", ["blender", "frame-42", "urgent"]), TASK)
    assert not matches(leaf("Equal", "Tags", ["blender"]), TASK)


def test_numbers_and_numeric_strings() -> None:
    assert matches(leaf("Equal", "InstanceCount", 4), TASK)
    assert matches(leaf("Equal", "InstanceCount", "4"), TASK)
    assert matches(leaf("Equal", "InstanceCount", 4.0), TASK)
    assert not matches(leaf("Equal", "InstanceCount", "four"), TASK)
    assert matches(leaf("Equal", "Progress", 37.5), TASK)


def test_booleans_accept_json_and_text_values() -> None:
    assert matches(leaf("Equal", "AutoDeleteOnCompletion", False), TASK)
    assert matches(leaf("Equal", "AutoDeleteOnCompletion", "false"), TASK)
    assert matches(leaf("Equal", "AutoDeleteOnCompletion", "False"), TASK)
    assert not matches(leaf("Equal", "AutoDeleteOnCompletion", True), TASK)
    assert not matches(leaf("Equal", "AutoDeleteOnCompletion", 0), TASK)


def test_null_fields() -> None:
    assert matches(leaf("Equal", "PoolUuid", None), TASK)
    assert not matches(leaf("NotEqual", "PoolUuid", None), TASK)
    assert matches(leaf("NotEqual", "JobUuid", None), TASK)
    assert not matches(leaf("Equal", "PoolUuid", "abc"), TASK)
    assert not matches(leaf("GreaterThan", "PoolUuid", "abc"), TASK)


def test_known_fields_absent_from_the_object_are_null() -> None:
    assert matches(leaf("Equal", "ProjectUuid", None), TASK)
    assert not matches(leaf("Equal", "ProjectUuid", "p"), TASK)
    assert matches(leaf("Equal", "Dependencies.DependsOn", None), TASK)


def test_dotted_paths_into_nested_objects() -> None:
    assert matches(leaf("Equal", "ElasticProperty.MinTotalSlots", 2), POOL)
    assert matches(leaf("Equal", "ElasticProperty.IsElastic", True), POOL)
    assert matches(leaf("GreaterThanOrEqual", "ElasticProperty.MaxTotalSlots", 10), POOL)
    assert matches(leaf("Like", "PreparationTask.CommandLine", "blender$"), POOL)
    assert matches(leaf("Equal", "Status.SucceededRange", "0-2"), TASK)


def test_dotted_paths_through_lists_collect_the_elements() -> None:
    assert matches(leaf("Equal", "Constants.Key", "DOCKER_TAG"), TASK)
    assert not matches(leaf("Equal", "Constants.Key", "DOCKER_CMD"), TASK)
    assert matches(leaf("In", "Constants.Value", ["24.04", "x"]), TASK)


def test_labels_match_by_key_value() -> None:
    assert matches(leaf("Equal", "Labels", {"team": "render"}), TASK)
    assert not matches(leaf("Equal", "Labels", {"team": "ops"}), TASK)
    assert matches(leaf("Equal", "Labels", "env=prod"), TASK)
    assert matches(leaf("Equal", "Labels", "env"), TASK)
    assert not matches(leaf("Equal", "Labels", "owner"), TASK)
    assert matches(leaf("Equal", "Labels.team", "render"), TASK)
    assert matches(leaf("Equal", "Labels.owner", None), TASK)


# --------------------------------------------------------------------------- In / NotIn


def test_in_and_not_in_with_a_value_list() -> None:
    assert matches(leaf("In", "State", ["Submitted", "FullyExecuting"]), TASK)
    assert not matches(leaf("In", "State", ["Submitted", "Success"]), TASK)
    assert matches(leaf("NotIn", "State", ["Success", "Failure", "Cancelled"]), TASK)
    assert not matches(leaf("NotIn", "State", ["fullyexecuting"]), TASK)


def test_in_and_not_in_with_values_as_the_csharp_sdk_sends_them() -> None:
    assert matches({"operator": "In", "field": "State", "values": ["FullyExecuting"]}, TASK)
    assert matches({"Operator": "NotIn", "Field": "State", "Values": ["Success"]}, TASK)
    assert not matches({"operator": "In", "field": "InstanceCount", "values": [1, 2, 3]}, TASK)


def test_in_on_a_collection_field_means_intersects() -> None:
    assert matches(leaf("In", "Tags", ["nope", "blender"]), TASK)
    assert not matches(leaf("In", "Tags", ["nope", "nada"]), TASK)
    assert matches(leaf("NotIn", "Tags", ["nope", "nada"]), TASK)
    assert not matches(leaf("NotIn", "Tags", ["urgent"]), TASK)


def test_in_with_a_scalar_value_is_a_one_element_list() -> None:
    assert matches(leaf("In", "Name", "render-frame-0042"), TASK)


def test_in_without_value_is_an_error_naming_the_field() -> None:
    with pytest.raises(FilterError) as excinfo:
        matches({"operator": "In", "field": "State"}, TASK)
    assert excinfo.value.field == "State"
    assert "State" in str(excinfo.value)
    with pytest.raises(FilterError):
        matches({"operator": "In", "field": "State", "values": "Success"}, TASK)


# --------------------------------------------------------------------------- ordering


@pytest.mark.parametrize(
    ("op", "value", "expected"),
    [
        ("LessThan", 5, True),
        ("LessThan", 4, False),
        ("LessThanOrEqual", 4, True),
        ("LessThanOrEqual", 3, False),
        ("GreaterThan", 3, True),
        ("GreaterThan", 4, False),
        ("GreaterThanOrEqual", 4, True),
        ("GreaterThanOrEqual", 5, False),
        ("GreaterThan", "3", True),
    ],
)
def test_ordering_operators_on_numbers(op: str, value: Any, expected: bool) -> None:
    assert matches(leaf(op, "InstanceCount", value), TASK) is expected


def test_ordering_on_floats() -> None:
    assert matches(leaf("GreaterThan", "poolUsage", 0.9), POOL)
    assert not matches(leaf("GreaterThan", "poolUsage", 0.91), POOL)


def test_datetime_comparisons_use_instants_not_text() -> None:
    assert matches(leaf("GreaterThan", "CreationDate", "2024-02-20T00:00:00Z"), TASK)
    assert matches(leaf("LessThan", "CreationDate", "2024-02-21"), TASK)
    # same instant in another offset and with a 7-digit fraction
    assert matches(leaf("Equal", "CreationDate", "2024-02-20T23:09:35+01:00"), TASK)
    assert matches(leaf("Equal", "CreationDate", "2024-02-20T22:09:35.0000000Z"), TASK)
    assert matches(leaf("GreaterThanOrEqual", "CreationDate", "2024-02-20T22:09:35.0000000Z"), TASK)
    assert not matches(leaf("GreaterThan", "CreationDate", "2024-02-20T22:09:35.0000001Z"), TASK)
    # "never" sorts before anything
    assert matches(leaf("LessThan", "EndDate", "1970-01-01T00:00:00Z"), TASK)


def test_timespan_comparisons_use_durations() -> None:
    assert matches(leaf("GreaterThan", "ExecutionTime", "00:09:59"), TASK)
    assert matches(leaf("LessThan", "ExecutionTime", "1.00:00:00"), TASK)
    assert matches(leaf("GreaterThan", "WallTime", "23:59:59"), TASK)
    assert matches(leaf("GreaterThan", "ExecutionTime", 1000), TASK)
    assert matches(leaf("Equal", "ExecutionTime", "00:28:04.0000000"), TASK)


def test_string_ordering_is_lexicographic() -> None:
    assert matches(leaf("GreaterThan", "Name", "render-frame-0041"), TASK)
    assert matches(leaf("LessThan", "Name", "s"), TASK)


def test_ordering_on_a_collection_holds_when_one_element_satisfies() -> None:
    assert matches(leaf("GreaterThan", "Tags", "t"), TASK)
    assert not matches(leaf("GreaterThan", "Tags", "v"), TASK)


def test_ordering_incompatible_types_is_an_error() -> None:
    with pytest.raises(FilterError) as excinfo:
        matches(leaf("GreaterThan", "InstanceCount", "many"), TASK)
    assert excinfo.value.field == "InstanceCount"
    with pytest.raises(FilterError):
        matches(leaf("LessThan", "AutoDeleteOnCompletion", True), TASK)
    with pytest.raises(FilterError):
        matches(leaf("LessThan", "InstanceCount", None), TASK)
    with pytest.raises(FilterError):
        matches(leaf("LessThan", "Labels", "x"), TASK)


# --------------------------------------------------------------------------- Like


def test_like_is_a_regular_expression_search() -> None:
    assert matches(leaf("Like", "Name", "frame-00[0-9]+"), TASK)
    assert matches(leaf("Like", "Name", "^render"), TASK)
    assert not matches(leaf("Like", "Name", "^frame"), TASK)
    assert not matches(leaf("Like", "Name", "RENDER"), TASK)


def test_like_on_enum_like_fields_ignores_case() -> None:
    assert matches(leaf("Like", "State", "^fully"), TASK)


def test_like_on_collections_and_numbers() -> None:
    assert matches(leaf("Like", "Tags", "^frame-\\d+$"), TASK)
    assert not matches(leaf("Like", "Tags", "^\\d+$"), TASK)
    assert matches(leaf("Like", "InstanceCount", "^4$"), TASK)
    assert not matches(leaf("Like", "PoolUuid", ".*"), TASK)


def test_like_with_a_bad_regex_or_a_non_string_is_an_error() -> None:
    with pytest.raises(FilterError) as excinfo:
        matches(leaf("Like", "Name", "([unclosed"), TASK)
    assert excinfo.value.field == "Name"
    with pytest.raises(FilterError):
        matches(leaf("Like", "Name", 42), TASK)


# --------------------------------------------------------------------------- nodes


def test_and_or_nodes() -> None:
    tags_any = {
        "operator": "Or",
        "filters": [leaf("Equal", "Tags", "tag1"), leaf("Equal", "Tags", "urgent")],
    }
    tags_all = {
        "operator": "And",
        "filters": [leaf("Equal", "Tags", "blender"), leaf("Equal", "Tags", "urgent")],
    }
    assert matches(tags_any, TASK)
    assert matches(tags_all, TASK)
    assert not matches(
        {"operator": "And", "filters": [leaf("Equal", "Tags", "urgent"), leaf("Equal", "Tags", "x")]}, TASK
    )
    assert not matches({"operator": "Or", "filters": [leaf("Equal", "Tags", "x")]}, TASK)


def test_nested_nodes() -> None:
    flt: dict[str, Any] = {
        "operator": "And",
        "filters": [
            {
                "operator": "Or",
                "filters": [leaf("Equal", "State", "Success"), leaf("Equal", "State", "FullyExecuting")],
            },
            {
                "operator": "Or",
                "filters": [
                    {
                        "operator": "And",
                        "filters": [leaf("GreaterThan", "InstanceCount", 10), leaf("Equal", "Tags", "x")],
                    },
                    leaf("Like", "Profile", "^docker-"),
                ],
            },
        ],
    }
    assert matches(flt, TASK)
    flt["filters"][1]["filters"][1] = leaf("Like", "Profile", "^python")
    assert not matches(flt, TASK)


def test_empty_nodes_follow_logic() -> None:
    assert matches({"operator": "And", "filters": []}, TASK)
    assert not matches({"operator": "Or", "filters": []}, TASK)


def test_operator_names_and_filter_keys_are_case_insensitive() -> None:
    assert matches(
        {"Operator": "OR", "Filters": [{"OPERATOR": "equal", "FIELD": "Tags", "VALUE": "urgent"}]}, TASK
    )
    assert matches({"operator": "greaterthanorequal", "field": "InstanceCount", "value": 4}, TASK)


# --------------------------------------------------------------------------- errors


def test_unknown_operator_names_the_field() -> None:
    with pytest.raises(FilterError) as excinfo:
        matches(leaf("Contains", "Tags", "x"), TASK)
    assert excinfo.value.field == "Tags"
    assert "Contains" in str(excinfo.value) and "Tags" in str(excinfo.value)


def test_unknown_field_names_the_field() -> None:
    with pytest.raises(FilterError) as excinfo:
        matches(leaf("Equal", "Colour", "blue"), TASK)
    assert excinfo.value.field == "Colour"
    assert "Colour" in str(excinfo.value)
    with pytest.raises(FilterError) as excinfo:
        matches(leaf("Equal", "ElasticProperty.Nope", 1), POOL)
    assert excinfo.value.field == "ElasticProperty.Nope"
    with pytest.raises(FilterError):
        matches(leaf("Equal", "Name.Length", 1), TASK)


def test_unknown_field_deep_in_a_tree_is_found_even_after_short_circuit() -> None:
    flt = {"operator": "Or", "filters": [leaf("Equal", "Tags", "urgent"), leaf("Bogus", "Name", "x")]}
    with pytest.raises(FilterError) as excinfo:
        matches(flt, TASK)
    assert excinfo.value.field == "Name"


@pytest.mark.parametrize(
    "bad",
    [
        "And",
        ["Equal"],
        {"field": "Name", "value": "x"},
        {"operator": "", "field": "Name"},
        {"operator": "And"},
        {"operator": "Or", "filters": "nope"},
        {"operator": "And", "filters": [42]},
        {"operator": "Equal", "value": "x"},
        {"operator": "Equal", "field": "", "value": "x"},
        {"operator": "Equal", "field": "Elastic..Min", "value": 1},
    ],
)
def test_malformed_filters_raise(bad: Any) -> None:
    with pytest.raises(FilterError):
        check_filter(bad)
    with pytest.raises(FilterError):
        filter_items(bad, [])


def test_check_filter_accepts_a_valid_tree_and_none() -> None:
    check_filter(None)
    check_filter({"operator": "And", "filters": [leaf("Equal", "Tags", "a"), leaf("In", "State", ["x"])]})


def test_filter_items_keeps_order() -> None:
    items = [
        {"name": f"t{i}", "instanceCount": i, "tags": ["even" if i % 2 == 0 else "odd"]} for i in range(10)
    ]
    kept = filter_items(leaf("Equal", "Tags", "even"), items)
    assert [t["name"] for t in kept] == ["t0", "t2", "t4", "t6", "t8"]
    assert filter_items(None, items) == items


# --------------------------------------------------------------------------- selection


def test_select_fields_keeps_the_objects_spelling() -> None:
    assert select_fields(TASK, ["Name", "Uuid", "State"]) == {
        "name": "render-frame-0042",
        "uuid": TASK["uuid"],
        "state": "FullyExecuting",
    }


def test_select_nested_fields() -> None:
    assert select_fields(POOL, ["ElasticProperty.MinTotalSlots", "ElasticProperty.IsElastic", "Name"]) == {
        "elasticProperty": {"minTotalSlots": 2, "isElastic": True},
        "name": "render-pool",
    }
    assert select_fields(TASK, ["Status"]) == {"status": TASK["status"]}


def test_select_nothing_returns_a_copy_of_everything() -> None:
    copy = select_fields(TASK, [])
    assert copy == TASK
    assert copy is not TASK


def test_select_known_but_absent_field_is_left_out_and_unknown_is_an_error() -> None:
    assert select_fields(TASK, ["ProjectUuid", "Name"]) == {"name": "render-frame-0042"}
    with pytest.raises(FilterError) as excinfo:
        select_fields(TASK, ["Colour"])
    assert excinfo.value.field == "Colour"


def test_parse_select_accepts_both_shapes() -> None:
    assert parse_select({"fields": ["Name", "State"]}) == ["Name", "State"]
    assert parse_select({"Fields": ["Name"]}) == ["Name"]
    assert parse_select(["Uuid"]) == ["Uuid"]
    assert parse_select(None) == []
    assert parse_select({}) == []
    with pytest.raises(FilterError) as excinfo:
        parse_select({"fields": "Name"})
    assert excinfo.value.field == "select"
    with pytest.raises(FilterError):
        parse_select([1, 2])


# --------------------------------------------------------------------------- ordering of items


def test_order_items_ascending_descending_nulls_last() -> None:
    items: list[dict[str, Any]] = [
        {"name": "b", "creationDate": "2024-01-02T00:00:00Z", "instanceCount": 2},
        {"name": "a", "creationDate": "2024-01-03T00:00:00Z", "instanceCount": None},
        {"name": "c", "creationDate": "2023-12-31T23:00:00Z", "instanceCount": 1},
    ]
    assert [i["name"] for i in order_items(items, "Name")] == ["a", "b", "c"]
    assert [i["name"] for i in order_items(items, "Name", "Descending")] == ["c", "b", "a"]
    assert [i["name"] for i in order_items(items, "CreationDate", "asc")] == ["c", "b", "a"]
    assert [i["name"] for i in order_items(items, "InstanceCount")] == ["c", "b", "a"]
    assert [i["name"] for i in order_items(items, "InstanceCount", "DESC")] == ["b", "c", "a"]
    assert order_items(items, None) == items


def test_order_items_errors() -> None:
    with pytest.raises(FilterError) as excinfo:
        order_items([TASK], "Name", "sideways")
    assert excinfo.value.field == "orderType"
    with pytest.raises(FilterError):
        order_items([TASK], "Colour")


def test_order_items_mixed_types_put_numbers_first() -> None:
    items: list[dict[str, Any]] = [
        {"name": "x"},
        {"name": 1},
        {"name": None},
        {"name": "2024-01-01T00:00:00Z"},
    ]
    assert [i["name"] for i in order_items(items, "Name")] == [1, "2024-01-01T00:00:00Z", "x", None]


# --------------------------------------------------------------------------- pagination

ITEMS = [{"uuid": f"u{i:03d}", "n": i} for i in range(23)]


def collect_pages(maximum: int | None) -> list[list[dict[str, Any]]]:
    pages = []
    token: str | None = None
    while True:
        data, token, truncated = paginate(ITEMS, token, maximum)
        pages.append(data)
        assert truncated is (token is not None)
        if not truncated:
            return pages


def test_pages_cover_every_item_once_in_order() -> None:
    pages = collect_pages(10)
    assert [len(p) for p in pages] == [10, 10, 3]
    assert [item["n"] for page in pages for item in page] == list(range(23))


def test_last_page_has_no_next_token_and_is_not_truncated() -> None:
    data, next_token, truncated = paginate(ITEMS, None, 100)
    assert len(data) == 23
    assert next_token is None
    assert truncated is False


def test_exact_multiple_ends_without_an_empty_extra_page() -> None:
    pages = collect_pages(23)
    assert [len(p) for p in pages] == [23]
    data, next_token, truncated = paginate(ITEMS[:20], None, 10)
    assert next_token is not None and truncated
    data, next_token, truncated = paginate(ITEMS[:20], next_token, 10)
    assert len(data) == 10 and next_token is None and truncated is False


def test_default_page_size() -> None:
    many = [{"n": i} for i in range(120)]
    data, token, truncated = paginate(many, None, None)
    assert token is not None
    assert len(data) == 50 and truncated
    data, _, truncated = paginate(many, None, None, default_page_size=7)
    assert len(data) == 7


def test_empty_collection() -> None:
    assert paginate([], None, 10) == ([], None, False)
    assert paginate([], "", None) == ([], None, False)


def test_tokens_are_opaque_and_stable() -> None:
    _, token_a, _ = paginate(ITEMS, None, 5)
    _, token_b, _ = paginate(ITEMS, None, 5)
    assert token_a == token_b
    assert token_a is not None
    assert token_a != "5" and not token_a.isdigit()
    assert len(token_a) == 24
    assert read_token(token_a) == 5
    assert make_token(5) == token_a
    # different positions give different tokens
    assert len({make_token(i) for i in range(100)}) == 100


def test_returned_items_are_copies() -> None:
    data, _, _ = paginate(ITEMS, None, 1)
    data[0]["n"] = 999
    assert ITEMS[0]["n"] == 0


@pytest.mark.parametrize(
    "token", ["garbage", "5", make_token(5)[:-1] + ("0" if make_token(5)[-1] != "0" else "1"), "0" * 24]
)
def test_bad_tokens_raise_filter_error(token: str) -> None:
    with pytest.raises(FilterError) as excinfo:
        paginate(ITEMS, token, 5)
    assert excinfo.value.field == "token"


def test_token_past_the_end_gives_an_empty_last_page() -> None:
    assert paginate(ITEMS[:3], make_token(10), 5) == ([], None, False)


@pytest.mark.parametrize("bad", [0, -1, True, "10", 2.5])
def test_bad_maximum_results(bad: Any) -> None:
    with pytest.raises(FilterError) as excinfo:
        paginate(ITEMS, None, bad)
    assert excinfo.value.field == "maximumResults"


def test_integral_floats_are_integers() -> None:
    data, _, _ = paginate(ITEMS, None, 3.0)  # type: ignore[arg-type]
    assert len(data) == 3
    data, _, _ = paginate(ITEMS, None, 20636.0)  # type: ignore[arg-type]
    assert len(data) == 23


def test_maximum_results_is_capped() -> None:
    many = [{"n": i} for i in range(MAX_PAGE_SIZE + 5)]
    data, token, truncated = paginate(many, None, MAX_PAGE_SIZE * 10)
    assert len(data) == MAX_PAGE_SIZE
    assert truncated and token is not None
    data, token, truncated = paginate(many, token, MAX_PAGE_SIZE * 10)
    assert len(data) == 5 and not truncated


def test_make_token_rejects_out_of_range_offsets() -> None:
    with pytest.raises(ValueError):
        make_token(-1)


def test_the_python_sdk_tag_filter(shared_fixtures: Path) -> None:
    flt = json.loads((shared_fixtures / "python-sdk" / "request-filter-tags.json").read_text())
    assert matches(flt, {"tags": ["tag2", "tag_inter1", "tag_inter2"]})
    assert not matches(flt, {"tags": ["tag1", "tag_inter1"]})
    assert not matches(flt, {"tags": ["tag_inter1", "tag_inter2"]})

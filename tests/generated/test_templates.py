"""What the custom generator templates (generator-templates/) promise, checked on the generated client."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import traceback
from pathlib import Path
from types import ModuleType

import pytest
from qarnot_api import models
from qarnot_api.client import AuthenticatedClient
from qarnot_api.types import UNSET, decoding, json_body

ROOT = Path(__file__).resolve().parents[2]
SECRET = "tok-5f3b9e-never-print-me"  # a module constant, so that no rendered frame holds it as a local


@pytest.mark.parametrize(
    ("wire", "member"),
    [
        ("flex", models.SchedulingType.FLEX),
        ("Flex", models.SchedulingType.FLEX),
        ("onDemand", models.SchedulingType.ONDEMAND),
        ("ONDEMAND", models.SchedulingType.ONDEMAND),
    ],
)
def test_open_enum_maps_any_casing_to_its_member(wire: str, member: models.SchedulingType) -> None:
    task = models.Task.from_dict({"uuid": "t", "schedulingType": wire})
    assert task.scheduling_type is member
    assert models.SchedulingType.parse(wire) is member
    assert models.SchedulingType(wire) is member  # the constructor too (closed enum fields)


def test_read_only_access_maps_to_its_member() -> None:
    forced = models.ForcedConstant.from_dict({"constantName": "X", "forcedValue": "1", "access": "readOnly"})
    assert forced.access is models.ForcedConstantAccess.READONLY


def test_unknown_open_enum_value_stays_the_string_sent() -> None:
    task = models.Task.from_dict({"uuid": "t", "state": "submetted", "previousState": None})
    assert task.state == "submetted" and not isinstance(task.state, models.TaskState)
    assert task.previous_state is None
    assert task.scheduling_type is UNSET
    assert models.TaskState.parse("submetted") == "submetted"
    with pytest.raises(ValueError):
        models.TaskState("submetted")


def test_decoding_round_trips_and_keeps_extra_keys() -> None:
    body = {"uuid": "t", "state": "Success", "creationDate": "2019-11-08T10:54:11Z", "brandNew": 1}
    task = models.Task.from_dict(body)
    assert task.additional_properties == {"brandNew": 1}
    assert task.to_dict() == {**body, "creationDate": "2019-11-08T10:54:11+00:00"}
    assert models.Task.from_dict({"uuid": "t"}).additional_properties == {}


def test_json_body_and_decoding_restore_the_collector() -> None:
    import gc

    assert json_body(b'{"a": [1, "\\u00e9"]}') == {"a": [1, "\u00e9"]}
    assert gc.isenabled()
    with pytest.raises(RuntimeError), decoding():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_a_large_body_promotes_what_it_became_to_the_oldest_generation() -> None:
    import gc

    from qarnot_api.types import PROMOTE_AT

    gc.collect()
    with decoding(PROMOTE_AT):
        tasks = [models.Task.from_dict({"uuid": str(i), "tags": ["a"]}) for i in range(2000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    assert not any(id(task) in young for task in tasks)  # moved without a collection walking them
    assert all(gc.is_tracked(task) for task in tasks[:10])  # still collectable, by the full collections

    with decoding(PROMOTE_AT - 1):
        small = [models.Task.from_dict({"uuid": str(i)}) for i in range(10)]
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    assert all(id(task) in young for task in small)  # a small answer's models age as usual


def test_a_large_body_collects_the_program_s_young_garbage_instead_of_promoting_it() -> None:
    import gc
    import weakref

    from qarnot_api.types import PROMOTE_AT

    class Node:
        me: object = None

    gc.collect()
    node = Node()
    node.me = node  # a reference cycle: only the collector can free it
    freed = weakref.ref(node)
    kept = Node()
    kept.me = kept
    del node
    with decoding(PROMOTE_AT):
        models.Task.from_dict({"uuid": "t"})
    assert freed() is None  # collected before the body's objects were promoted, not carried with them
    assert gc.is_tracked(kept)  # a live young object is left alone (it ages as usual)


def test_decoding_leaves_a_program_s_own_frozen_objects_and_disabled_collector_alone() -> None:
    import gc

    from qarnot_api.types import PROMOTE_AT

    kept = [object()]  # tracked by the collector
    gc.freeze()  # as a program does before forking workers
    try:
        with decoding(PROMOTE_AT):
            models.Task.from_dict({"uuid": "t"})
        assert gc.get_freeze_count() > 0
        assert not any(o is kept for o in gc.get_objects())  # still frozen: no generation lists it
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        with decoding(PROMOTE_AT):
            models.Task.from_dict({"uuid": "t"})
        assert not gc.isenabled()  # a program that disabled the collector keeps it disabled
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        ({"ResultsCacheTTLSec": 60}, 60, 60),
        ({"resultsCacheTTLSec": 30}, 30, 30),
        ({"ResultsCacheTTLSec": None, "resultsCacheTTLSec": 30}, 30, 30),
        ({"ResultsCacheTTLSec": 60, "resultsCacheTTLSec": None}, 60, 60),
        ({"ResultsCacheTTLSec": 60, "resultsCacheTTLSec": 30}, 60, 30),  # both sent: each kept as sent
        ({}, UNSET, UNSET),
    ],
)
def test_a_figure_spelt_twice_is_filled_under_both_names(body: dict[str, object], first: object, second: object) -> None:
    task = models.Task.from_dict({"uuid": "t", **body})
    assert (task.ResultsCacheTTLSec, task.resultsCacheTTLSec) == (first, second)


def test_nested_figures_spelt_twice_are_filled_where_they_are() -> None:
    info = models.RunningCoreCountByCpuModel.from_dict({"model": "m", "runningCorecount": 4})
    assert info.running_core_count == info.running_corecount == 4
    facts = models.CarbonFacts.from_dict({"PUE": 1.1, "totalConsumedEnergyWh": 5.0})
    assert facts.PUE == facts.pue == 1.1
    assert facts.total_consumed_energy_Wh == facts.totalConsumedEnergyWh == 5.0


STATUS = {
    "executionProgress": 100,
    "timestamp": "2019-11-29T15:24:33Z",
    "runningInstancesInfo": {"perRunningInstanceInfo": [], "averageFrequencyGHz": 0},
    "executionTimeByCpuModel": [{"model": "AMD Ryzen 7", "time": 1684, "core": 16}],
}


def test_a_task_s_status_reads_as_the_model_it_decodes_to() -> None:
    import copy
    import pickle

    import attrs

    task = models.Task.from_dict({"uuid": "t", "status": STATUS})
    status = task.status
    assert isinstance(status, models.Status) and status == models.Status.from_dict(STATUS)
    assert task.status is status  # decoded once, then a plain read
    assert status.execution_time_by_cpu_model[0].core == 16  # type: ignore[index,union-attr]
    other = models.Task.from_dict({"uuid": "t", "status": STATUS})
    assert other == task and "Status(" in repr(other)  # equality and repr decode what they compare
    assert models.Task.from_dict(task.to_dict()) == task
    assert attrs.evolve(models.Task.from_dict({"uuid": "t", "status": STATUS}), name="n").status == status
    for twin in (copy.copy(other), copy.deepcopy(other), pickle.loads(pickle.dumps(other))):
        assert twin == task and isinstance(twin.status, models.Status)
    task.status = None
    assert task.status is None and models.Task(status=status).status is status


@pytest.mark.parametrize(("sent", "read"), [(None, None), ("busy", "busy"), (7, 7)])
def test_a_status_that_is_not_an_object_stays_as_sent(sent: object, read: object) -> None:
    assert models.Task.from_dict({"uuid": "t", "status": sent}).status == read
    assert models.Task.from_dict({"uuid": "t"}).status is UNSET
    assert models.Pool.from_dict({"uuid": "p", "status": sent}).status == read


def test_additional_properties_is_a_dict_of_the_instance_when_first_used() -> None:
    first, second = models.KeyValue.from_dict({"key": "K"}), models.KeyValue.from_dict({"key": "K"})
    assert first.additional_properties == {} and first == second
    first["extra"] = 1
    assert first.additional_properties == {"extra": 1} and second.additional_properties == {}
    assert first != second and "extra" in first and "extra" not in second
    second.additional_properties["extra"] = 1
    assert first == second and first.to_dict() == {"key": "K", "extra": 1}
    built = models.KeyValue(key="K")
    assert built.additional_properties == {} and built.additional_keys == []


def test_models_that_refer_to_each_other_import_in_any_order() -> None:
    for first in ("status", "task", "pool", "job", "task_page"):
        code = f"import qarnot_api.models.{first}; from qarnot_api.models import Task; Task.from_dict({{}})"
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT / "generated")


def test_authenticated_client_repr_hides_the_token() -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1:9", token=SECRET, prefix="")
    client.get_httpx_client()  # the token is now also in the headers
    assert SECRET not in repr(client)
    assert "Authorization" in repr(client)

    def fails(api: AuthenticatedClient) -> None:
        raise RuntimeError("boom")

    try:
        fails(client)
    except RuntimeError as exc:
        rendered = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    assert "boom" in rendered and "AuthenticatedClient(" in rendered
    assert SECRET not in rendered
    client.get_httpx_client().close()


def _generate_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_script", ROOT / "scripts" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_facade_model_lists_are_the_generated_models() -> None:
    generate = _generate_script()
    names = generate.model_names(ROOT / "generated" / "qarnot_api")
    assert names == sorted(models.__all__) and "Task" in names
    committed = (ROOT / "qarnot_facade" / "__init__.py").read_text(encoding="utf-8")
    assert generate.render_facade_init(committed, names) == committed
    stale = generate.render_facade_init(committed, [n for n in names if n != "Task"])
    assert stale != committed and '"Task",' not in stale.split("# BEGIN generated: model names")[1][:4000]
    import qarnot_facade

    assert set(names) <= set(qarnot_facade.__all__)
    assert qarnot_facade.Task is models.Task and qarnot_facade.Constant is models.KeyValue


def test_models_package_loads_a_model_on_first_use() -> None:
    code = (
        "import sys, qarnot_api.models as m; assert 'qarnot_api.models.task' not in sys.modules; "
        "m.Task; assert 'qarnot_api.models.task' in sys.modules; "
        "assert 'qarnot_api.models.pool' not in sys.modules; assert 'Pool' in dir(m); "
        # a model's own models load on its first from_dict/to_dict, not with it
        "from qarnot_api.models import CreateTaskPayload as P; "
        "assert 'qarnot_api.models.gpu_hardware_constraint' not in sys.modules; "
        "P.from_dict({'name': 'n', 'hardwareConstraints': [{'discriminator': 'GpuHardware'}]}); "
        "assert 'qarnot_api.models.gpu_hardware_constraint' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT / "generated")


def test_the_hello_world_import_line_loads_neither_httpx_nor_the_client() -> None:
    code = (
        "import sys; from qarnot_facade import Client, Constant, CreateTaskPayload; "
        "assert 'httpx' not in sys.modules and 'qarnot_api.client' not in sys.modules, sorted(sys.modules); "
        "from qarnot_api import AuthenticatedClient; assert 'httpx' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

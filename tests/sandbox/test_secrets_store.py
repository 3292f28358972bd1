"""Unit tests of the sandbox's secrets store (qarnot_facade.testing.secrets)."""

from __future__ import annotations

import threading

import pytest

from qarnot_facade.testing.secrets import (
    InvalidSecretKey,
    SecretExists,
    SecretNotFound,
    SecretStore,
    SecretStoreError,
    normalize_key,
)


@pytest.fixture
def store() -> SecretStore:
    s = SecretStore()
    for key in (
        "folder1/subfolder1/key1",
        "folder1/subfolder1/key2",
        "folder1/subfolder2/key3",
        "folder1/key4",
        "folder1/key5",
        "root_key",
        "folder2/deep/er/key6",
    ):
        s.create(key, f"value of {key}")
    return s


def test_create_then_get_returns_the_value() -> None:
    s = SecretStore()
    s.create("db/password", "hunter2")
    assert s.get("db/password") == "hunter2"
    assert len(s) == 1
    assert "db/password" in s


def test_leading_and_trailing_slashes_are_not_part_of_the_key() -> None:
    s = SecretStore()
    s.create("/a/b/", "v")
    assert s.get("a/b") == "v"
    assert s.get("/a/b") == "v"
    assert s.keys() == ["a/b"]


def test_create_existing_key_raises_secret_exists_and_keeps_the_value() -> None:
    s = SecretStore()
    s.create("k", "first")
    with pytest.raises(SecretExists) as excinfo:
        s.create("/k/", "second")
    assert excinfo.value.key == "k"
    assert str(excinfo.value) == "Secret k already exists"
    assert s.get("k") == "first"


def test_get_missing_raises_secret_not_found_with_the_api_message() -> None:
    s = SecretStore()
    with pytest.raises(SecretNotFound) as excinfo:
        s.get("the_key")
    assert excinfo.value.key == "the_key"
    assert excinfo.value.message == "Secret the_key doesn't exist"
    assert isinstance(excinfo.value, SecretStoreError)


def test_update_replaces_an_existing_value() -> None:
    s = SecretStore()
    s.create("k", "old")
    s.update("k", "new")
    assert s.get("k") == "new"


def test_update_missing_raises_secret_not_found_and_creates_nothing() -> None:
    s = SecretStore()
    with pytest.raises(SecretNotFound):
        s.update("nope", "v")
    assert "nope" not in s
    assert len(s) == 0


def test_delete_removes_and_second_delete_raises() -> None:
    s = SecretStore()
    s.create("k", "v")
    s.delete("k")
    assert "k" not in s
    with pytest.raises(SecretNotFound):
        s.delete("k")
    with pytest.raises(SecretNotFound):
        s.get("k")


@pytest.mark.parametrize("bad", ["", "/", "///", "a//b"])
def test_invalid_keys_are_rejected(bad: str) -> None:
    s = SecretStore()
    with pytest.raises(InvalidSecretKey):
        s.create(bad, "v")
    with pytest.raises(InvalidSecretKey):
        normalize_key(bad)
    assert bad not in s


def test_search_root_lists_top_level_keys_and_folders(store: SecretStore) -> None:
    assert store.search("") == ["folder1/", "folder2/", "root_key"]
    assert store.search("/") == ["folder1/", "folder2/", "root_key"]


def test_search_lists_entries_directly_under_the_prefix_relative_to_it(store: SecretStore) -> None:
    assert store.search("folder1") == ["key4", "key5", "subfolder1/", "subfolder2/"]
    assert store.search("/folder1/") == ["key4", "key5", "subfolder1/", "subfolder2/"]
    assert store.search("folder1/subfolder1") == ["key1", "key2"]
    assert store.search("folder2") == ["deep/"]
    assert store.search("folder2/deep") == ["er/"]


def test_search_is_by_folder_not_by_string_prefix(store: SecretStore) -> None:
    assert store.search("fold") == []
    assert store.search("folder1/sub") == []


def test_search_unknown_prefix_and_a_key_itself_have_no_entries(store: SecretStore) -> None:
    assert store.search("nowhere") == []
    assert store.search("root_key") == []


def test_a_key_can_also_be_a_folder() -> None:
    s = SecretStore()
    s.create("a", "1")
    s.create("a/b", "2")
    assert s.search("") == ["a", "a/"]
    assert s.search("a") == ["b"]


def test_search_reflects_deletions(store: SecretStore) -> None:
    store.delete("folder1/subfolder2/key3")
    assert store.search("folder1") == ["key4", "key5", "subfolder1/"]


def test_clear_forgets_everything(store: SecretStore) -> None:
    store.clear()
    assert len(store) == 0
    assert store.search("") == []


def test_contains_tolerates_non_strings_and_invalid_keys(store: SecretStore) -> None:
    assert 42 not in store
    assert "" not in store
    assert "root_key" in store


def test_concurrent_creates_of_one_key_have_exactly_one_winner() -> None:
    s = SecretStore()
    barrier = threading.Barrier(8)
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        barrier.wait()
        try:
            s.create("contested", str(i))
            result = "won"
        except SecretExists:
            result = "lost"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["lost"] * 7 + ["won"]
    assert s.get("contested") in {str(i) for i in range(8)}


def test_concurrent_creates_of_distinct_keys_are_all_kept() -> None:
    s = SecretStore()

    def worker(i: int) -> None:
        for j in range(50):
            s.create(f"t{i}/k{j}", "v")

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(s) == 200
    assert s.search("") == ["t0/", "t1/", "t2/", "t3/"]
    assert len(s.search("t2")) == 50

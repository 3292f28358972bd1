"""Naming buckets in task and pool payloads.

``resource_bucket("inputs", prefix="run1/", strip_prefix="run1/", cache_ttl_sec=3600)`` builds the
generated ``AdvancedResourceBucket``; :func:`task_buckets` builds the payload fields naming resource
buckets and a result bucket, ready to pass to ``CreateTaskPayload(**task_buckets(...))`` or to merge
into a JSON body (``as_json=True``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from qarnot_facade.errors import InvalidInputError

if TYPE_CHECKING:
    from qarnot_api.models.advanced_resource_bucket import AdvancedResourceBucket


def _name(bucket: object, what: str) -> str:
    if not isinstance(bucket, str) or not bucket.strip():
        raise InvalidInputError(f"{what} must be a non-empty bucket name, got {bucket!r}")
    return bucket


def resource_bucket(
    bucket: str,
    *,
    prefix: str | None = None,
    strip_prefix: str | None = None,
    cache_ttl_sec: int | None = None,
) -> AdvancedResourceBucket:
    """A resource bucket for a task or pool.

    Args:
        bucket: the bucket name.
        prefix: only keys starting with it are given to the task (``filtering.prefixFiltering``).
        strip_prefix: removed from the start of the keys as the task sees them
            (``resourcesTransformation.stripPrefix``); often the same as ``prefix``.
        cache_ttl_sec: how long the nodes may cache this bucket, in seconds (>= 0).
    """
    from qarnot_api.models.advanced_resource_bucket import AdvancedResourceBucket
    from qarnot_api.models.prefix_filtering import PrefixFiltering
    from qarnot_api.models.resources_filtering import ResourcesFiltering
    from qarnot_api.models.resources_transformation import ResourcesTransformation
    from qarnot_api.models.strip_prefix_transformation import StripPrefixTransformation
    from qarnot_api.types import UNSET

    _name(bucket, "bucket")
    for label, value in (("prefix", prefix), ("strip_prefix", strip_prefix)):
        if value is not None and (not isinstance(value, str) or not value):
            raise InvalidInputError(f"{label} must be a non-empty string or None, got {value!r}")
    if cache_ttl_sec is not None and (
        isinstance(cache_ttl_sec, bool) or not isinstance(cache_ttl_sec, int) or cache_ttl_sec < 0
    ):
        raise InvalidInputError(f"cache_ttl_sec must be an integer >= 0, got {cache_ttl_sec!r}")
    return AdvancedResourceBucket(
        bucket_name=bucket,
        filtering=(
            ResourcesFiltering(prefix_filtering=PrefixFiltering(prefix=prefix))
            if prefix is not None
            else UNSET
        ),
        resources_transformation=(
            ResourcesTransformation(strip_prefix=StripPrefixTransformation(prefix=strip_prefix))
            if strip_prefix is not None
            else UNSET
        ),
        cache_ttl_sec=cache_ttl_sec if cache_ttl_sec is not None else UNSET,
    )


def task_buckets(
    *,
    resources: Iterable[str | AdvancedResourceBucket] = (),
    results: str | None = None,
    results_prefix: str | None = None,
    as_json: bool = False,
) -> dict[str, Any]:
    """The payload fields naming a task's (or pool's) resource buckets and result bucket.

    Plain names become plain ``AdvancedResourceBucket`` entries, so one list holds both kinds. Returns
    keyword arguments for ``CreateTaskPayload`` (``advanced_resource_buckets``, ``result_bucket``,
    ``results_bucket_prefix``), or the JSON fields (``advancedResourceBuckets``, ``resultBucket``,
    ``resultsBucketPrefix``) with ``as_json=True``.
    """
    from qarnot_api.models.advanced_resource_bucket import AdvancedResourceBucket

    if isinstance(resources, str | bytes):
        raise InvalidInputError("resources must be a list of buckets, not a single string")
    items: list[AdvancedResourceBucket] = []
    for r in resources:
        if isinstance(r, AdvancedResourceBucket):
            items.append(r)
        else:
            items.append(resource_bucket(_name(r, "a resource bucket")))
    out: dict[str, Any] = {}
    if items:
        out["advanced_resource_buckets"] = items
    if results is not None:
        out["result_bucket"] = _name(results, "results")
    if results_prefix is not None:
        if results is None:
            raise InvalidInputError("results_prefix needs a results bucket")
        out["results_bucket_prefix"] = results_prefix
    if not as_json:
        return out
    json: dict[str, Any] = {}
    if items:
        json["advancedResourceBuckets"] = [i.to_dict() for i in items]
    if results is not None:
        json["resultBucket"] = results
    if results_prefix is not None:
        json["resultsBucketPrefix"] = results_prefix
    return json

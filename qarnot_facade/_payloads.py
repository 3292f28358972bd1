"""Natural Python forms for the nested values of request payloads.

The generated models want their nested values as model instances: ``constants`` a list of ``KeyValue``,
``labels`` a ``Labels``, ``retrySettings`` a ``RetrySettings``. Written the way Python people write
them, those values used to crash deep inside generated code (``AttributeError: 'dict' object has no
attribute 'to_dict'``, "dictionary update sequence element #0 has length 1"). Here, before the single
encoder (``_core.coerce`` / ``_core.encoded``) sees a payload, each nested value whose meaning is clear
is turned into what the model wants, on a model instance and on a dict payload alike:

* a list of key/value models (``constants``) also takes a mapping ``{"KEY": "value"}`` or
  ``(key, value)`` pairs; keys and values are strings (a value may be ``None``);
* a field holding one model (``labels``, ``retrySettings``, ``scheduling``...) also takes a dict in the
  API's JSON form (``{"maxTotalRetries": 3}``; ``labels`` is a mapping of strings);
* a list of one model (``advancedResourceBuckets``) also takes dicts as its items.

A value of the wrong kind for such a field (a string for ``constants``, a list for ``labels``, a pair
of three) is refused with :class:`InvalidInputError` naming the field, before anything is sent. On a model
instance, a field whose items may be one of several models (``hardware_constraints``) takes model
instances: a dict there could mean any of them (a dict payload's own decoding tells them apart by their
discriminator, as before). Everything else is left to the encoder, which checks that it encodes.
"""

from __future__ import annotations

import copy
import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from qarnot_facade.errors import InvalidInputError

__all__ = ["natural_forms"]

_LIST_OF = re.compile(r"\blist\[([^\[\]]+)\]")
_NAME = re.compile(r"\b[A-Z]\w*\b")


@dataclass(frozen=True)
class _Nested:
    """What one field of a model holds, when it holds models."""

    model: type[Any] | None  # the one model it holds (None: several, a dict would be ambiguous)
    is_list: bool
    key_value: bool  # a list of {key, value} models (constants)


def _model_class(name: str) -> type[Any] | None:
    models = importlib.import_module("qarnot_api.models")
    cls = getattr(models, name, None)
    return cls if isinstance(cls, type) and hasattr(cls, "from_dict") else None


def _is_key_value(cls: type[Any]) -> bool:
    import attrs

    return {f.name for f in attrs.fields(cls)} - {"additional_properties"} == {"key", "value"}


_NESTED: dict[type[Any], dict[str, _Nested]] = {}
_KEYS: dict[type[Any], dict[str, str]] = {}


def _nested_fields(cls: type[Any]) -> dict[str, _Nested]:
    """Field name -> what it nests, read from the generated field annotations (once per model)."""
    import attrs

    known = _NESTED.get(cls)
    if known is not None:
        return known
    fields: dict[str, _Nested] = {}
    for field in attrs.fields(cls):
        if field.name == "additional_properties" or not isinstance(field.type, str):
            continue
        annotation = field.type
        listed = _LIST_OF.search(annotation)
        if listed is not None:
            models = [m for m in map(_model_class, _NAME.findall(listed.group(1))) if m is not None]
            if models:
                one = models[0] if len(models) == 1 else None
                fields[field.name] = _Nested(one, True, one is not None and _is_key_value(one))
            continue
        models = [m for m in map(_model_class, _NAME.findall(annotation)) if m is not None]
        if models:
            fields[field.name] = _Nested(models[0] if len(models) == 1 else None, False, False)
    _NESTED[cls] = fields
    return fields


def _squash(name: str) -> str:
    return name.rstrip("_").replace("_", "").lower()


def _field_for_key(cls: type[Any]) -> dict[str, str]:
    """JSON key (squashed: ``instanceCount`` -> ``instancecount``) -> attrs field name (once per model)."""
    import attrs

    known = _KEYS.get(cls)
    if known is None:
        known = {_squash(f.name): f.name for f in attrs.fields(cls) if f.name != "additional_properties"}
        _KEYS[cls] = known
    return known


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(f"{what} must be a string, got {type(value).__name__} ({value!r:.40})")
    return value


def _pair(item: Any, what: str) -> tuple[str, str | None]:
    """One (key, value) of a key/value list, from a model, a dict {key, value} or a pair."""
    if isinstance(item, tuple | list):
        if len(item) != 2:
            raise InvalidInputError(f"{what} must be a (key, value) pair, got {len(item)} items")
        key, value = item
    elif isinstance(item, Mapping):
        if set(item) - {"key", "value"} or "key" not in item:
            raise InvalidInputError(
                f"{what} must be a {{'key': ..., 'value': ...}} dict, "
                f"got keys {', '.join(sorted(map(repr, item)))}"
            )
        key, value = item["key"], item.get("value")
    else:
        raise InvalidInputError(
            f"{what} must be a Constant(key=..., value=...) or a (key, value) pair, got {type(item).__name__}"
        )
    return _text(key, f"{what} key"), None if value is None else _text(value, f"{what} ({key!r}) value")


def _key_values(value: Any, model: type[Any], what: str) -> list[Any]:
    if isinstance(value, Mapping):
        items: list[Any] = list(value.items())
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise InvalidInputError(
            f"{what} must be a list of Constant(key=..., value=...), of (key, value) pairs, or a mapping "
            f"of key to value, got {type(value).__name__}"
        )
    out = []
    for i, item in enumerate(items):
        if isinstance(item, model):
            out.append(item)
            continue
        key, text = _pair(item, f"{what}[{i}]")
        out.append(model(key=key, value=text))
    return out


def _one(value: Any, nested: _Nested, what: str, *, in_json: bool = False) -> Any:
    """One nested model from a model instance or its JSON dict."""
    model = nested.model
    if model is not None and isinstance(value, model):
        return _fix_model(value, what)
    if value is None or not isinstance(value, Mapping):
        return value  # a model of another kind, None or a wrong value: the encoder decides
    if model is None:
        if in_json:
            return value  # the model's from_dict tells the kinds apart by their discriminator
        raise InvalidInputError(
            f"{what} may hold several kinds of object: give a model instance (for example "
            "MinimumCoreHardwareConstraint(...)), not a dict"
        )
    return _from_json(value, model, what)


def _from_json(value: Mapping[str, Any], model: type[Any], what: str) -> Any:
    data = _fix_json(value, model, what)
    try:
        built = model.from_dict(data)
    except KeyError as exc:
        raise InvalidInputError(f"{what}: missing required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidInputError(f"{what}: not a valid {model.__name__}: {exc}") from None
    unknown = sorted(map(repr, getattr(built, "additional_properties", {})))
    if unknown and _field_for_key(model):  # a model made only of additional properties takes any key
        raise InvalidInputError(
            f"{what}: unknown field(s) {', '.join(unknown)} for {model.__name__} "
            "(field names are the API's camelCase ones)"
        )
    return built


def _converted(value: Any, nested: _Nested, what: str, *, in_json: bool = False) -> Any:
    """A field's value as the model wants it (on a model instance)."""
    if nested.is_list:
        if nested.key_value and nested.model is not None:
            return _key_values(value, nested.model, what)
        if not isinstance(value, list | tuple):
            raise InvalidInputError(f"{what} must be a list, got {type(value).__name__}")
        return [_one(item, nested, f"{what}[{i}]", in_json=in_json) for i, item in enumerate(value)]
    model = nested.model
    if model is not None and not _field_for_key(model) and not isinstance(value, model | Mapping):
        # a model made only of additional properties (labels): a mapping, nothing else
        raise InvalidInputError(
            f"{what} must be a mapping of string to string (or a {model.__name__}), "
            f"got {type(value).__name__}"
        )
    return _one(value, nested, what, in_json=in_json)


def _fix_model(model: Any, what: str) -> Any:
    """``model`` with its natural forms (and those of the models it holds) made models.

    The caller's object is left as it is: a shallow copy carries the converted values.
    """
    from qarnot_api.types import Unset

    fixed_model = model
    for name, nested in _nested_fields(type(model)).items():
        value = getattr(model, name)
        if value is None or isinstance(value, Unset):
            continue
        fixed = _converted(value, nested, f"{what}.{name}")
        if fixed is not value:
            if fixed_model is model:
                fixed_model = copy.copy(model)
            setattr(fixed_model, name, fixed)
    return fixed_model


def _to_json(value: Any) -> Any:
    """A nested value of a dict payload in its JSON form (model instances become their dicts)."""
    if hasattr(value, "to_dict") and hasattr(type(value), "__attrs_attrs__"):
        return value.to_dict()
    return value


def _fix_json(data: Mapping[str, Any], cls: type[Any], what: str) -> dict[str, Any]:
    """A dict payload with its natural nested forms turned into the JSON the model decodes."""
    fields = _field_for_key(cls)
    nested_fields = _nested_fields(cls)
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = fields.get(_squash(key)) if isinstance(key, str) else None
        nested = nested_fields.get(name) if name is not None else None
        if nested is None or value is None:
            out[key] = value
            continue
        fixed = _converted(value, nested, f"{what}.{key}", in_json=True)
        out[key] = [_to_json(item) for item in fixed] if isinstance(fixed, list) else _to_json(fixed)
    return out


def natural_forms(value: Any, cls: type[Any], what: str) -> Any:
    """``value`` (a ``cls`` instance or a dict payload) with its nested natural forms made models.

    A model instance comes back as a copy when something changed; a dict comes back as a new dict, ready for
    ``cls.from_dict``. Anything else is returned as it is (the caller refuses it).
    """
    if isinstance(value, cls):
        return _fix_model(value, what)
    if isinstance(value, Mapping):
        return _fix_json(value, cls, what)
    return value

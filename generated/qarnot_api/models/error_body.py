from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.field_errors import FieldErrors
    from ..models.problem_extensions import ProblemExtensions


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """Tolerant error body covering the five shapes the API uses: E1 `{message}`; E2 `{error: {message, code}, data}`; E3
    ASP.NET ProblemDetails `{type, title, status, detail, instance, errors, traceId | extensions.traceId}`; E4 `{error:
    "<text>"}`; E5 (non-JSON or empty body) is described on the responses that can carry it. Every property is optional
    and unknown properties are kept. To get a human message take `message`, else `error` (string) or `error.message`,
    else `title` plus the `errors` entries.

        Attributes:
            message (None | str | Unset): Human-readable message (shape E1).
            error (ErrorDetail | None | str | Unset): Either the message itself (shape E4, secrets manager) or an object
                with a message and a code (shape E2, authentication layer).
            data (Any | Unset): Extra data of shape E2 (usually an empty object).
            type_ (None | str | Unset): Problem type URI (shape E3), e.g.
                `https://tools.ietf.org/html/rfc7231#section-6.5.1`.
            title (None | str | Unset): Problem title (shape E3), e.g. `One or more validation errors occurred.`
            status (int | None | Unset): HTTP status repeated in the body (shape E3).
            detail (None | str | Unset): Problem detail (shape E3).
            instance (None | str | Unset): Problem instance (shape E3).
            errors (FieldErrors | None | Unset): Validation messages by JSON path of the offending field (shape E3); the key
                `""` designates the whole body.
            trace_id (None | str | Unset): Server trace identifier (shape E3, top-level placement).
            extensions (None | ProblemExtensions | Unset): Problem extensions (shape E3), usually `{traceId}`.
    """

    message: None | str | Unset = UNSET
    error: ErrorDetail | None | str | Unset = UNSET
    data: Any | Unset = UNSET
    type_: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    errors: FieldErrors | None | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    extensions: None | ProblemExtensions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        data = self.data

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, FieldErrors):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        extensions: dict[str, Any] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, ProblemExtensions):
            extensions = self.extensions.to_dict()
        else:
            extensions = self.extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if data is not UNSET:
            field_dict["data"] = data
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        message = get("message", UNSET)

        error = get("error", UNSET)
        if error is not None and error is not UNSET:
            try:
                if not isinstance(error, dict):
                    raise TypeError()
                error_type_1 = ErrorDetail.from_dict(error)

                error = error_type_1

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        data = get("data", UNSET)

        type_ = get("type", UNSET)

        title = get("title", UNSET)

        status = get("status", UNSET)

        detail = get("detail", UNSET)

        instance = get("instance", UNSET)

        errors = get("errors", UNSET)
        if errors is not None and errors is not UNSET:
            try:
                if not isinstance(errors, dict):
                    raise TypeError()
                errors_type_0 = FieldErrors.from_dict(errors)

                errors = errors_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        trace_id = get("traceId", UNSET)

        extensions = get("extensions", UNSET)
        if extensions is not None and extensions is not UNSET:
            try:
                if not isinstance(extensions, dict):
                    raise TypeError()
                extensions_type_0 = ProblemExtensions.from_dict(extensions)

                extensions = extensions_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error_body = cls(
            message,
            error,
            data,
            type_,
            title,
            status,
            detail,
            instance,
            errors,
            trace_id,
            extensions,
        )

        if not _KEYS.issuperset(src_dict):
            error_body.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return error_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(ErrorBody, "additional_properties", DictOnFirstRead(ErrorBody.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "error",
        "data",
        "type",
        "title",
        "status",
        "detail",
        "instance",
        "errors",
        "traceId",
        "extensions",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global ErrorDetail
    global FieldErrors
    global ProblemExtensions
    from ..models.error_detail import ErrorDetail
    from ..models.field_errors import FieldErrors
    from ..models.problem_extensions import ProblemExtensions

    _PENDING = False

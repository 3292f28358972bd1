from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
from ...models.error_body import ErrorBody
from ...models.unknown_hardware_constraint import UnknownHardwareConstraint
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    *,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    params: dict[str, Any] = {}

    params["cpuModel"] = cpu_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hardware-constraints/cpu-model-constraints/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_body(response.content)
        for response_200_item_data in _response_200:
            response_200_item = response_200_item_data

            def _parse_response_200_item(data: object) -> CpuModelHardwareConstraint | UnknownHardwareConstraint:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_item_type_0 = CpuModelHardwareConstraint.from_dict(data)

                    return response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_1 = UnknownHardwareConstraint.from_dict(data)

                return response_200_item_type_1

            response_200_item = _parse_response_200_item(response_200_item)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(json_body(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(json_body(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(json_body(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(json_body(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = response.text
        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str]:
    with decoding(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str]:
    """Search CPU-model constraints

     CPU-model hardware constraints matching a free-text search term, most relevant first. Called by the
    Python and C# SDKs.

    Args:
        cpu_model (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str]
    """

    kwargs = _get_kwargs(
        cpu_model=cpu_model,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str | None:
    """Search CPU-model constraints

     CPU-model hardware constraints matching a free-text search term, most relevant first. Called by the
    Python and C# SDKs.

    Args:
        cpu_model (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str
    """

    return sync_detailed(
        client=client,
        cpu_model=cpu_model,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str]:
    """Search CPU-model constraints

     CPU-model hardware constraints matching a free-text search term, most relevant first. Called by the
    Python and C# SDKs.

    Args:
        cpu_model (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str]
    """

    kwargs = _get_kwargs(
        cpu_model=cpu_model,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cpu_model: str,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str | None:
    """Search CPU-model constraints

     CPU-model hardware constraints matching a free-text search term, most relevant first. Called by the
    Python and C# SDKs.

    Args:
        cpu_model (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[CpuModelHardwareConstraint | UnknownHardwareConstraint] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            cpu_model=cpu_model,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed

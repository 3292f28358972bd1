from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.hardware_constraint_page import HardwareConstraintPage
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hardware-constraints",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | HardwareConstraintPage | str | None:
    if response.status_code == 200:
        response_200 = HardwareConstraintPage.from_dict(json_body(response.content))

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
) -> Response[ErrorBody | HardwareConstraintPage | str]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | HardwareConstraintPage | str]:
    """List the hardware constraints available to the user

     Offset-paginated list of the hardware constraints the user may put in `hardwareConstraints`. Next
    page: `offset + limit`, while `total` is greater. Called by the Python, C#, Node.js and Go SDKs (C#
    sends `Limit`/`Offset`; query names are case-insensitive).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | HardwareConstraintPage | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | HardwareConstraintPage | str | None:
    """List the hardware constraints available to the user

     Offset-paginated list of the hardware constraints the user may put in `hardwareConstraints`. Next
    page: `offset + limit`, while `total` is greater. Called by the Python, C#, Node.js and Go SDKs (C#
    sends `Limit`/`Offset`; query names are case-insensitive).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | HardwareConstraintPage | str
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | HardwareConstraintPage | str]:
    """List the hardware constraints available to the user

     Offset-paginated list of the hardware constraints the user may put in `hardwareConstraints`. Next
    page: `offset + limit`, while `total` is greater. Called by the Python, C#, Node.js and Go SDKs (C#
    sends `Limit`/`Offset`; query names are case-insensitive).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | HardwareConstraintPage | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | HardwareConstraintPage | str | None:
    """List the hardware constraints available to the user

     Offset-paginated list of the hardware constraints the user may put in `hardwareConstraints`. Next
    page: `offset + limit`, while `total` is greater. Called by the Python, C#, Node.js and Go SDKs (C#
    sends `Limit`/`Offset`; query names are case-insensitive).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | HardwareConstraintPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed

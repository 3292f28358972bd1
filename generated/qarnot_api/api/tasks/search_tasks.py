from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_detail_request import DataDetailRequest
from ...models.error_body import ErrorBody
from ...models.task import Task
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    *,
    body: DataDetailRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[Task] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_body(response.content)
        for response_200_item_data in _response_200:
            response_200_item = Task.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[Task] | str]:
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
    body: DataDetailRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | list[Task] | str]:
    """Search tasks

     Non-paginated search with a filter and a field selection; only the selected fields are populated.
    Called by the C# SDK.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (DataDetailRequest): A non-paginated search returning only the selected fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Task] | str]
    """

    kwargs = _get_kwargs(
        body=body,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DataDetailRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | list[Task] | str | None:
    """Search tasks

     Non-paginated search with a filter and a field selection; only the selected fields are populated.
    Called by the C# SDK.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (DataDetailRequest): A non-paginated search returning only the selected fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Task] | str
    """

    return sync_detailed(
        client=client,
        body=body,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataDetailRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | list[Task] | str]:
    """Search tasks

     Non-paginated search with a filter and a field selection; only the selected fields are populated.
    Called by the C# SDK.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (DataDetailRequest): A non-paginated search returning only the selected fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Task] | str]
    """

    kwargs = _get_kwargs(
        body=body,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataDetailRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | list[Task] | str | None:
    """Search tasks

     Non-paginated search with a filter and a field selection; only the selected fields are populated.
    Called by the C# SDK.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (DataDetailRequest): A non-paginated search returning only the selected fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Task] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed

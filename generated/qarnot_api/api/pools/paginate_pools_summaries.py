from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.paginate_request import PaginateRequest
from ...models.pool_summary_page import PoolSummaryPage
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    *,
    body: PaginateRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pools/summaries/paginate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PoolSummaryPage | str | None:
    if response.status_code == 200:
        response_200 = PoolSummaryPage.from_dict(json_body(response.content))

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
) -> Response[ErrorBody | PoolSummaryPage | str]:
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
    body: PaginateRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | PoolSummaryPage | str]:
    """List pool summaries, one page at a time

     Token-paginated listing of pool summaries. Called by the Python (without a filter), C# and Node.js
    SDKs.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (PaginateRequest): One page of a token-paginated listing. Send `token` = the previous
            page's `nextToken` while `isTruncated` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PoolSummaryPage | str]
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
    body: PaginateRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | PoolSummaryPage | str | None:
    """List pool summaries, one page at a time

     Token-paginated listing of pool summaries. Called by the Python (without a filter), C# and Node.js
    SDKs.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (PaginateRequest): One page of a token-paginated listing. Send `token` = the previous
            page's `nextToken` while `isTruncated` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PoolSummaryPage | str
    """

    return sync_detailed(
        client=client,
        body=body,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaginateRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | PoolSummaryPage | str]:
    """List pool summaries, one page at a time

     Token-paginated listing of pool summaries. Called by the Python (without a filter), C# and Node.js
    SDKs.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (PaginateRequest): One page of a token-paginated listing. Send `token` = the previous
            page's `nextToken` while `isTruncated` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PoolSummaryPage | str]
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
    body: PaginateRequest,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | PoolSummaryPage | str | None:
    """List pool summaries, one page at a time

     Token-paginated listing of pool summaries. Called by the Python (without a filter), C# and Node.js
    SDKs.

    Args:
        qarnot_read_only_request_for_account (str | Unset):
        body (PaginateRequest): One page of a token-paginated listing. Send `token` = the previous
            page's `nextToken` while `isTruncated` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PoolSummaryPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.update_pool_payload import UpdatePoolPayload
from ...types import Response, decoding, json_body


def _get_kwargs(
    pool_id: str,
    *,
    body: UpdatePoolPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/pools/{pool_id}".format(
            pool_id=quote(str(pool_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorBody | str]:
    with decoding(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePoolPayload,
) -> Response[Any | ErrorBody | str]:
    """Update a pool

     Commits changes to a pool: elastic settings, constants, tags (the SDKs send the whole pool; which
    fields are honoured is not documented). No response body. Called by the Python, C# and Node.js SDKs.

    Args:
        pool_id (str):
        body (UpdatePoolPayload): Pool fields to set. Body of `PUT /pools/{poolId}` (elastic
            settings, constants and tags are the fields meant to change on a running pool; which
            others are honoured is not documented) and of `POST /pools/{poolId}/clone`, where the
            given fields override those of the original. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePoolPayload,
) -> Any | ErrorBody | str | None:
    """Update a pool

     Commits changes to a pool: elastic settings, constants, tags (the SDKs send the whole pool; which
    fields are honoured is not documented). No response body. Called by the Python, C# and Node.js SDKs.

    Args:
        pool_id (str):
        body (UpdatePoolPayload): Pool fields to set. Body of `PUT /pools/{poolId}` (elastic
            settings, constants and tags are the fields meant to change on a running pool; which
            others are honoured is not documented) and of `POST /pools/{poolId}/clone`, where the
            given fields override those of the original. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return sync_detailed(
        pool_id=pool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePoolPayload,
) -> Response[Any | ErrorBody | str]:
    """Update a pool

     Commits changes to a pool: elastic settings, constants, tags (the SDKs send the whole pool; which
    fields are honoured is not documented). No response body. Called by the Python, C# and Node.js SDKs.

    Args:
        pool_id (str):
        body (UpdatePoolPayload): Pool fields to set. Body of `PUT /pools/{poolId}` (elastic
            settings, constants and tags are the fields meant to change on a running pool; which
            others are honoured is not documented) and of `POST /pools/{poolId}/clone`, where the
            given fields override those of the original. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePoolPayload,
) -> Any | ErrorBody | str | None:
    """Update a pool

     Commits changes to a pool: elastic settings, constants, tags (the SDKs send the whole pool; which
    fields are honoured is not documented). No response body. Called by the Python, C# and Node.js SDKs.

    Args:
        pool_id (str):
        body (UpdatePoolPayload): Pool fields to set. Body of `PUT /pools/{poolId}` (elastic
            settings, constants and tags are the fields meant to change on a running pool; which
            others are honoured is not documented) and of `POST /pools/{poolId}/clone`, where the
            given fields override those of the original. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            client=client,
            body=body,
        )
    ).parsed

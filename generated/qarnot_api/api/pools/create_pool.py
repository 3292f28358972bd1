from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_pool_payload import CreatePoolPayload
from ...models.error_body import ErrorBody
from ...models.uuid_response import UuidResponse
from ...types import Response, decoding, json_body


def _get_kwargs(
    *,
    body: CreatePoolPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pools",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | UuidResponse | str | None:
    if response.status_code == 200:
        response_200 = UuidResponse.from_dict(json_body(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = UuidResponse.from_dict(json_body(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(json_body(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(json_body(response.content))

        return response_401

    if response.status_code == 402:
        response_402 = ErrorBody.from_dict(json_body(response.content))

        return response_402

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
) -> Response[ErrorBody | UuidResponse | str]:
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
    body: CreatePoolPayload,
) -> Response[ErrorBody | UuidResponse | str]:
    """Create (start) a pool

     Starts a pool of nodes. Answers the uuid of the pool (200 or 201; the exact code is not documented).
    404 means a resource bucket does not exist; 403 that the pool quota is reached; 402 that credits are
    lacking. Called by the Python, C# and Node.js SDKs.

    Args:
        body (CreatePoolPayload): A pool to start. `name` and `profile` are required (as in
            Qarnot's published document); see `UpdatePoolPayload` for every field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UuidResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePoolPayload,
) -> ErrorBody | UuidResponse | str | None:
    """Create (start) a pool

     Starts a pool of nodes. Answers the uuid of the pool (200 or 201; the exact code is not documented).
    404 means a resource bucket does not exist; 403 that the pool quota is reached; 402 that credits are
    lacking. Called by the Python, C# and Node.js SDKs.

    Args:
        body (CreatePoolPayload): A pool to start. `name` and `profile` are required (as in
            Qarnot's published document); see `UpdatePoolPayload` for every field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UuidResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePoolPayload,
) -> Response[ErrorBody | UuidResponse | str]:
    """Create (start) a pool

     Starts a pool of nodes. Answers the uuid of the pool (200 or 201; the exact code is not documented).
    404 means a resource bucket does not exist; 403 that the pool quota is reached; 402 that credits are
    lacking. Called by the Python, C# and Node.js SDKs.

    Args:
        body (CreatePoolPayload): A pool to start. `name` and `profile` are required (as in
            Qarnot's published document); see `UpdatePoolPayload` for every field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UuidResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePoolPayload,
) -> ErrorBody | UuidResponse | str | None:
    """Create (start) a pool

     Starts a pool of nodes. Answers the uuid of the pool (200 or 201; the exact code is not documented).
    404 means a resource bucket does not exist; 403 that the pool quota is reached; 402 that credits are
    lacking. Called by the Python, C# and Node.js SDKs.

    Args:
        body (CreatePoolPayload): A pool to start. `name` and `profile` are required (as in
            Qarnot's published document); see `UpdatePoolPayload` for every field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UuidResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_settings import ApiSettings
from ...models.error_body import ErrorBody
from ...types import Response, decoding, json_body


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiSettings | ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = ApiSettings.from_dict(json_body(response.content))

        return response_200

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
) -> Response[ApiSettings | ErrorBody | str]:
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
) -> Response[ApiSettings | ErrorBody | str]:
    """Get the platform settings

     Settings of the platform, notably the URL of the S3 storage service (null when there is none).
    Called by the Python, C# and Go SDKs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiSettings | ErrorBody | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiSettings | ErrorBody | str | None:
    """Get the platform settings

     Settings of the platform, notably the URL of the S3 storage service (null when there is none).
    Called by the Python, C# and Go SDKs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiSettings | ErrorBody | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiSettings | ErrorBody | str]:
    """Get the platform settings

     Settings of the platform, notably the URL of the S3 storage service (null when there is none).
    Called by the Python, C# and Go SDKs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiSettings | ErrorBody | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiSettings | ErrorBody | str | None:
    """Get the platform settings

     Settings of the platform, notably the URL of the S3 storage service (null when there is none).
    Called by the Python, C# and Go SDKs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiSettings | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

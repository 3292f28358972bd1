from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.secret_keys import SecretKeys
from ...types import Response, decoding, json_body


def _get_kwargs(
    prefix: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secrets-manager/search/{prefix}".format(
            prefix=quote(str(prefix), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SecretKeys | str | None:
    if response.status_code == 200:
        response_200 = SecretKeys.from_dict(json_body(response.content))

        return response_200

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
) -> Response[ErrorBody | SecretKeys | str]:
    with decoding(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    prefix: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | SecretKeys | str]:
    """List the secrets under a prefix

     Entries directly under the prefix, relative to it; "folders" end with `/` (e.g. `["key1", "key2",
    "subfolder1/"]`). The root is listed by `GET /secrets-manager/search/` (empty prefix). Called by the
    Python and C# SDKs.

    Args:
        prefix (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SecretKeys | str]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    prefix: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | SecretKeys | str | None:
    """List the secrets under a prefix

     Entries directly under the prefix, relative to it; "folders" end with `/` (e.g. `["key1", "key2",
    "subfolder1/"]`). The root is listed by `GET /secrets-manager/search/` (empty prefix). Called by the
    Python and C# SDKs.

    Args:
        prefix (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SecretKeys | str
    """

    return sync_detailed(
        prefix=prefix,
        client=client,
    ).parsed


async def asyncio_detailed(
    prefix: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | SecretKeys | str]:
    """List the secrets under a prefix

     Entries directly under the prefix, relative to it; "folders" end with `/` (e.g. `["key1", "key2",
    "subfolder1/"]`). The root is listed by `GET /secrets-manager/search/` (empty prefix). Called by the
    Python and C# SDKs.

    Args:
        prefix (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SecretKeys | str]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prefix: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | SecretKeys | str | None:
    """List the secrets under a prefix

     Entries directly under the prefix, relative to it; "folders" end with `/` (e.g. `["key1", "key2",
    "subfolder1/"]`). The root is listed by `GET /secrets-manager/search/` (empty prefix). Called by the
    Python and C# SDKs.

    Args:
        prefix (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SecretKeys | str
    """

    return (
        await asyncio_detailed(
            prefix=prefix,
            client=client,
        )
    ).parsed

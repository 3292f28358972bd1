from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.secret_value import SecretValue
from ...types import Response, decoding, json_body


def _get_kwargs(
    key: str,
    *,
    body: SecretValue,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/secrets-manager/data/{key}".format(
            key=quote(str(key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorBody | str | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(json_body(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(json_body(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(json_body(response.content))

        return response_403

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(json_body(response.content))

        return response_409

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
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecretValue,
) -> Response[Any | ErrorBody | str]:
    """Create a secret

     Creates a secret. 409 `{"error": "Secret <key> already exists"}` when the key is taken (use
    `update_secret`). Called by the Python and C# SDKs (which send `{"Value": ...}`; property names are
    case-insensitive).

    Args:
        key (str):
        body (SecretValue): The value of a secret (an opaque string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecretValue,
) -> Any | ErrorBody | str | None:
    """Create a secret

     Creates a secret. 409 `{"error": "Secret <key> already exists"}` when the key is taken (use
    `update_secret`). Called by the Python and C# SDKs (which send `{"Value": ...}`; property names are
    case-insensitive).

    Args:
        key (str):
        body (SecretValue): The value of a secret (an opaque string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return sync_detailed(
        key=key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecretValue,
) -> Response[Any | ErrorBody | str]:
    """Create a secret

     Creates a secret. 409 `{"error": "Secret <key> already exists"}` when the key is taken (use
    `update_secret`). Called by the Python and C# SDKs (which send `{"Value": ...}`; property names are
    case-insensitive).

    Args:
        key (str):
        body (SecretValue): The value of a secret (an opaque string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecretValue,
) -> Any | ErrorBody | str | None:
    """Create a secret

     Creates a secret. 409 `{"error": "Secret <key> already exists"}` when the key is taken (use
    `update_secret`). Called by the Python and C# SDKs (which send `{"Value": ...}`; property names are
    case-insensitive).

    Args:
        key (str):
        body (SecretValue): The value of a secret (an opaque string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
            body=body,
        )
    ).parsed

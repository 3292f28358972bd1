from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scaling_payload import ScalingPayload
from ...types import Response, decoding, json_body


def _get_kwargs(
    *,
    body: ScalingPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sanity-checks/pools/scaling",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
    *,
    client: AuthenticatedClient | Client,
    body: ScalingPayload,
) -> Response[Any | ErrorBody | str]:
    """Check pool scaling policies

     Validates scaling policies without applying them: 200 when they are valid, 400 with the validation
    messages otherwise. The success body is not documented (only the Node.js SDK calls it and returns
    whatever comes back), so none is described.

    Args:
        body (ScalingPayload): Scaling policies to set (or to check).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ScalingPayload,
) -> Any | ErrorBody | str | None:
    """Check pool scaling policies

     Validates scaling policies without applying them: 200 when they are valid, 400 with the validation
    messages otherwise. The success body is not documented (only the Node.js SDK calls it and returns
    whatever comes back), so none is described.

    Args:
        body (ScalingPayload): Scaling policies to set (or to check).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScalingPayload,
) -> Response[Any | ErrorBody | str]:
    """Check pool scaling policies

     Validates scaling policies without applying them: 200 when they are valid, 400 with the validation
    messages otherwise. The success body is not documented (only the Node.js SDK calls it and returns
    whatever comes back), so none is described.

    Args:
        body (ScalingPayload): Scaling policies to set (or to check).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ScalingPayload,
) -> Any | ErrorBody | str | None:
    """Check pool scaling policies

     Validates scaling policies without applying them: 200 when they are valid, 400 with the validation
    messages otherwise. The success body is not documented (only the Node.js SDK calls it and returns
    whatever comes back), so none is described.

    Args:
        body (ScalingPayload): Scaling policies to set (or to check).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

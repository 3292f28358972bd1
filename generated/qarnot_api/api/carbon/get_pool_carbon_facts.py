from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.carbon_facts import CarbonFacts
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    pool_id: str,
    *,
    comparison_datacenter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["comparisonDatacenter"] = comparison_datacenter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/carbon/v1/pools/{pool_id}/carbon-facts".format(
            pool_id=quote(str(pool_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CarbonFacts | ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = CarbonFacts.from_dict(json_body(response.content))

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
) -> Response[CarbonFacts | ErrorBody | str]:
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
    comparison_datacenter: str | Unset = UNSET,
) -> Response[CarbonFacts | ErrorBody | str]:
    """Get the carbon facts of a pool

     Energy and carbon footprint of a pool, compared with a reference datacenter. 404 `{"message": "Pool
    not found"}`. Called by the Python, C# and Node.js SDKs.

    Args:
        pool_id (str):
        comparison_datacenter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CarbonFacts | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        comparison_datacenter=comparison_datacenter,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    comparison_datacenter: str | Unset = UNSET,
) -> CarbonFacts | ErrorBody | str | None:
    """Get the carbon facts of a pool

     Energy and carbon footprint of a pool, compared with a reference datacenter. 404 `{"message": "Pool
    not found"}`. Called by the Python, C# and Node.js SDKs.

    Args:
        pool_id (str):
        comparison_datacenter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CarbonFacts | ErrorBody | str
    """

    return sync_detailed(
        pool_id=pool_id,
        client=client,
        comparison_datacenter=comparison_datacenter,
    ).parsed


async def asyncio_detailed(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    comparison_datacenter: str | Unset = UNSET,
) -> Response[CarbonFacts | ErrorBody | str]:
    """Get the carbon facts of a pool

     Energy and carbon footprint of a pool, compared with a reference datacenter. 404 `{"message": "Pool
    not found"}`. Called by the Python, C# and Node.js SDKs.

    Args:
        pool_id (str):
        comparison_datacenter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CarbonFacts | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        comparison_datacenter=comparison_datacenter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    comparison_datacenter: str | Unset = UNSET,
) -> CarbonFacts | ErrorBody | str | None:
    """Get the carbon facts of a pool

     Energy and carbon footprint of a pool, compared with a reference datacenter. 404 `{"message": "Pool
    not found"}`. Called by the Python, C# and Node.js SDKs.

    Args:
        pool_id (str):
        comparison_datacenter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CarbonFacts | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            client=client,
            comparison_datacenter=comparison_datacenter,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scaling import Scaling
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    pool_id: str,
    *,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pools/{pool_id}/scaling".format(
            pool_id=quote(str(pool_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | Scaling | str | None:
    if response.status_code == 200:
        response_200 = Scaling.from_dict(json_body(response.content))

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
) -> Response[ErrorBody | Scaling | str]:
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
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | Scaling | str]:
    """Get the scaling policies of a pool

     The scaling policies of a pool and the name of the active one (the same `Scaling` object that
    `Pool.scaling` carries). Qarnot's published document declares an empty result here but shows a
    `Scaling` example; the example is what is described. Listed by that document; no official SDK calls
    it.

    Args:
        pool_id (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Scaling | str]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | Scaling | str | None:
    """Get the scaling policies of a pool

     The scaling policies of a pool and the name of the active one (the same `Scaling` object that
    `Pool.scaling` carries). Qarnot's published document declares an empty result here but shows a
    `Scaling` example; the example is what is described. Listed by that document; no official SDK calls
    it.

    Args:
        pool_id (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Scaling | str
    """

    return sync_detailed(
        pool_id=pool_id,
        client=client,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | Scaling | str]:
    """Get the scaling policies of a pool

     The scaling policies of a pool and the name of the active one (the same `Scaling` object that
    `Pool.scaling` carries). Qarnot's published document declares an empty result here but shows a
    `Scaling` example; the example is what is described. Listed by that document; no official SDK calls
    it.

    Args:
        pool_id (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Scaling | str]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_id: str,
    *,
    client: AuthenticatedClient | Client,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | Scaling | str | None:
    """Get the scaling policies of a pool

     The scaling policies of a pool and the name of the active one (the same `Scaling` object that
    `Pool.scaling` carries). Qarnot's published document declares an empty result here but shows a
    `Scaling` example; the example is what is described. Listed by that document; no official SDK calls
    it.

    Args:
        pool_id (str):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Scaling | str
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            client=client,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed

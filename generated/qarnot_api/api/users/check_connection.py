from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    *,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | ErrorBody | str]:
    """Check the API and the token

     Answers 200 with no body when the API is up and the token is valid, 401 otherwise. This is the
    versioned root of the compute API, so it is written with its `/v1` segment (the root form has no
    path left). Listed by Qarnot's published document; no official SDK calls it.

    Args:
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | ErrorBody | str | None:
    """Check the API and the token

     Answers 200 with no body when the API is up and the token is valid, 401 otherwise. This is the
    versioned root of the compute API, so it is written with its `/v1` segment (the root form has no
    path left). Listed by Qarnot's published document; no official SDK calls it.

    Args:
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return sync_detailed(
        client=client,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[Any | ErrorBody | str]:
    """Check the API and the token

     Answers 200 with no body when the API is up and the token is valid, 401 otherwise. This is the
    versioned root of the compute API, so it is written with its `/v1` segment (the root form has no
    path left). Listed by Qarnot's published document; no official SDK calls it.

    Args:
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Any | ErrorBody | str | None:
    """Check the API and the token

     Answers 200 with no body when the API is up and the token is valid, 401 otherwise. This is the
    versioned root of the compute API, so it is written with its `/v1` segment (the root form has no
    path left). Listed by Qarnot's published document; no official SDK calls it.

    Args:
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed

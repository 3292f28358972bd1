from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.task import Task
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    *,
    tag: list[str] | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(qarnot_read_only_request_for_account, Unset):
        headers["QarnotReadOnlyRequestForAccount"] = qarnot_read_only_request_for_account

    params: dict[str, Any] = {}

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[Task] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_body(response.content)
        for response_200_item_data in _response_200:
            response_200_item = Task.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorBody | list[Task] | str]:
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
    tag: list[str] | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | list[Task] | str]:
    """List all tasks

     Every task of the user, unpaginated (legacy; prefer `paginate_tasks`), optionally only those
    carrying a tag. Called by the Node.js and Go SDKs.

    Args:
        tag (list[str] | Unset):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Task] | str]
    """

    kwargs = _get_kwargs(
        tag=tag,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tag: list[str] | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | list[Task] | str | None:
    """List all tasks

     Every task of the user, unpaginated (legacy; prefer `paginate_tasks`), optionally only those
    carrying a tag. Called by the Node.js and Go SDKs.

    Args:
        tag (list[str] | Unset):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Task] | str
    """

    return sync_detailed(
        client=client,
        tag=tag,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: list[str] | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> Response[ErrorBody | list[Task] | str]:
    """List all tasks

     Every task of the user, unpaginated (legacy; prefer `paginate_tasks`), optionally only those
    carrying a tag. Called by the Node.js and Go SDKs.

    Args:
        tag (list[str] | Unset):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Task] | str]
    """

    kwargs = _get_kwargs(
        tag=tag,
        qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tag: list[str] | Unset = UNSET,
    qarnot_read_only_request_for_account: str | Unset = UNSET,
) -> ErrorBody | list[Task] | str | None:
    """List all tasks

     Every task of the user, unpaginated (legacy; prefer `paginate_tasks`), optionally only those
    carrying a tag. Called by the Node.js and Go SDKs.

    Args:
        tag (list[str] | Unset):
        qarnot_read_only_request_for_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Task] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            tag=tag,
            qarnot_read_only_request_for_account=qarnot_read_only_request_for_account,
        )
    ).parsed

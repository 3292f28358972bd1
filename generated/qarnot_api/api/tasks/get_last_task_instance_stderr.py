from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import Response, decoding, json_body


def _get_kwargs(
    task_id: str,
    instance_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks/{task_id}/stderr/{instance_id}".format(
            task_id=quote(str(task_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | str]:
    with decoding(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    task_id: str,
    instance_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | str]:
    """Get the new standard error of one task instance

     Only what the instance wrote since the previous call of this operation (consumes the output). No
    request body. Called by the Python, C# and Go SDKs.

    Args:
        task_id (str):
        instance_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        instance_id=instance_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    instance_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | str | None:
    """Get the new standard error of one task instance

     Only what the instance wrote since the previous call of this operation (consumes the output). No
    request body. Called by the Python, C# and Go SDKs.

    Args:
        task_id (str):
        instance_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return sync_detailed(
        task_id=task_id,
        instance_id=instance_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    instance_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | str]:
    """Get the new standard error of one task instance

     Only what the instance wrote since the previous call of this operation (consumes the output). No
    request body. Called by the Python, C# and Go SDKs.

    Args:
        task_id (str):
        instance_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        instance_id=instance_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    instance_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | str | None:
    """Get the new standard error of one task instance

     Only what the instance wrote since the previous call of this operation (consumes the output). No
    request body. Called by the Python, C# and Go SDKs.

    Args:
        task_id (str):
        instance_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            instance_id=instance_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.update_task_payload import UpdateTaskPayload
from ...models.uuid_response import UuidResponse
from ...types import Response, decoding, json_body


def _get_kwargs(
    task_id: str,
    *,
    body: UpdateTaskPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks/{task_id}/recover".format(
            task_id=quote(str(task_id), safe=""),
        ),
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
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskPayload,
) -> Response[ErrorBody | UuidResponse | str]:
    """Recover the failed and cancelled instances of a task

     Creates a new task re-running the failed and cancelled instances of this one, with the given fields
    overridden. A JSON body is required: an empty body gets 400 `{"errors": {"": ["A non-empty request
    body is required."]}}`; send `{}` to override nothing. Answers the uuid of the new task. Called by
    the Node.js and Go SDKs.

    Args:
        task_id (str):
        body (UpdateTaskPayload): Task fields to set. Body of `PUT /tasks/{taskId}` (on a running
            task, `constants` and `tags` are the fields meant to change; which others are honoured is
            not documented) and of retry/recover/resume/clone, where the given fields override those
            of the original task. Every field is optional; `{}` keeps everything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UuidResponse | str]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskPayload,
) -> ErrorBody | UuidResponse | str | None:
    """Recover the failed and cancelled instances of a task

     Creates a new task re-running the failed and cancelled instances of this one, with the given fields
    overridden. A JSON body is required: an empty body gets 400 `{"errors": {"": ["A non-empty request
    body is required."]}}`; send `{}` to override nothing. Answers the uuid of the new task. Called by
    the Node.js and Go SDKs.

    Args:
        task_id (str):
        body (UpdateTaskPayload): Task fields to set. Body of `PUT /tasks/{taskId}` (on a running
            task, `constants` and `tags` are the fields meant to change; which others are honoured is
            not documented) and of retry/recover/resume/clone, where the given fields override those
            of the original task. Every field is optional; `{}` keeps everything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UuidResponse | str
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskPayload,
) -> Response[ErrorBody | UuidResponse | str]:
    """Recover the failed and cancelled instances of a task

     Creates a new task re-running the failed and cancelled instances of this one, with the given fields
    overridden. A JSON body is required: an empty body gets 400 `{"errors": {"": ["A non-empty request
    body is required."]}}`; send `{}` to override nothing. Answers the uuid of the new task. Called by
    the Node.js and Go SDKs.

    Args:
        task_id (str):
        body (UpdateTaskPayload): Task fields to set. Body of `PUT /tasks/{taskId}` (on a running
            task, `constants` and `tags` are the fields meant to change; which others are honoured is
            not documented) and of retry/recover/resume/clone, where the given fields override those
            of the original task. Every field is optional; `{}` keeps everything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UuidResponse | str]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskPayload,
) -> ErrorBody | UuidResponse | str | None:
    """Recover the failed and cancelled instances of a task

     Creates a new task re-running the failed and cancelled instances of this one, with the given fields
    overridden. A JSON body is required: an empty body gets 400 `{"errors": {"": ["A non-empty request
    body is required."]}}`; send `{}` to override nothing. Answers the uuid of the new task. Called by
    the Node.js and Go SDKs.

    Args:
        task_id (str):
        body (UpdateTaskPayload): Task fields to set. Body of `PUT /tasks/{taskId}` (on a running
            task, `constants` and `tags` are the fields meant to change; which others are honoured is
            not documented) and of retry/recover/resume/clone, where the given fields override those
            of the original task. Every field is optional; `{}` keeps everything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UuidResponse | str
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed

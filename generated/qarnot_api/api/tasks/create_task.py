from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_task_response import BulkTaskResponse
from ...models.create_task_payload import CreateTaskPayload
from ...models.error_body import ErrorBody
from ...models.uuid_response import UuidResponse
from ...types import Response, decoding, json_body


def _get_kwargs(
    *,
    body: CreateTaskPayload | list[CreateTaskPayload],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
    }

    if isinstance(body, CreateTaskPayload):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = []
        for body_type_1_item_data in body:
            body_type_1_item = body_type_1_item_data.to_dict()
            _kwargs["json"].append(body_type_1_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[BulkTaskResponse] | UuidResponse | str | None:
    if response.status_code == 200:
        response_200 = json_body(response.content)

        def _parse_response_200(data: object) -> list[BulkTaskResponse] | UuidResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UuidResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = BulkTaskResponse.from_dict(response_200_type_1_item_data)

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response_200)

        return response_200

    if response.status_code == 201:
        response_201 = json_body(response.content)

        def _parse_response_201(data: object) -> list[BulkTaskResponse] | UuidResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = UuidResponse.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_201_type_1 = []
            _response_201_type_1 = data
            for response_201_type_1_item_data in _response_201_type_1:
                response_201_type_1_item = BulkTaskResponse.from_dict(response_201_type_1_item_data)

                response_201_type_1.append(response_201_type_1_item)

            return response_201_type_1

        response_201 = _parse_response_201(response_201)

        return response_201

    if response.status_code == 207:
        response_207 = []
        _response_207 = json_body(response.content)
        for response_207_item_data in _response_207:
            response_207_item = BulkTaskResponse.from_dict(response_207_item_data)

            response_207.append(response_207_item)

        return response_207

    if response.status_code == 400:
        response_400 = json_body(response.content)

        def _parse_response_400(data: object) -> ErrorBody | list[BulkTaskResponse]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorBody.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_400_type_1 = []
            _response_400_type_1 = data
            for response_400_type_1_item_data in _response_400_type_1:
                response_400_type_1_item = BulkTaskResponse.from_dict(response_400_type_1_item_data)

                response_400_type_1.append(response_400_type_1_item)

            return response_400_type_1

        response_400 = _parse_response_400(response_400)

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(json_body(response.content))

        return response_401

    if response.status_code == 402:
        response_402 = json_body(response.content)

        def _parse_response_402(data: object) -> ErrorBody | list[BulkTaskResponse]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_402_type_0 = ErrorBody.from_dict(data)

                return response_402_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_402_type_1 = []
            _response_402_type_1 = data
            for response_402_type_1_item_data in _response_402_type_1:
                response_402_type_1_item = BulkTaskResponse.from_dict(response_402_type_1_item_data)

                response_402_type_1.append(response_402_type_1_item)

            return response_402_type_1

        response_402 = _parse_response_402(response_402)

        return response_402

    if response.status_code == 403:
        response_403 = json_body(response.content)

        def _parse_response_403(data: object) -> ErrorBody | list[BulkTaskResponse]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ErrorBody.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_403_type_1 = []
            _response_403_type_1 = data
            for response_403_type_1_item_data in _response_403_type_1:
                response_403_type_1_item = BulkTaskResponse.from_dict(response_403_type_1_item_data)

                response_403_type_1.append(response_403_type_1_item)

            return response_403_type_1

        response_403 = _parse_response_403(response_403)

        return response_403

    if response.status_code == 404:
        response_404 = json_body(response.content)

        def _parse_response_404(data: object) -> ErrorBody | list[BulkTaskResponse]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = ErrorBody.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_404_type_1 = []
            _response_404_type_1 = data
            for response_404_type_1_item_data in _response_404_type_1:
                response_404_type_1_item = BulkTaskResponse.from_dict(response_404_type_1_item_data)

                response_404_type_1.append(response_404_type_1_item)

            return response_404_type_1

        response_404 = _parse_response_404(response_404)

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
) -> Response[ErrorBody | list[BulkTaskResponse] | UuidResponse | str]:
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
    body: CreateTaskPayload | list[CreateTaskPayload],
) -> Response[ErrorBody | list[BulkTaskResponse] | UuidResponse | str]:
    """Submit a task or a batch of tasks

     Submits one task (a JSON object; answer `{uuid}`) or a batch (a JSON array; answer one
    `BulkTaskResponse` per task, in the order of the request; an item succeeded when its `statusCode` is
    2xx and `uuid` is set). The exact success code (200 or 201) is not documented. Errors of a single
    submission: 400 invalid body or unknown pool/job, 402 not enough credits (or a hardware-constraint
    problem), 403 task quota reached, 404 a resource or result bucket does not exist. Called by the
    Python, C#, Node.js and Go SDKs.

    Args:
        body (CreateTaskPayload | list[CreateTaskPayload]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | list[BulkTaskResponse] | list[BulkTaskResponse] | list[BulkTaskResponse] | UuidResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskPayload | list[CreateTaskPayload],
) -> ErrorBody | list[BulkTaskResponse] | UuidResponse | str | None:
    """Submit a task or a batch of tasks

     Submits one task (a JSON object; answer `{uuid}`) or a batch (a JSON array; answer one
    `BulkTaskResponse` per task, in the order of the request; an item succeeded when its `statusCode` is
    2xx and `uuid` is set). The exact success code (200 or 201) is not documented. Errors of a single
    submission: 400 invalid body or unknown pool/job, 402 not enough credits (or a hardware-constraint
    problem), 403 task quota reached, 404 a resource or result bucket does not exist. Called by the
    Python, C#, Node.js and Go SDKs.

    Args:
        body (CreateTaskPayload | list[CreateTaskPayload]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | list[BulkTaskResponse] | list[BulkTaskResponse] | list[BulkTaskResponse] | UuidResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskPayload | list[CreateTaskPayload],
) -> Response[ErrorBody | list[BulkTaskResponse] | UuidResponse | str]:
    """Submit a task or a batch of tasks

     Submits one task (a JSON object; answer `{uuid}`) or a batch (a JSON array; answer one
    `BulkTaskResponse` per task, in the order of the request; an item succeeded when its `statusCode` is
    2xx and `uuid` is set). The exact success code (200 or 201) is not documented. Errors of a single
    submission: 400 invalid body or unknown pool/job, 402 not enough credits (or a hardware-constraint
    problem), 403 task quota reached, 404 a resource or result bucket does not exist. Called by the
    Python, C#, Node.js and Go SDKs.

    Args:
        body (CreateTaskPayload | list[CreateTaskPayload]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ErrorBody | list[BulkTaskResponse] | list[BulkTaskResponse] | list[BulkTaskResponse] | UuidResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskPayload | list[CreateTaskPayload],
) -> ErrorBody | list[BulkTaskResponse] | UuidResponse | str | None:
    """Submit a task or a batch of tasks

     Submits one task (a JSON object; answer `{uuid}`) or a batch (a JSON array; answer one
    `BulkTaskResponse` per task, in the order of the request; an item succeeded when its `statusCode` is
    2xx and `uuid` is set). The exact success code (200 or 201) is not documented. Errors of a single
    submission: 400 invalid body or unknown pool/job, 402 not enough credits (or a hardware-constraint
    problem), 403 task quota reached, 404 a resource or result bucket does not exist. Called by the
    Python, C#, Node.js and Go SDKs.

    Args:
        body (CreateTaskPayload | list[CreateTaskPayload]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ErrorBody | list[BulkTaskResponse] | list[BulkTaskResponse] | list[BulkTaskResponse] | UuidResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

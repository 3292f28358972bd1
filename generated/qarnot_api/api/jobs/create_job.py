from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_task_response import BulkTaskResponse
from ...models.create_job_payload import CreateJobPayload
from ...models.error_body import ErrorBody
from ...models.uuid_response import UuidResponse
from ...types import Response, decoding, json_body


def _get_kwargs(
    *,
    body: CreateJobPayload | list[CreateJobPayload],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs",
    }

    if isinstance(body, CreateJobPayload):
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
    body: CreateJobPayload | list[CreateJobPayload],
) -> Response[ErrorBody | list[BulkTaskResponse] | UuidResponse | str]:
    """Create a job

     Creates a job, optionally bound to a pool (its tasks then run in that pool) and with dependencies
    between its tasks enabled. Answers the uuid of the job (200 or 201; the exact code is not
    documented). A list of jobs (Qarnot's published document says so in its prose only) creates them all
    and answers one `BulkTaskResponse` per job, in the order they were submitted. Called by the Python,
    C#, Node.js and Go SDKs (always with one job).

    Args:
        body (CreateJobPayload | list[CreateJobPayload]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[BulkTaskResponse] | UuidResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateJobPayload | list[CreateJobPayload],
) -> ErrorBody | list[BulkTaskResponse] | UuidResponse | str | None:
    """Create a job

     Creates a job, optionally bound to a pool (its tasks then run in that pool) and with dependencies
    between its tasks enabled. Answers the uuid of the job (200 or 201; the exact code is not
    documented). A list of jobs (Qarnot's published document says so in its prose only) creates them all
    and answers one `BulkTaskResponse` per job, in the order they were submitted. Called by the Python,
    C#, Node.js and Go SDKs (always with one job).

    Args:
        body (CreateJobPayload | list[CreateJobPayload]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[BulkTaskResponse] | UuidResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateJobPayload | list[CreateJobPayload],
) -> Response[ErrorBody | list[BulkTaskResponse] | UuidResponse | str]:
    """Create a job

     Creates a job, optionally bound to a pool (its tasks then run in that pool) and with dependencies
    between its tasks enabled. Answers the uuid of the job (200 or 201; the exact code is not
    documented). A list of jobs (Qarnot's published document says so in its prose only) creates them all
    and answers one `BulkTaskResponse` per job, in the order they were submitted. Called by the Python,
    C#, Node.js and Go SDKs (always with one job).

    Args:
        body (CreateJobPayload | list[CreateJobPayload]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[BulkTaskResponse] | UuidResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateJobPayload | list[CreateJobPayload],
) -> ErrorBody | list[BulkTaskResponse] | UuidResponse | str | None:
    """Create a job

     Creates a job, optionally bound to a pool (its tasks then run in that pool) and with dependencies
    between its tasks enabled. Answers the uuid of the job (200 or 201; the exact code is not
    documented). A list of jobs (Qarnot's published document says so in its prose only) creates them all
    and answers one `BulkTaskResponse` per job, in the order they were submitted. Called by the Python,
    C#, Node.js and Go SDKs (always with one job).

    Args:
        body (CreateJobPayload | list[CreateJobPayload]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[BulkTaskResponse] | UuidResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

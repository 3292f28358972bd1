from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget_list import BudgetList
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, decoding, json_body


def _get_kwargs(
    project_id: str,
    *,
    active_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["activeOnly"] = active_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credits/v1/projects/{project_id}/budgets".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BudgetList | ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = BudgetList.from_dict(json_body(response.content))

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
) -> Response[BudgetList | ErrorBody | str]:
    with decoding(len(response.content)):
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = UNSET,
) -> Response[BudgetList | ErrorBody | str]:
    """Get the budgets of a project

     Budgets of an organization project, optionally only the active ones. 404 `{"message": "Project not
    found"}`. Called by the Python and C# SDKs.

    Args:
        project_id (str):
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetList | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        active_only=active_only,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = UNSET,
) -> BudgetList | ErrorBody | str | None:
    """Get the budgets of a project

     Budgets of an organization project, optionally only the active ones. 404 `{"message": "Project not
    found"}`. Called by the Python and C# SDKs.

    Args:
        project_id (str):
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetList | ErrorBody | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        active_only=active_only,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = UNSET,
) -> Response[BudgetList | ErrorBody | str]:
    """Get the budgets of a project

     Budgets of an organization project, optionally only the active ones. 404 `{"message": "Project not
    found"}`. Called by the Python and C# SDKs.

    Args:
        project_id (str):
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetList | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        active_only=active_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = UNSET,
) -> BudgetList | ErrorBody | str | None:
    """Get the budgets of a project

     Budgets of an organization project, optionally only the active ones. 404 `{"message": "Project not
    found"}`. Called by the Python and C# SDKs.

    Args:
        project_id (str):
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetList | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            active_only=active_only,
        )
    ).parsed

"""START_TRAINING (Label Studio's train call, its default in 1.23.2) carries only the project: the backend reads the
project's annotated tasks back from Label Studio's export API.

Credentials, as Label Studio's ML SDK takes them: ``LABEL_STUDIO_API_KEY`` (a personal access token — a JWT refresh
token, exchanged at /api/token/refresh/ for an access token — or a legacy token), else the legacy token Label Studio
sends on /setup. Label Studio 1.23.2 turns legacy tokens off in new organizations, so the /setup token is refused
there (401): the error says to set LABEL_STUDIO_API_KEY. Tokens stay in memory and are never logged.

The credentials are checked while Label Studio waits for the train call (a refusal shows as the backend's Error state
in Model settings); reading the export and fitting run afterwards in the background, so saving an annotation in the
labeling UI never waits for a training."""
from __future__ import annotations

import json

import requests

TIMEOUT = (3.0, 60.0)
MAX_EXPORT_BYTES = 200 * 1024 * 1024


class FetchError(Exception):
    pass


def _auth_header(base_url: str, key: str) -> dict:
    if key.count(".") == 2:  # a JWT: Label Studio's personal access token is a refresh token
        try:
            answer = requests.post(f"{base_url}/api/token/refresh/", json={"refresh": key}, timeout=TIMEOUT)
        except requests.RequestException as exc:
            raise FetchError(f"could not reach Label Studio at {base_url}: {exc.__class__.__name__}") from None
        if answer.status_code != 200 or "access" not in (answer.json() if answer.content else {}):
            raise FetchError(f"Label Studio at {base_url} refused LABEL_STUDIO_API_KEY (HTTP {answer.status_code}): "
                             "create a new personal access token (Account & Settings)")
        return {"Authorization": f"Bearer {answer.json()['access']}"}
    return {"Authorization": f"Token {key}"}


def _refused(status: int, base_url: str, project_id: int, from_setup: bool) -> FetchError:
    hint = ("the legacy token Label Studio sent on /setup is refused (Label Studio 1.23.2 disables legacy tokens in "
            "new organizations): start the backend with LABEL_STUDIO_API_KEY set to a personal access token of a "
            "project member" if from_setup else
            "LABEL_STUDIO_API_KEY is refused: use a personal access token of a project member")
    return FetchError(f"Label Studio at {base_url} answered HTTP {status} for project {project_id}: {hint}")


def check_access(base_url: str, key: str, project_id: int, *, from_setup: bool) -> dict:
    """Fail fast (while Label Studio waits for the train call's answer) when the credentials do not work; returns
    the headers for the export."""
    base_url = base_url.rstrip("/")
    headers = _auth_header(base_url, key)
    try:
        answer = requests.get(f"{base_url}/api/projects/{int(project_id)}/", headers=headers, timeout=TIMEOUT)
    except requests.RequestException as exc:
        raise FetchError(f"could not reach Label Studio at {base_url}: {exc.__class__.__name__}") from None
    if answer.status_code in (401, 403):
        raise _refused(answer.status_code, base_url, project_id, from_setup)
    if answer.status_code != 200:
        raise FetchError(f"Label Studio at {base_url} answered HTTP {answer.status_code} for project {project_id}")
    return headers


def annotated_tasks(base_url: str, headers: dict, project_id: int) -> list[dict]:
    base_url = base_url.rstrip("/")
    url = f"{base_url}/api/projects/{int(project_id)}/export"
    try:
        with requests.get(url, params={"exportType": "JSON", "download_all_tasks": "false"}, headers=headers,
                          timeout=TIMEOUT, stream=True) as response:
            if response.status_code != 200:
                raise FetchError(f"Label Studio at {base_url} answered HTTP {response.status_code} to the export of "
                                 f"project {project_id}")
            body = response.raw.read(MAX_EXPORT_BYTES + 1, decode_content=True)
    except requests.RequestException as exc:
        raise FetchError(f"could not reach Label Studio at {base_url}: {exc.__class__.__name__}") from None
    if len(body) > MAX_EXPORT_BYTES:
        raise FetchError(f"project {project_id}'s export is larger than {MAX_EXPORT_BYTES} bytes")
    try:
        tasks = json.loads(body)
    except ValueError:
        raise FetchError(f"Label Studio's export of project {project_id} is not JSON") from None
    if not isinstance(tasks, list):
        raise FetchError(f"Label Studio's export of project {project_id} is not a list of tasks")
    return tasks

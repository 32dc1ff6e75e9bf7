"""What a Ceramic Target Storage's card says about its last run, in words: the status line and the log.

Rows waiting for a person's wallet are not errors: a run whose only "problems" are waiting rows is *completed*, and
the card says how many wait ("Completed — 2 rows wait for their labelers"). The log (Label Studio shows the storage's
``traceback`` behind "View Logs") is readable text: what was written, what waits and for whom, what failed and why —
never a JSON dump.
"""
from __future__ import annotations

from typing import Any

from ..api.identity_presenters import WAITING_KINDS, waiting_authors

MAX_LISTED = 50  # rows listed per section of the log (the counts stay exact)


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def waiting_count(counts: dict[str, Any]) -> int:
    return sum(int(counts.get(k, 0)) for k in WAITING_KINDS)


def failure_count(counts: dict[str, Any]) -> int:
    return int(counts.get("failed", 0))


def status_text(status: str, counts: dict[str, Any]) -> str:
    """The card's status when rows wait (else empty: Label Studio's own word for the status is right)."""
    n = waiting_count(counts)
    if status == "completed" and n:
        return f"Completed — {plural(n, 'row waits for its labeler', 'rows wait for their labelers')}"
    return ""


def _people(user_ids) -> dict[int, str]:
    from users.models import User

    out = {}
    for pk, email, first, last in User.objects.filter(pk__in=[u for u in user_ids if u is not None]) \
            .values_list("pk", "email", "first_name", "last_name"):
        name = f"{first} {last}".strip()
        out[pk] = f"{name} <{email}>" if name else email
    return out


def _where(e: dict) -> str:
    parts = [f"annotation {e['annotationId']}" if e.get("annotationId") is not None else "",
             f"task {e['taskId']}" if e.get("taskId") is not None else ""]
    return ", ".join(p for p in parts if p) or "a row"


def run_log(public: dict[str, Any]) -> str:
    """The readable log of one finished run (``jobs.job_public``)."""
    counts = public.get("counts") or {}
    errors = public.get("errors") or []
    n = lambda k: int(counts.get(k, 0))  # noqa: E731
    lines = [f"Ceramic sync job {public.get('id')} of project {public.get('project')}: {public.get('status')}"
             f"{' (finished ' + public['finishedAt'] + ')' if public.get('finishedAt') else ''}.",
             f"Written: {n('create')} new, {n('update')} updated, {n('tombstone')} marked deleted; "
             f"{n('unchanged')} unchanged, of {n('total')} rows."]
    waiting = [e for e in errors if e.get("kind") in WAITING_KINDS]
    waits = waiting_count(counts)
    if waits:
        authors = waiting_authors(waiting)
        people = _people(set(authors.values()))
        per_person: dict[Any, list[dict]] = {}
        for e in waiting:
            per_person.setdefault(authors.get(e.get("annotationId")), []).append(e)
        lines += ["", f"Waiting (not errors): {plural(waits, 'row waits', 'rows wait')} for a labeler to connect a "
                  "wallet in the Ceramic menu (top bar); the next sync writes them."]
        for author, rows in sorted(per_person.items(), key=lambda kv: -len(kv[1])):
            who = people.get(author) or (f"user {author}" if author is not None else "nobody on record")
            ids = ", ".join(str(e.get("annotationId")) for e in rows[:MAX_LISTED])
            more = f" … and {len(rows) - MAX_LISTED} more" if len(rows) > MAX_LISTED else ""
            lines.append(f"  - {who}: {plural(len(rows), 'annotation', 'annotations')} ({ids}{more})")
    failed = [e for e in errors if e.get("kind") not in WAITING_KINDS]
    if failure_count(counts) or failed:
        lines += ["", f"Errors: {plural(failure_count(counts), 'row', 'rows')} failed (a new sync retries them)."]
        lines += [f"  - {_where(e)}: {e.get('kind')}: {e.get('reason')}" for e in failed[:MAX_LISTED]]
        if len(failed) > MAX_LISTED:
            lines.append(f"  … and {len(failed) - MAX_LISTED} more (see the project's provenance page)")
    if public.get("message"):
        lines += ["", public["message"]]
    return "\n".join(lines)


__all__ = ["status_text", "run_log", "waiting_count", "failure_count"]

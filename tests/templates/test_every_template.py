"""Every labeling template the installed Label Studio ships, end to end on the real node: the project's model
deploys, a Label Studio-generated task with realistic annotations per control type syncs, and every document read
back from the node holds the row faithfully — checked by turning the document back into the task's data, the
annotation's raw result items and its relations (the documented normal forms reversed), not by re-running our code.

``-s`` prints the table (template | fields | bytes | result); it is also written to data/rowmodel/templates_table.txt.
"""
from __future__ import annotations

import glob
import json
import os
import time
import traceback
from pathlib import Path

import pytest
import yaml
from eth_account import Account

from orbis_export.authorship import acting_as
from orbis_export.ceramic import normalize_content
from orbis_export.ceramic.encoding import encode_dag_cbor
from orbis_export.modeldeploy import deploy, project_row_model
from orbis_export.rowmodel.data import DATA_PREFIX
from orbis_export.rowmodel.tags import dict_keys, value_schema
from orbis_export.sync import SyncOptions, sync_project

from tests.fixtures.lab import connect, node_docs

pytestmark = [pytest.mark.integration, pytest.mark.django_db]
TABLE = Path(__file__).resolve().parents[2] / "data" / "rowmodel" / "templates_table.txt"
FIXED_ITEM_KEYS = ("id", "to_name", "type", "origin")


def templates() -> list[tuple[str, str]]:
    import label_studio

    root = os.path.join(os.path.dirname(label_studio.__file__), "annotation_templates")
    found = []
    for path in sorted(glob.glob(os.path.join(root, "**", "config.yml"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            found.append((os.path.relpath(os.path.dirname(path), root), yaml.safe_load(f)["config"]))
    assert len(found) >= 60, f"only {len(found)} templates found under {root}"
    only = os.environ.get("ORBIS_TEMPLATE_FILTER")  # a substring, to rerun a few while debugging
    return [t for t in found if only in t[0]] if only else found


# --- realistic annotations per control type ---------------------------------------------------------------------
def _sample(schema: dict, labels: list[str], key: str = "") -> object:
    """A value for a property of a value schema (labels for label lists)."""
    if "anyOf" in schema:
        return _sample(schema["anyOf"][0], labels, key)
    kinds = schema.get("type")
    kind = [k for k in kinds if k != "null"][0] if isinstance(kinds, list) else kinds
    if kind == "object":
        return {k: _sample(s, labels, k) for k, s in schema["properties"].items()}
    if kind == "array":
        if key.endswith("labels") or key in ("choices", "labels"):
            return labels[:1] or ["label"]
        if key == "ranker":
            return [{"key": "rank", "value": ["a", "b"]}]
        return [_sample(schema["items"], labels), _sample(schema["items"], labels)]
    return {"number": 12.5, "integer": 3, "boolean": True, "string": f"sample {key}"}[kind]


def _labels(li, name: str) -> list[str]:
    try:
        return list(li.get_control(name).labels or [])
    except Exception:  # noqa: BLE001 - a control the SDK cannot describe: any label
        return []


def _build_item(control, li, item_id: str, to_name: str) -> dict:
    """One result item of ``control`` built from the tag's value schema (where the SDK generator gives none)."""
    labels = _labels(li, control.name)
    shape = control.shape
    if shape in ("choice", "choices") or control.tag == "Choices":
        value = {"choices": labels[:2] if control.multiple else labels[:1]}
    elif control.tag == "Rating":
        value = {"rating": 4}
    elif control.tag == "Number":
        value = {"number": 7.25}
    elif control.tag == "DateTime":
        value = {"datetime": "2026-12-02T10:00"}
    elif control.tag == "TextArea":
        value = {"text": ["first line\nsecond line", "another entry"]}
    elif control.tag == "Taxonomy":
        value = {"taxonomy": [[labels[0] if labels else "A", "B"], ["C"]]}
    else:
        value = _sample(value_schema(control.tag), labels)
        for key in dict_keys(control.tag):  # Label Studio writes these as mappings
            value[key] = {e["key"]: e["value"] for e in value[key]}
    return {"id": item_id, "from_name": control.name, "to_name": to_name, "type": control.tag.lower(),
            "value": value}


def annotation_result(config: str, model) -> list[dict]:
    from label_studio_sdk.label_interface import LabelInterface

    li = LabelInterface(config)
    try:
        sample = (li.generate_sample_annotation() or {}).get("result") or []
    except Exception:  # noqa: BLE001 - the generator fails on some tags: our builders cover them
        sample = []
    by_name: dict[str, list] = {}
    for item in sample:
        by_name.setdefault(item.get("from_name"), []).append(item)
    result: list[dict] = []
    regions: list[str] = []
    to_names = {c.name: (li.get_control(c.name).to_name or ["x"])[0] if _has(li, c.name) else "x"
                for c in model.controls.values()}
    ordered = sorted(model.controls.values(), key=lambda c: c.shape != "items" or c.tag in _CLASSIFY)
    for control in ordered:
        items = [i for i in by_name.get(control.name, []) if isinstance(i.get("value"), dict)]
        if control.shape != "items":
            items = items[:1] or [_build_item(control, li, f"{control.name}-0", to_names[control.name])]
        else:
            if not items:
                items = [_build_item(control, li, f"{control.name}-{k}", to_names[control.name]) for k in range(2)]
            if len(items) < 2:  # two regions per region control
                second = json.loads(json.dumps(items[0]))
                second["id"] = f"{items[0].get('id')}-2"
                items.append(second)
            if control.tag in _CLASSIFY:  # a per-region answer: one per region, attached to the regions' ids
                for item, region in zip(items, regions or [None, None]):
                    if region:
                        item["id"] = region
            elif not regions:
                regions = [i["id"] for i in items[:2]]
            items[0]["origin"] = "manual"
        result.extend(items)
    if "<Relations" in config and len(regions) >= 2:
        result.append({"from_id": regions[0], "to_id": regions[1], "type": "relation", "direction": "right",
                       "labels": []})
    return result


_CLASSIFY = {"Choices", "Rating", "Number", "DateTime", "TextArea", "Taxonomy"}


def _has(li, name: str) -> bool:
    try:
        li.get_control(name)
        return True
    except Exception:  # noqa: BLE001
        return False


# --- the documented normal forms, reversed ----------------------------------------------------------------------
def raw_items(field_value, tag: str) -> list[dict]:
    out = []
    for item in field_value or []:
        extra = json.loads(item["extra"]) if item["extra"] is not None else {}
        value = dict(item["value"])
        for key in dict_keys(tag):
            if key in value:
                value[key] = {e["key"]: e["value"] for e in value[key]}
        if isinstance(extra.get("value"), dict):
            value.update(extra.pop("value"))
        raw = {k: v for k, v in item.items() if k not in ("value", "extra") and not (k in FIXED_ITEM_KEYS and v is None)}
        raw.update(extra)
        raw["value"] = value
        out.append(raw)
    return out


def reverse(doc: dict, model) -> tuple[dict, list[dict]]:
    """A document → (the task's data, the annotation's raw result items without from_name)."""
    schema = model.json_schema()["properties"]
    data = {}
    for name, prop in schema.items():
        desc = prop.get("description", "")
        if desc.startswith(DATA_PREFIX) and doc[name] is not None:
            key = model.data_key(name)
            data[key] = json.loads(doc[name]) if "canonical JSON text" in desc else doc[name]
    result = []
    for control in model.controls.values():
        value = doc[control.column]
        if value is None:
            continue
        key = {"choice": "choices", "choices": "choices", "rating": "rating", "number": "number",
               "datetime": "datetime", "texts": "text", "taxonomy": "taxonomy"}.get(control.shape)
        if key is None:
            result.extend({**i, "from_name": control.name} for i in raw_items(value, control.tag))
        else:
            result.append({"from_name": control.name, "value": {key: [value] if control.shape == "choice" else value}})
    for rel in doc[model.relations_field] or []:
        extra = json.loads(rel["extra"]) if rel["extra"] else {}
        result.append({"type": "relation", **{k: v for k, v in rel.items() if k != "extra"}, **extra})
    return data, result


def _key(item: dict) -> str:  # numbers as the node gives them back (64.0 → 64), so both sides sort alike
    return json.dumps(normalize_content([item.get("from_name"), item.get("id"), item.get("from_id"),
                                         item.get("value")]), sort_keys=True)


def _expected_result(result: list[dict], model) -> list[dict]:
    """What a whole-annotation control keeps of its item (the documented scalar forms: its value only)."""
    out = []
    for item in result:
        control = model.controls.get(item.get("from_name"))
        if control is not None and control.shape != "items":
            key = {"choice": "choices", "choices": "choices", "rating": "rating", "number": "number",
                   "datetime": "datetime", "texts": "text", "taxonomy": "taxonomy"}[control.shape]
            raw = item["value"][key]
            if control.shape == "choice" and not raw:
                continue
            out.append({"from_name": item["from_name"], "value": {key: raw}})
        else:
            out.append(item)
    return out


def test_every_bundled_template_sets_up_syncs_and_reads_back_faithfully(make_user, orbis, node_client):
    from label_studio_sdk.label_interface import LabelInterface
    from projects.models import Project
    from tasks.models import Annotation, Task

    started = time.monotonic()
    owner = make_user(f"tpl-owner-{os.urandom(3).hex()}@example.org")
    labeler = make_user(f"tpl-labeler-{os.urandom(3).hex()}@example.org", organization=owner.active_organization)
    wallet = Account.create()  # one wallet (one DID); its session is renewed per model (sessions name their model)
    rows, failures = [], []
    for name, config in templates():
        try:
            project = Project.objects.create(title=name[:50], label_config=config, organization=owner.active_organization,
                                             created_by=owner)
            data = LabelInterface(config).generate_sample_task()
            task = Task.objects.create(project=project, data=data)
            model = project_row_model(project)
            result = json.loads(json.dumps(annotation_result(config, model)))  # as stored (tuples → lists)
            with acting_as(labeler):
                ann = Annotation.objects.create(task=task, project=project, completed_by=labeler, result=result,
                                                lead_time=3.5)
            setup = deploy(project, name=f"Tpl{os.urandom(4).hex()}", client=node_client)
            orbis(model_id=setup.model_id)
            did = connect(labeler, wallet)
            synced = sync_project(project, SyncOptions(model_id=setup.model_id, client=node_client))
            if synced.failed or synced.counts["written"] != 1:
                raise AssertionError(f"sync: {synced.as_dict().get('errors') or synced.as_dict()}")
            docs = [d for d in node_docs(node_client, setup.model_id, did) if d.content["annotation_id"] == ann.pk]
            assert len(docs) == 1, f"{len(docs)} documents on the node"
            doc = docs[0].content
            assert set(doc) == set(model.json_schema()["properties"]), "every field present"
            task.refresh_from_db()
            got_data, got_result = reverse(doc, model)
            want_data = {k: v for k, v in task.data.items() if v is not None}  # null and absent: both null
            assert got_data == want_data, f"data: {got_data} != {want_data}"
            want = sorted(_expected_result(result, model), key=_key)
            got = sorted(got_result, key=_key)
            if got != want:
                diff = [(g, w) for g, w in zip(got, want) if g != w] or [(len(got), len(want))]
                raise AssertionError(f"result items differ (read back, expected): {json.dumps(diff[:2])[:1500]}")
            size = len(encode_dag_cbor(normalize_content(doc)))
            rows.append((name, len(doc), size, "ok"))
        except Exception as exc:  # noqa: BLE001 - every template is tried; the failures are listed together
            where = traceback.extract_tb(exc.__traceback__)[-1]
            failures.append((name, f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno})"[:2000]))
            rows.append((name, 0, 0, "FAILED"))
    lines = ["| template | fields | bytes | result |", "|---|---|---|---|"]
    lines += [f"| {n} | {f} | {b:,} | {r} |" for n, f, b, r in rows]
    lines.append(f"\n{sum(r[3] == 'ok' for r in rows)}/{len(rows)} templates set up, written and read back equal; "
                 f"{time.monotonic() - started:.0f} s")
    table = "\n".join(lines)
    print("\n" + table)
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_text(table + "\n", encoding="utf-8")
    assert not failures, "\n\n".join(f"{n}: {e}" for n, e in failures)

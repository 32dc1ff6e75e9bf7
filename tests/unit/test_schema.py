"""Row model: label config + data columns → a closed JSON schema; a row (JSON_MIN + raw result + task data) →
content with every field present, one form per column."""
import pytest

from orbis_export.schema import (REQUIRED, SchemaError, controls_from_label_config, row_model, schema_mismatches)

CONFIG = """<View>
  <Text name="text" value="$review"/>
  <Choices name="sentiment" toName="text" choice="single"><Choice value="Positive"/><Choice value="Negative"/></Choices>
  <Choices name="topics" toName="text" choice="multiple"><Choice value="acting"/><Choice value="plot"/></Choices>
  <Rating name="stars_given" toName="text"/>
  <TextArea name="note" toName="text"/>
  <Labels name="ner" toName="text"><Label value="PER"/></Labels>
</View>"""
DATA = {"review": "great", "year": 2020, "score": 4.5, "meta": {"a": 1}, "weird key": "x"}
SAMPLE = [DATA, {"review": "bad", "year": 2021, "score": 3, "meta": {"a": 2}, "weird key": "y"}]


def item(name, kind, value, **extra):
    return {"id": f"{name}-1", "from_name": name, "to_name": "text", "type": kind, "value": value, **extra}


RESULT = [item("sentiment", "choices", {"choices": ["Positive"]}),
          item("topics", "choices", {"choices": ["acting", "plot"]}),
          item("stars_given", "rating", {"rating": 4}),
          item("note", "textarea", {"text": ["fine"]}),
          item("ner", "labels", {"start": 0, "end": 5, "labels": ["PER"], "text": "great"}, origin="manual")]


def _row(data=None, result=None, **overrides):
    row = {"id": 7, "annotator": 3, "annotation_id": 11, "created_at": "2026-11-21T18:47:01.907619Z",
           "updated_at": "2026-11-21T18:47:01.907685Z", "lead_time": 4.2,
           "_data": dict(DATA if data is None else data), "_result": list(RESULT if result is None else result)}
    row.update(overrides)
    return row


def test_schema_has_a_column_per_data_key_and_control_plus_provenance():
    model = row_model(CONFIG, SAMPLE)
    schema = model.json_schema()
    props = schema["properties"]
    assert props["review"]["type"] == ["string", "null"]
    assert props["year"]["type"] == ["integer", "null"]
    assert props["score"]["type"] == ["number", "null"]  # ints and floats mixed
    assert props["meta"]["type"] == ["string", "null"] and "canonical JSON text" in props["meta"]["description"]
    assert props["weird_key"]["type"] == ["string", "null"] and model.renamed == {"weird key": "weird_key"}
    assert "'weird key'" in props["weird_key"]["description"]  # the rename is recorded in the model
    assert props["sentiment"]["type"] == ["string", "null"]
    assert props["topics"]["type"] == ["array", "null"]
    assert props["stars_given"]["type"] == ["integer", "null"]
    assert props["note"]["type"] == ["array", "null"] and props["note"]["items"]["type"] == "string"
    assert props["ner"]["type"] == ["array", "null"]
    assert props["ner"]["items"]["additionalProperties"] is False
    assert props["relations"]["type"] == ["array", "null"]
    assert set(REQUIRED) <= set(props) and schema["additionalProperties"] is False
    assert schema["required"] == list(props)  # every field present in every document


def _objects(schema, path="$"):
    if isinstance(schema, dict):
        if schema.get("type") == "object" or "object" in (schema.get("type") or []):
            yield path, schema
        for key, sub in schema.items():
            yield from _objects(sub, f"{path}.{key}")
    elif isinstance(schema, list):
        for i, sub in enumerate(schema):
            yield from _objects(sub, f"{path}[{i}]")


def test_every_object_in_the_schema_is_closed_and_every_array_and_string_bounded():
    schema = row_model(CONFIG, SAMPLE).json_schema()
    for path, obj in _objects(schema):
        assert obj.get("additionalProperties") is False, path
    text = str(schema)
    assert "'type': 'array'" not in text or "maxItems" in text


def test_content_gives_each_control_its_form_and_every_field():
    model = row_model(CONFIG, SAMPLE)
    content = model.content(_row(), project_id=5, source="ls@test", annotator_did="did:pkh:eip155:1:0xab")
    assert set(content) == set(model.json_schema()["properties"])
    assert content["topics"] == ["acting", "plot"]
    assert content["sentiment"] == "Positive"
    assert content["stars_given"] == 4
    assert content["note"] == ["fine"]
    assert content["weird_key"] == "x" and "weird key" not in content
    assert content["meta"] == '{"a":1}'
    assert content["id"] == 7 and content["project_id"] == 5 and content["deleted"] is False
    assert content["annotator_did"] == "did:pkh:eip155:1:0xab"
    assert content["ner"] == [{"id": "ner-1", "to_name": "text", "type": "labels", "origin": "manual",
                               "value": {"start": 0, "end": 5, "labels": ["PER"], "text": "great"}, "extra": None}]
    assert content["relations"] is None and content["saved_by"] is None and content["revises"] is None


def test_cleared_values_are_explicit_nulls():
    model = row_model(CONFIG, SAMPLE)
    content = model.content(_row(data={"review": "r"}, result=[]), project_id=5, source="s")
    for name in ("sentiment", "topics", "stars_given", "note", "ner", "year", "meta", "weird_key", "relations",
                 "annotator_did", "saved_by"):
        assert name in content and content[name] is None, name


@pytest.mark.parametrize("data, result, words", [
    ({**DATA, "year": 2020.5}, None, "year: task data key 'year' holds number"),
    (None, [item("sentiment", "choices", {"choices": ["Positive", "Negative"]})],
     "sentiment: a single-choice control holds 2"),
    (None, [item("stars_given", "rating", {"rating": 2.5})], "stars_given: a rating must be a whole number"),
    (None, [item("ghost", "choices", {"choices": ["x"]})], "'ghost', which is not a control"),
    ({**DATA, "new_key": 1}, None, "task data key 'new_key' is not in the project's model.*orbis_setup"),
])
def test_values_that_do_not_fit_are_refused_with_the_field_name(data, result, words):
    model = row_model(CONFIG, SAMPLE)
    with pytest.raises(SchemaError, match=words):
        model.content(_row(data=data, result=result), project_id=1, source="s")


def test_model_definition_relations():
    model = row_model(CONFIG, SAMPLE)
    assert model.model_definition()["accountRelation"] == {"type": "list"}
    assert model.model_definition(relation="set")["accountRelation"] == {
        "type": "set", "fields": ["project_id", "annotation_id"]}
    with pytest.raises(SchemaError):
        model.model_definition(relation="single")


def test_mismatching_existing_schema_names_each_field():
    ours = row_model(CONFIG, SAMPLE).json_schema()
    theirs = {"type": "object", "additionalProperties": False,
              "properties": {"id": {"type": "number"}, "review": {"type": "string"}, "year": {"type": "string"},
                             "uid": {"type": "number"}, "sentiment": {"type": "string"}},
              "required": ["uid"]}
    problems = schema_mismatches(ours, theirs)
    assert "year: the model says 'string', rows carry 'integer'" in problems
    assert "uid: required by the model, but rows do not carry it" in problems
    assert any(p.startswith("topics: missing from the model") for p in problems)
    assert not any(p.startswith("sentiment") for p in problems)  # not nullable there: checked per row
    assert not any(p.startswith("id:") for p in problems)  # integer rows fit a number column
    assert not any(p.startswith("weird_key") for p in problems)  # a data key the model lacks: refused per row
    assert schema_mismatches(ours, ours) == []


def test_a_model_made_elsewhere_without_null_refuses_only_rows_with_no_value():
    model = row_model(CONFIG, SAMPLE)
    schema = model.json_schema()
    schema["properties"]["sentiment"] = {"type": "string"}
    schema["properties"]["review"] = {"type": "string", "maxLength": 10}
    fitted = model.fitted_to(schema)
    prov = {"origin": "labeling", "signer_kind": "labeler", "signer_did": "did:key:z6Mk"}
    assert fitted.content(_row(), project_id=1, source="s", provenance=prov)["sentiment"] == "Positive"
    with pytest.raises(SchemaError, match="^sentiment: no value, and the model does not allow null"):
        fitted.content(_row(result=[]), project_id=1, source="s", provenance=prov)
    with pytest.raises(SchemaError, match="^review: 11 characters, more than the column's 10"):
        fitted.content(_row(data={**DATA, "review": "x" * 11}), project_id=1, source="s", provenance=prov)


def test_broken_label_config_is_reported():
    with pytest.raises(SchemaError, match="not valid XML"):
        controls_from_label_config("<View><Text")


def test_a_deployed_data_column_no_task_holds_any_more_is_written_as_null():
    deployed = row_model(CONFIG, SAMPLE).json_schema()
    now = row_model(CONFIG, [{"review": "only this key left"}])
    assert schema_mismatches(now.json_schema(), deployed) == []
    prov = {"origin": "labeling", "signer_kind": "labeler", "signer_did": "did:key:z6Mk"}
    out = now.fitted_to(deployed).content(_row(data={"review": "r"}), project_id=1, source="s", provenance=prov)
    assert out["year"] is None and out["weird_key"] is None and out["review"] == "r"

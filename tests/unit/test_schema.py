"""Row model: label config + data columns → JSON schema; JSON_MIN rows → content of one type per column."""
import pytest

from orbis_export.schema import REQUIRED, SchemaError, controls_from_label_config, row_model, schema_mismatches

CONFIG = """<View>
  <Text name="text" value="$review"/>
  <Choices name="sentiment" toName="text" choice="single"><Choice value="Positive"/><Choice value="Negative"/></Choices>
  <Choices name="topics" toName="text" choice="multiple"><Choice value="acting"/><Choice value="plot"/></Choices>
  <Rating name="stars_given" toName="text"/>
  <TextArea name="note" toName="text"/>
  <Labels name="ner" toName="text"><Label value="PER"/></Labels>
</View>"""
SAMPLE = [{"review": "great", "year": 2020, "score": 4.5, "meta": {"a": 1}, "weird key": "x"},
          {"review": "bad", "year": 2021, "score": 3, "meta": {"a": 2}, "weird key": "y"}]


def _row(**overrides):
    row = {"review": "great", "year": 2020, "score": 4.5, "meta": {"a": 1}, "weird key": "x", "id": 7,
           "sentiment": "Positive", "topics": {"choices": ["acting", "plot"]}, "stars_given": [{"rating": 4}],
           "note": "fine", "ner": [{"start": 0, "end": 5, "labels": ["PER"]}], "annotator": 3, "annotation_id": 11,
           "created_at": "2026-11-21T18:47:01.907619Z", "updated_at": "2026-11-21T18:47:01.907685Z", "lead_time": 4.2}
    row.update(overrides)
    return row


def test_schema_has_a_column_per_data_key_and_control_plus_provenance():
    model = row_model(CONFIG, SAMPLE)
    schema = model.json_schema()
    props = schema["properties"]
    assert props["review"]["type"] == "string"
    assert props["year"] == {"type": "integer"}
    assert props["score"] == {"type": "number"}  # ints and floats mixed
    assert props["meta"] == {"type": "object"}
    assert props["weird_key"]["type"] == "string" and model.renamed == {"weird key": "weird_key"}
    assert props["sentiment"]["type"] == "string"
    assert props["topics"]["type"] == "array"
    assert props["stars_given"] == {"type": "integer"}
    assert props["ner"]["type"] == "array"
    assert set(REQUIRED) <= set(props) and schema["additionalProperties"] is False


def test_content_normalises_each_control_to_one_type():
    model = row_model(CONFIG, SAMPLE)
    content = model.content(_row(), project_id=5, source="ls@test", annotator_did="did:pkh:eip155:1:0xab")
    assert content["topics"] == ["acting", "plot"]
    assert model.content(_row(topics="acting"), project_id=5, source="s")["topics"] == ["acting"]
    assert content["sentiment"] == "Positive"
    assert content["stars_given"] == 4
    assert content["weird_key"] == "x" and "weird key" not in content
    assert content["id"] == 7 and content["project_id"] == 5 and content["deleted"] is False
    assert content["annotator_did"] == "did:pkh:eip155:1:0xab"
    assert content["ner"] == [{"start": 0, "end": 5, "labels": ["PER"]}]


@pytest.mark.parametrize("override, words", [
    ({"year": 2020.5}, "year: expected a whole number"),
    ({"score": float("nan")}, "score: expected a finite number"),
    ({"sentiment": {"choices": ["Positive", "Negative"]}}, "sentiment: a single-choice control holds 2"),
    ({"review": "x" * 70_000}, "review: 70000 characters"),
])
def test_values_that_do_not_fit_their_column_are_refused_with_the_field_name(override, words):
    model = row_model(CONFIG, SAMPLE)
    with pytest.raises(SchemaError, match=words):
        model.content(_row(**override), project_id=1, source="s")


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
                             "uid": {"type": "number"}},
              "required": ["uid"]}
    problems = schema_mismatches(ours, theirs)
    assert "year: the model says 'string', rows carry 'integer'" in problems
    assert "uid: required by the model, but rows do not carry it" in problems
    assert any(p.startswith("sentiment: missing from the model") for p in problems)
    assert not any(p.startswith("id:") for p in problems)  # integer rows fit a number column
    assert schema_mismatches(ours, ours) == []


def test_broken_label_config_is_reported():
    with pytest.raises(SchemaError, match="not valid XML"):
        controls_from_label_config("<View><Text")

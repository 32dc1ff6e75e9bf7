"""Each control shape: whole-annotation classification values, region items (per-region answers kept whole),
relations, unknown tags and keys (kept in ``extra``), Ranker mappings. Pure unit tests of orbis_export.rowmodel."""
import json

import pytest

from orbis_export.rowmodel import SchemaError, row_model
from orbis_export.rowmodel.tags import item_schema, known_tags, value_schema

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Labels name="ner" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
  <Relations><Relation value="works_for"/></Relations>
  <Choices name="kind" toName="text" perRegion="true"><Choice value="a"/><Choice value="b"/></Choices>
  <Rating name="conf" toName="text" perRegion="true"/>
  <Number name="amount" toName="text" perRegion="true"/>
  <DateTime name="when" toName="text" perRegion="true"/>
  <TextArea name="ocr" toName="text" perRegion="true"/>
  <TextArea name="note" toName="text"/>
  <Taxonomy name="tax" toName="text"><Choice value="A"><Choice value="B"/></Choice></Taxonomy>
  <Number name="total" toName="text"/>
  <DateTime name="day" toName="text"/>
  <Ranker name="rank" toName="text"/>
  <FancyNewTag name="fancy" toName="text"/>
</View>"""
PROV = {"saved_by": 3, "origin": "labeling", "signer_kind": "labeler", "signer_did": "did:pkh:eip155:1:0xab"}


def item(name, kind, value, id_="r1", **extra):
    return {"id": id_, "from_name": name, "to_name": "text", "type": kind, "value": value, **extra}


def write(result):
    model = row_model(CONFIG, [{"text": "t"}])
    return model, model.content({"id": 1, "annotation_id": 2, "annotator": 3, "_data": {"text": "t"},
                                 "_result": result}, project_id=9, source="s", provenance=PROV)


def test_shapes_in_the_schema():
    model = row_model(CONFIG, [{"text": "t"}])
    shapes = {c.name: c.shape for c in model.controls.values()}
    assert shapes == {"ner": "items", "kind": "items", "conf": "items", "amount": "items", "when": "items",
                      "ocr": "items", "note": "texts", "tax": "taxonomy", "total": "number", "day": "datetime",
                      "rank": "items", "fancy": "items"}


def test_per_region_choices_with_two_regions_are_both_kept():
    _, out = write([item("ner", "labels", {"start": 0, "end": 1, "labels": ["PER"]}, "r1"),
                    item("ner", "labels", {"start": 2, "end": 3, "labels": ["ORG"]}, "r2"),
                    item("kind", "choices", {"choices": ["a"]}, "r1"), item("kind", "choices", {"choices": ["b"]}, "r2")])
    assert [(i["id"], i["value"]["choices"]) for i in out["kind"]] == [("r1", ["a"]), ("r2", ["b"])]


@pytest.mark.parametrize("name, kind, value", [
    ("conf", "rating", {"rating": 3}), ("amount", "number", {"number": 2.5}),
    ("when", "datetime", {"datetime": "2026-01-02"}), ("ocr", "textarea", {"text": ["line 1\nline 2"]}),
])
def test_per_region_rating_number_datetime_textarea_keep_every_region(name, kind, value):
    second = {k: v for k, v in value.items()}
    _, out = write([item(name, kind, {**value, "start": 3, "end": 8}, "r1"), item(name, kind, second, "r2")])
    assert [i["id"] for i in out[name]] == ["r1", "r2"]
    assert out[name][0]["value"][next(iter(value))] == value[next(iter(value))]
    extra = json.loads(out[name][0]["extra"])  # the region's span, not modelled for this tag, is kept
    assert extra == {"value": {"start": 3, "end": 8}}


def test_textarea_keeps_each_entry_newlines_included():
    _, out = write([item("note", "textarea", {"text": ["a\nb", "c"]})])
    assert out["note"] == ["a\nb", "c"]


def test_taxonomy_number_datetime_whole_annotation():
    _, out = write([item("tax", "taxonomy", {"taxonomy": [["A", "B"], ["A"]]}), item("total", "number", {"number": 7}),
                    item("day", "datetime", {"datetime": "2026-12-02"})])
    assert out["tax"] == [["A", "B"], ["A"]] and out["total"] == 7 and out["day"] == "2026-12-02"


def test_a_whole_annotation_control_with_two_results_is_refused_naming_it():
    with pytest.raises(SchemaError, match="^total: 2 results of a whole-annotation Number control"):
        write([item("total", "number", {"number": 1}, "a"), item("total", "number", {"number": 2}, "b")])


def test_relations_are_carried():
    _, out = write([item("ner", "labels", {"start": 0, "end": 1, "labels": ["PER"]}, "r1"),
                    item("ner", "labels", {"start": 2, "end": 3, "labels": ["ORG"]}, "r2"),
                    {"from_id": "r1", "to_id": "r2", "type": "relation", "direction": "right",
                     "labels": ["works_for"], "readonly": True}])
    assert out["relations"] == [{"from_id": "r1", "to_id": "r2", "direction": "right", "labels": ["works_for"],
                                 "extra": '{"readonly":true}'}]


def test_unknown_keys_and_unknown_tags_go_to_extra_nothing_lost():
    _, out = write([item("ner", "labels", {"start": 0, "end": 1, "labels": ["PER"], "new_key": [1, 2]}, "r1",
                         meta={"text": ["a note"]}, origin="prediction", score=0.9),
                    item("fancy", "fancy", {"whatever": {"deep": 2**60}}, "f1")])
    ner = out["ner"][0]
    assert ner["origin"] == "prediction" and ner["score"] == 0.9
    assert json.loads(ner["extra"]) == {"meta": {"text": ["a note"]}, "value": {"new_key": [1, 2]}}
    assert out["fancy"][0]["value"] == {} and json.loads(out["fancy"][0]["extra"]) == {
        "value": {"whatever": {"deep": 2**60}}}


def test_ranker_buckets_become_entries():
    _, out = write([item("rank", "ranker", {"ranker": {"good": ["x", "y"], "bad": []}})])
    assert out["rank"][0]["value"]["ranker"] == [{"key": "good", "value": ["x", "y"]}, {"key": "bad", "value": []}]


def test_every_tag_label_studio_knows_has_a_closed_item_schema():
    tags = [t for t, cls in known_tags().items() if cls is not None]
    assert len(tags) >= 30  # from the installed SDK, not a copied list
    for tag in tags:
        schema = item_schema(tag)
        assert schema["additionalProperties"] is False and schema["properties"]["value"]["additionalProperties"] is False
        assert value_schema(tag)["properties"] or tag == "reactcode", tag

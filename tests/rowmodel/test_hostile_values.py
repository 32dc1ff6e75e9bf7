"""Faithful values: each hostile value is written exactly or its row is refused with a reason naming the field
(never a silent change, never an exception other than SchemaError). Pure unit tests of orbis_export.rowmodel."""
import json

import pytest

from orbis_export.rowmodel import DataColumns, SchemaError, row_model
from orbis_export.rowmodel.data import MAX_NAME, field_name
from orbis_export.rowmodel.values import CONTENT_BUDGET, check_content

CONFIG = """<View><Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text"><Choice value="Positive"/></Choices></View>"""
PROV = {"saved_by": 3, "origin": "labeling", "signer_kind": "labeler", "signer_did": "did:pkh:eip155:1:0xab"}


def row(data, result=None):
    return {"id": 1, "annotation_id": 2, "annotator": 3, "created_at": None, "updated_at": None, "lead_time": None,
            "_data": data, "_result": result or []}


def content(model, data, result=None):
    return model.content(row(data, result), project_id=9, source="s", provenance=PROV)


def test_integers_beyond_2_53_are_exact_json_text():
    big = 2**63 + 1
    model = row_model(CONFIG, [{"text": "t", "n": 5}, {"text": "t", "n": big}])
    assert model.data_fields["n"]["type"] == ["string", "null"]
    out = content(model, {"text": "t", "n": big})
    assert out["n"] == str(big) and json.loads(out["n"]) == big
    assert content(model, {"text": "t", "n": 5})["n"] == "5"


def test_a_big_integer_in_an_integer_column_refuses_the_row():
    model = row_model(CONFIG, [{"text": "t", "n": 5}])
    with pytest.raises(SchemaError, match="n: task data key 'n' holds bigint .*orbis_setup"):
        content(model, {"text": "t", "n": 2**60})


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_refuse_the_row_naming_the_field(bad):
    model = row_model(CONFIG, [{"text": "t", "x": 1.5}, {"text": "t", "x": bad}])
    with pytest.raises(SchemaError, match="^x: holds NaN or Infinity"):
        content(model, {"text": "t", "x": bad})
    nested = row_model(CONFIG, [{"text": "t", "meta": {"v": bad}}])
    with pytest.raises(SchemaError, match="meta: holds NaN"):
        content(nested, {"text": "t", "meta": {"v": bad}})


def test_unicode_is_kept_and_a_lone_surrogate_refuses_only_that_row():
    model = row_model(CONFIG, [{"text": "t"}])
    assert content(model, {"text": "żółw 🐢 \u200b e\u0301"})["text"] == "żółw 🐢 \u200b e\u0301"
    with pytest.raises(SchemaError, match=r"^text: holds a lone surrogate"):
        content(model, {"text": "bad \ud800 text"})
    result = [{"id": "a", "from_name": "sentiment", "to_name": "text", "type": "choices",
               "value": {"choices": ["\udfff"]}}]
    with pytest.raises(SchemaError, match=r"^sentiment: holds a lone surrogate"):
        content(model, {"text": "t"}, result)


def test_keys_that_collide_after_renaming_name_both_keys():
    for a, b in (("a.b", "a b"), ("Text2", "text2")):
        with pytest.raises(SchemaError, match=f"{a!r} and {b!r}|{b!r} and {a!r}"):
            row_model(CONFIG, [{"text": "t", a: 1, b: 2}])


def test_dots_spaces_and_long_keys_become_usable_unique_names():
    assert field_name("a.b c") == "a_b_c" and field_name("1st") == "f_1st"
    long_a, long_b = "k" * 80 + "a", "k" * 80 + "b"
    assert len(field_name(long_a)) <= MAX_NAME and field_name(long_a) != field_name(long_b)


@pytest.mark.parametrize("key", ["source", "deleted", "project_id", "agreement", "id", "annotator", "relations",
                                 "sentiment"])
def test_a_task_key_named_like_a_provenance_field_or_control_is_renamed_and_written(key):
    model = row_model(CONFIG, [{"text": "t", key: "twitter"}])
    name = model.renamed.get(key, key)
    if key != "agreement":
        assert name == f"data_{key}"
    assert f"{key!r}" in model.data_fields[name]["description"]
    out = content(model, {"text": "t", key: "twitter"})
    assert out[name] == "twitter"
    assert out["source"] == "s" and out["deleted"] is False and out["project_id"] == 9


def test_nested_data_objects_are_exact_canonical_json():
    value = {"b": [1, {"c": None}], "a": "x", "big": 2**70}
    model = row_model(CONFIG, [{"text": "t", "meta": value}])
    out = content(model, {"text": "t", "meta": value})
    assert json.loads(out["meta"]) == value and out["meta"].startswith('{"a":"x"')


def test_a_column_whose_type_differs_between_tasks_keeps_42_and_quoted_42_apart():
    model = row_model(CONFIG, [{"text": "t", "v": 42}, {"text": "t", "v": "42"}])
    assert content(model, {"text": "t", "v": 42})["v"] == "42"
    assert content(model, {"text": "t", "v": "42"})["v"] == '"42"'


def test_columns_are_learnt_from_every_task_in_chunks():
    columns = DataColumns()
    for chunk in range(3):
        columns.add_all({"text": "t", **({"late": 1} if chunk == 2 else {})} for _ in range(1500))
    model = row_model(CONFIG, columns)
    assert "late" in model.data_fields


def test_fifty_data_columns():
    data = {f"col {i}": i for i in range(60)}
    model = row_model(CONFIG, [{"text": "t", **data}])
    out = content(model, {"text": "t", **data})
    assert all(out[f"col_{i}"] == i for i in range(60))


def test_text_near_the_commit_cap_is_written_and_over_it_refused_naming_the_biggest_field():
    model = row_model(CONFIG, [{"text": "t", "other": "o"}])
    near = "x" * (CONTENT_BUDGET - 3_000)
    assert content(model, {"text": near, "other": "o"})["text"] == near  # ~250 KB: far over the old 65,536 cap
    with pytest.raises(SchemaError, match=r"^text: 2\d\d,\d\d\d bytes; the row is .* more than"):
        content(model, {"text": "y" * 200_000, "other": "z" * 60_000})


def test_the_size_bound_never_under_counts():
    from orbis_export.ceramic import normalize_content
    from orbis_export.ceramic.encoding import encode_dag_cbor

    for content in ({"a": "x"}, {"p": [[0.5, 1.5]] * 50}, {"t": True, "n": None, "o": {}, "i": 7}):
        assert check_content(content) >= len(encode_dag_cbor(normalize_content(content)))

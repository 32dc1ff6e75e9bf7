"""Encoding, normalisation and StreamID parsing."""
from __future__ import annotations

import math

import pytest

from orbis_export.ceramic import CeramicConfigError, CommitID, ContentError, StreamID, TYPE_MID, normalize_content
from orbis_export.ceramic.encoding import (
    b64_decode,
    b64_encode,
    b64_encode_nopad,
    b64url_decode,
    b64url_encode,
    cid_of_block,
    encode_dag_cbor,
)


def test_integral_floats_become_ints_so_bytes_match_js():
    assert normalize_content({"a": 2.0, "b": [1.0, 1.5]}) == {"a": 2, "b": [1, 1.5]}
    assert isinstance(normalize_content({"a": 2.0})["a"], int)
    assert encode_dag_cbor(normalize_content(2.0)) == encode_dag_cbor(2)
    # beyond the safe range JS keeps a float64, so do we
    assert isinstance(normalize_content(1e300), float)


@pytest.mark.parametrize("bad, where", [
    ({"x": math.nan}, "content.x"),
    ({"x": [1, math.inf]}, "content.x[1]"),
    ({"x": -math.inf}, "content.x"),
    ({"big": 2**53}, "content.big"),
    ({"neg": -(2**53)}, "content.neg"),
    ({1: "a"}, "content"),
    ({"b": b"bytes"}, "content.b"),
    ({"s": {1, 2}}, "content.s"),
])
def test_normalisation_refuses_what_js_cannot_round_trip(bad, where):
    with pytest.raises(ContentError) as info:
        normalize_content(bad)
    assert str(info.value).startswith(where)
    assert isinstance(info.value, ValueError)


def test_safe_integer_bounds_are_accepted():
    assert normalize_content({"a": 2**53 - 1, "b": -(2**53 - 1), "t": True}) == {"a": 2**53 - 1, "b": -(2**53 - 1), "t": True}
    assert normalize_content({"t": True})["t"] is True  # bool is not turned into 1


def test_base64_variants():
    data = bytes(range(250))
    assert b64url_decode(b64url_encode(data)) == data
    assert "=" not in b64url_encode(data) and "+" not in b64url_encode(data)
    assert b64_encode(b"\x01\x02") == "AQI="
    assert b64_encode_nopad(b"\x01\x02") == "AQI"
    assert b64_decode("AQI") == b64_decode("AQI=") == b"\x01\x02"


def test_streamid_round_trip_and_type():
    sid = StreamID.parse("kjzl6kcym7w8y7ktb6fskmnc1o0bplnrxxeimd55k3z4o6t9jtb3bspxm6bkhb8")
    assert sid.type == TYPE_MID and sid.type_name == "MID"
    assert str(sid) == "kjzl6kcym7w8y7ktb6fskmnc1o0bplnrxxeimd55k3z4o6t9jtb3bspxm6bkhb8"
    assert StreamID.parse(sid.bytes) == sid
    assert StreamID.parse(sid) is sid
    assert str(sid.cid).startswith("bagcqcera")  # a dag-jose genesis


def test_model_of_models_id_with_undecodable_multihash():
    sid = StreamID.parse("kh4q0ozorrgaq2mezktnrmdwleo1d")
    assert sid.type == 4
    assert b64_encode_nopad(sid.bytes) == "zgEEAXFxCwAJaG1vZGVsLXYx"


@pytest.mark.parametrize("bad", ["", "kjzl6", "not a stream id", "bafyreigdmqpykrgxyaxtlafqpqhzrb7qy2rh75nldvfd4tucqmb5pw4gqa"])
def test_invalid_streamids_raise_config_error(bad):
    with pytest.raises(CeramicConfigError):
        StreamID.parse(bad)


def test_commit_id_is_not_a_stream_id():
    sid = StreamID.parse("kjzl6kcym7w8y7ktb6fskmnc1o0bplnrxxeimd55k3z4o6t9jtb3bspxm6bkhb8")
    commit = cid_of_block(b"x")
    cid_text = str(CommitID(sid, commit))
    with pytest.raises(CeramicConfigError):
        StreamID.parse(cid_text)


def test_from_genesis_of_unsigned_dict():
    genesis = {"data": None, "header": {"controllers": ["did:key:z"], "sep": "model"}}
    assert StreamID.from_genesis(3, genesis) == StreamID(3, cid_of_block(encode_dag_cbor(genesis)))

"""Hostile rows in a real sync: a lone surrogate or an over-sized task refuses only its own row, naming the field;
the other rows of the project are written (the sync is not aborted)."""
from __future__ import annotations

import pytest

from orbis_export.sync import sync_project

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_an_oversized_text_refuses_only_its_row_naming_the_field(make_lab):
    lab = make_lab(labelers=1, per_labeler=1)
    near = lab.annotate(0, "n" * 200_000)  # 200 KB: over the old 65,536-character cap, within a commit
    huge = lab.annotate(0, "z" * 255_000)  # under the 256,000-character bound, over the commit
    result = sync_project(lab.project)
    assert result.counts["written"] == 2 and result.failed == 1, result.as_dict()
    [error] = result.errors
    assert error.annotation_id == huge.pk and error.kind == "invalid" and "text: 255,0" in error.reason and "more than the" in error.reason
    assert near.pk not in {e.annotation_id for e in result.errors}


def test_a_lone_surrogate_refuses_only_its_row(make_lab):
    lab = make_lab(labelers=1, per_labeler=1)
    bad = lab.annotate(0, "broken \ud800 text")
    result = sync_project(lab.project)
    assert result.counts["written"] == 1 and result.failed == 1, result.as_dict()
    [error] = result.errors
    assert error.annotation_id == bad.pk and "text: holds a lone surrogate" in error.reason

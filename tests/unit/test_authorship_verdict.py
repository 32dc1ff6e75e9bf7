"""The authorship verdict: whose save produced an annotation's current content (pure logic over the save log)."""
from orbis_export.authorship import ATTRIBUTED, IMPORT, LABELING, REVISION, UNRECORDED, _verdict

L, R = 1, 2


def test_the_labelers_own_save_is_labeling():
    v = _verdict(7, L, False, "x", [(L, "x")])
    assert (v.author_id, v.origin) == (L, LABELING) and v.self_labeled


def test_an_edit_by_someone_else_after_the_labeler_is_a_revision_and_a_later_no_op_save_changes_nothing():
    assert _verdict(7, L, False, "y", [(L, "x"), (R, "y")]).origin == REVISION
    # Label Studio re-saves annotations for counters and flags: a save that changed nothing keeps the author
    v = _verdict(7, L, False, "y", [(L, "x"), (R, "y"), (L, "y")])
    assert (v.author_id, v.origin) == (R, REVISION)
    v = _verdict(7, L, False, "x", [(L, "x"), (R, "x")])
    assert (v.author_id, v.origin) == (L, LABELING)


def test_the_labeler_taking_it_back_is_theirs_again():
    v = _verdict(7, L, False, "z", [(L, "x"), (R, "y"), (L, "z")])
    assert (v.author_id, v.origin) == (L, LABELING)


def test_created_in_someone_elses_name_is_attributed_to_its_saver():
    v = _verdict(7, L, False, "x", [(R, "x")])
    assert (v.author_id, v.origin) == (R, ATTRIBUTED)


def test_no_save_on_record_or_content_changed_behind_the_log_has_no_author():
    assert _verdict(7, L, True, "x", []).origin == IMPORT
    assert _verdict(7, L, False, "x", []).origin == UNRECORDED
    changed = _verdict(7, L, False, "other", [(L, "x")])
    assert (changed.author_id, changed.origin) == (None, UNRECORDED)
    anonymous = _verdict(7, L, False, "x", [(None, "x")])
    assert (anonymous.author_id, anonymous.origin) == (None, UNRECORDED)

"""choose_signer: the one rule every writer uses (annotator → fallback), cheap per row with a SignerCache."""
import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from orbis_export import identity
from orbis_export.ceramic.keys import Ed25519DIDKey
from orbis_export.ceramic.session import Session
from orbis_export.models import IdentityEvent, LabelerSession

from .conftest import OTHER_MODEL

pytestmark = pytest.mark.django_db

SERVICE_SEED = bytes(range(32))


def _fallback(settings, mode, seed=None):
    settings.ORBIS = dataclasses.replace(settings.ORBIS, signer_fallback=mode, service_seed=seed)


@pytest.fixture
def people(api_for, wallets, make_user):
    alice = api_for("alice@example.org")  # connected
    alice.connect(wallets[0])
    bob = make_user("bob@example.org")  # never connected
    exporter = api_for("exporter@example.org")  # connected
    exporter.connect(wallets[1])
    return alice.user, bob, exporter.user


def test_annotator_signs_their_own_rows(people):
    alice, bob, exporter = people
    choice = identity.choose_signer(alice, exporter=exporter)
    assert choice.kind == "annotator" and isinstance(choice.signer, Session) and choice.ok
    assert choice.did == "did:pkh:eip155:1:" + choice.signer.address and choice.annotator_id == alice.pk
    assert choice.annotator_did == choice.did and choice.signer_user_id == alice.pk
    # a user id (JSON_MIN's "annotator") works the same
    assert identity.choose_signer(alice.pk).kind == "annotator"


def test_pending_fallback_reports_the_labeler(people):
    alice, bob, exporter = people
    choice = identity.choose_signer(bob, exporter=exporter)
    assert choice.kind == "pending" and choice.signer is None and not choice.ok
    assert "labeler must connect" in choice.reason and f"annotator {bob.pk}" in choice.reason
    assert "has not connected a wallet" in choice.reason
    assert identity.choose_signer(None).kind == "pending"


def test_exporter_fallback(people, settings):
    alice, bob, exporter = people
    _fallback(settings, "exporter")
    choice = identity.choose_signer(bob.pk, exporter=exporter)
    assert choice.kind == "exporter" and choice.signer_user_id == exporter.pk
    assert choice.annotator_id == bob.pk and choice.annotator_did is None
    assert "exporting user" in choice.reason
    # no exporter, or an exporter without a session: pending, never silently dropped
    assert identity.choose_signer(bob, exporter=None).kind == "pending"
    lonely = identity.choose_signer(bob, exporter=bob)
    assert lonely.kind == "pending" and "exporting user" in lonely.reason


def test_service_fallback(people, settings):
    alice, bob, exporter = people
    _fallback(settings, "service", SERVICE_SEED)
    choice = identity.choose_signer(bob)
    assert choice.kind == "service" and isinstance(choice.signer, Ed25519DIDKey)
    assert choice.did == Ed25519DIDKey(SERVICE_SEED).did and choice.annotator_id == bob.pk
    assert identity.choose_signer(alice).kind == "annotator"  # the annotator still comes first


def test_session_for_another_model_is_not_used(people, settings):
    alice, bob, exporter = people
    choice = identity.choose_signer(alice, model=OTHER_MODEL)
    assert choice.kind == "pending" and "does not cover model" in choice.reason


def test_revoked_and_expired_sessions_say_so(people):
    alice, bob, exporter = people
    identity.revoke(alice)
    assert "the last one revoked" in identity.choose_signer(alice).reason
    later = datetime.now(timezone.utc) + timedelta(days=8)
    identity.expire_sessions(now=later)
    assert "the last one expired" in identity.choose_signer(exporter, now=later).reason


def test_cache_makes_thousands_of_rows_cheap(people, django_assert_max_num_queries, settings):
    alice, bob, exporter = people
    _fallback(settings, "exporter")
    rows = [alice.pk, bob.pk, None] * 1000
    with django_assert_max_num_queries(20):
        with identity.SignerCache() as cache:
            choices = [identity.choose_signer(a, exporter=exporter.pk, cache=cache) for a in rows]
            for c in choices:
                cache.record_use(c)
    kinds = {c.kind for c in choices}
    assert kinds == {"annotator", "exporter"}
    # uses are written once per session per run
    alice_row = LabelerSession.objects.get(user=alice, status="active")
    exporter_row = LabelerSession.objects.get(user=exporter, status="active")
    assert alice_row.use_count == 1000 and exporter_row.use_count == 2000 and alice_row.last_used_at
    used = IdentityEvent.objects.filter(event="used")
    assert sorted(used.values_list("user_id", "count")) == sorted([(alice.pk, 1000), (exporter.pk, 2000)])
    assert used.get(user=alice).did == alice_row.did


def test_record_use_without_a_cache(people):
    alice, _, _ = people
    choice = identity.choose_signer(alice)
    identity.record_use(choice, 3)
    assert LabelerSession.objects.get(user=alice, status="active").use_count == 3
    identity.record_use(identity.choose_signer(None))  # pending: nothing to count, no error


def test_load_session_signs(people):
    alice, bob, _ = people
    session = identity.load_session(alice)
    assert session is not None and session.did.endswith(session.address)
    session.check_can_sign(model=identity.allowed_models()[0])
    assert identity.load_session(bob) is None and identity.load_session(None) is None

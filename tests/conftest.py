"""Shared fixtures: Label Studio users, organizations and logged-in clients (through the real login form)."""
import pytest
from django.test import Client

pytest_plugins = ["tests.fixtures.ceramic_node", "tests.fixtures.services", "tests.fixtures.lab"]

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(autouse=True)
def _fresh_label_studio_context():
    """Label Studio keeps the current request and user in thread-locals, cleared by a request_finished receiver: a
    test client's request (run on this thread) or a job can leave them set, and a later test's Annotation.save then
    writes that — by then flushed — user as ``updated_by`` (a foreign-key error under transactional_db)."""
    from core.current_request import CurrentContext

    CurrentContext.clear()
    yield
    CurrentContext.clear()


@pytest.fixture
def make_user(db):
    """Create a Label Studio user, optionally inside an organization (as LS's own signup would)."""
    from organizations.models import Organization
    from users.models import User

    def make(email: str, organization=None):
        user = User.objects.create_user(email=email, password=PASSWORD)
        if organization is None:
            organization = Organization.create_organization(created_by=user, title=f"org of {email}")
        else:
            organization.add_user(user)
        user.active_organization = organization
        user.save(update_fields=["active_organization"])
        return user

    return make


@pytest.fixture
def login():
    """A test client logged in through /user/login/ (force_login is undone by LS's inactivity middleware)."""

    def do_login(user) -> Client:
        client = Client()
        client.get("/user/login/")
        token = client.cookies["csrftoken"].value
        response = client.post("/user/login/", {"email": user.email, "password": PASSWORD,
                                                "csrfmiddlewaretoken": token})
        assert response.status_code == 302, f"login failed for {user.email}: {response.status_code}"
        return client

    return do_login

"""The first-run demo: an account and the "Movie review sentiment" project, created once."""
from label_studio_orbis.seed import DEMO_PROJECT_TITLE, demo_rows, seed_demo


def test_demo_seed_is_idempotent(db, tmp_path, client):
    from projects.models import Project
    from users.models import User

    first = seed_demo(tmp_path)
    second = seed_demo(tmp_path)

    assert first.created_user and first.created_project
    assert not second.created_user and not second.created_project
    assert second.project_id == first.project_id and second.password == first.password
    assert Project.objects.filter(title=DEMO_PROJECT_TITLE).count() == 1
    assert User.objects.filter(email=first.email).count() == 1
    project = Project.objects.get(id=first.project_id)
    assert project.tasks.count() == len(demo_rows()) >= 100
    assert set(project.tasks.first().data) >= {"review", "movie", "year", "stars"}
    assert 'value="$review"' in project.label_config
    # the printed credentials really log in
    client.get("/user/login/")
    response = client.post("/user/login/", {"email": first.email, "password": first.password,
                                            "csrfmiddlewaretoken": client.cookies["csrftoken"].value})
    assert response.status_code == 302
    assert (tmp_path / "secrets" / "demo_password").stat().st_mode & 0o077 == 0

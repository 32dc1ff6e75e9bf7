from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("orbis_export", "0005_syncjob_trigger_choices"),
    ]

    operations = [
        migrations.CreateModel(
            name="ProjectModel",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("project_id", models.IntegerField(db_index=True)),
                ("kind", models.CharField(choices=[("annotations", "annotations"), ("predictions", "predictions")],
                                          default="annotations", help_text="what its documents hold", max_length=16)),
                ("model_id", models.CharField(max_length=100)),
                ("version", models.PositiveIntegerField(default=1)),
                ("previous_model_id", models.CharField(blank=True, default="", max_length=100)),
                ("config_hash", models.CharField(blank=True, default="", help_text="sha256 of the label config",
                                                 max_length=64)),
                ("definition", models.JSONField(blank=True, default=dict)),
                ("changes", models.JSONField(blank=True, default=list,
                                             help_text="what changed since the previous version")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={"ordering": ["project_id", "kind", "-version"]},
        ),
        migrations.AddConstraint(
            model_name="projectmodel",
            constraint=models.UniqueConstraint(fields=("project_id", "model_id"), name="orbis_one_entry_per_model"),
        ),
        migrations.CreateModel(
            name="ModelVersionKey",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("project_id", models.IntegerField(db_index=True)),
                ("model_version", models.TextField()),
                ("did", models.CharField(max_length=200)),
                ("seed", models.TextField(help_text="Fernet token of the 32-byte seed (ORBIS_SECRET_KEY)")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.AddConstraint(
            model_name="modelversionkey",
            constraint=models.UniqueConstraint(fields=("project_id", "model_version"),
                                               name="orbis_one_key_per_model_version"),
        ),
    ]

# SyncJob.trigger gets its choices (SyncJob.Trigger); the stored values are unchanged, so no data moves and the
# column is untouched (Django records choices in the migration state only).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("orbis_export", "0004_authorship"),
    ]

    operations = [
        migrations.AlterField(
            model_name="syncjob",
            name="trigger",
            field=models.CharField(choices=[("api", "sync API / Save to Ceramic"), ("cli", "manage.py orbis_sync"),
                                            ("storage", "Target Storage sync"),
                                            ("auto", "automatic export on save or delete"),
                                            ("verify", "manage.py orbis_verify --repair / --reconcile")],
                                   default="api", max_length=16),
        ),
    ]

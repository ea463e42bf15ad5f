"""The editors group may watch their chambers' sources: add and change them, see their runs
and the items they listed (deleting a source, which forgets what it has seen, is a
superuser's)."""

from django.db import migrations

EDITORS = "editors"
PERMISSIONS = {
    "source": ("view", "add", "change"),
    "run": ("view",),
    "seenitem": ("view",),
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after the last migration (post_migrate); make them now.
    app_config = apps.get_app_config("collect")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [f"{a}_{model}" for model, actions in PERMISSIONS.items() for a in actions]
    perms = Permission.objects.filter(content_type__app_label="collect", codename__in=codenames)
    assert perms.count() == len(codenames), "missing permissions for the editors group"
    group.permissions.add(*perms)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITORS).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="collect"))


class Migration(migrations.Migration):
    dependencies = [
        ("collect", "0001_sources_runs_seen_items"),
        ("events", "0004_editors_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

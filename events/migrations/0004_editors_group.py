"""The "editors" group: a new editor is a staff user in this group and in a chamber's editors."""

from django.db import migrations

EDITORS = "editors"

# Model → actions. Reference data is view-only (the admin keeps it read-only to editors);
# partners and programmes may be added and changed because the review screen creates them
# and the admin lets editors add aliases.
PERMISSIONS = {
    "meeting": ("view", "add", "change", "delete"),
    "meetingpartner": ("view", "add", "change", "delete"),
    "person": ("view", "add", "change", "delete"),
    "article": ("view", "change"),
    "partner": ("view", "add", "change"),
    "programme": ("view", "add", "change"),
    "region": ("view",),
    "province": ("view",),
    "city": ("view",),
    "chamber": ("view",),
}


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after the last migration (post_migrate); make them now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [
        f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions
    ]
    perms = Permission.objects.filter(content_type__app_label="events", codename__in=codenames)
    assert perms.count() == len(codenames), "missing permissions for the editors group"
    group.permissions.set(perms)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_article_extraction_near_duplicate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]

"""Make sure a local admin account exists; print its generated password once."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the local superuser 'admin' with a generated password, or say it exists."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")
        parser.add_argument(
            "--reset", action="store_true", help="Give the account a new generated password."
        )

    def handle(self, *, username, url, reset, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is not None and not reset:
            self.stdout.write(
                f"Admin: {url} — user '{username}' exists; its password was printed when it was "
                "created (`python manage.py ensure_admin --reset` sets a new one)."
            )
            return
        # A fixed password would be the same on every machine that ran `make run`.
        password = secrets.token_urlsafe(12)
        if user is None:
            User.objects.create_superuser(username=username, email="", password=password)
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {url}\n  user: {username}\n  password: {password}\n  (shown once; keep it)"
            )
        )

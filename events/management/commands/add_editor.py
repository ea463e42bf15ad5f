"""Make a chamber editor in one step; print the generated password once.

python manage.py add_editor USERNAME --chamber SLUG [--chamber SLUG...]
"""

from django.core.management.base import BaseCommand, CommandError

from events.services.editors import chambers_by_slug, editor_create
from events.services.permissions import ServiceRefused


class Command(BaseCommand):
    help = "ينشئ حساب محرر (عضو مجموعة المحررين) لغرفة أو أكثر، ويطبع كلمة سر مولّدة مرة واحدة."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--chamber",
            dest="chambers",
            action="append",
            required=True,
            metavar="SLUG",
            help="غرفة يحرر لها (كرّر الخيار لعدة غرف).",
        )
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *, username, chambers, url, **options):
        try:
            user, password = editor_create(username=username, chambers=chambers_by_slug(chambers))
        except ServiceRefused as refused:
            raise CommandError(refused.message) from None
        names = "، ".join(user.chambers.values_list("name_ar", flat=True))
        self.stdout.write(
            self.style.SUCCESS(
                f"Editor: {url}\n  user: {user.username}\n  password: {password}\n"
                f"  chambers: {names}\n  (shown once; keep it)"
            )
        )

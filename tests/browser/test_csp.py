"""The content security policy is on and nothing of the portal breaks it: public pages, the
admin's login, lists and change forms, the import and review screens, in chromium."""

import pytest

from events.models import Meeting, Partner
from tests.events.views.demo import demo_meetings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PUBLIC = ["/", "/meetings/", "/meetings/?region=oriental&sort=date", "/fr/meetings/"]


class Violations:
    """What chromium reports of the policy: console messages and securitypolicyviolation
    events (recorded by a script the browser adds before the page's own)."""

    def __init__(self, page):
        self.page = page
        self.console: list[str] = []
        page.on("console", self._console)
        page.add_init_script(
            "window.__violations = [];"
            "document.addEventListener('securitypolicyviolation', e =>"
            " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
        )

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self.console.append(text)

    def visit(self, url: str) -> list[str]:
        response = self.page.goto(url)
        assert response.status == 200, url
        policy = response.headers.get("content-security-policy", "")
        assert "default-src 'none'" in policy and "unsafe-inline" not in policy, url
        assert "camera=()" in response.headers.get("permissions-policy", ""), url
        self.page.wait_for_load_state("networkidle")
        return self.page.evaluate("window.__violations") + self.console


def test_public_pages_break_no_policy(live_server, page):
    demo = demo_meetings()
    violations = Violations(page)
    paths = [
        *PUBLIC,
        demo["oriental"].get_absolute_url(),
        "/regions/oriental/",
        "/partners/enabel/",
        "/fr/partners/enabel/",
    ]
    for path in paths:
        assert violations.visit(live_server.url + path) == [], path


def test_the_admin_works_under_the_policy(live_server, page, admin_user):
    demo = demo_meetings()
    violations = Violations(page)
    assert violations.visit(live_server.url + "/admin/login/") == []
    page.fill("#id_username", "root")
    page.fill("#id_password", "pw-for-tests")
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    meeting = Meeting.objects.get(pk=demo["oriental"].pk)
    partner = Partner.objects.get(slug="enabel")
    for path in [
        "/admin/",
        "/admin/events/meeting/",
        f"/admin/events/meeting/{meeting.pk}/change/",
        "/admin/events/meeting/import/",
        f"/admin/events/partner/{partner.pk}/change/",
        "/admin/events/meeting/add/",
    ]:
        assert violations.visit(live_server.url + path) == [], path
    # The change form's scripts run: the partners' autocomplete opens and offers choices.
    page.goto(live_server.url + f"/admin/events/meeting/{meeting.pk}/change/")
    page.locator(".select2-selection").first.click()
    page.wait_for_selector(".select2-results__option")
    assert page.evaluate("window.__violations") == [] and violations.console == []

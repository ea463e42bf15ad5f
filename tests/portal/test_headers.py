"""Every response carries the content security policy and the permissions policy."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path,status",
    [
        ("/", 200),
        ("/meetings/?utm_source=x", 200),
        ("/meetings.json", 200),
        ("/fr/meetings/", 200),
        ("/robots.txt", 200),
        ("/admin/login/", 200),
        ("/no-such-page/", 404),
        ("/partners/%00/", 404),
    ],
)
def test_every_response_has_a_strict_policy(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == policy["base-uri"] == policy["object-src"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]

"""The OpenAPI schema is valid, and every endpoint of a live server answers as it says:
schemathesis sends generated requests (bounded) and checks each answer against the schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate

from events.models import Meeting, Partner
from events.writes import meetings_write
from tests.events.views.demo import demo_meetings


@pytest.mark.django_db
def test_the_schema_is_valid_openapi_3(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert schema["openapi"].startswith("3.")
    paths = set(schema["paths"])
    for resource in (
        "meetings",
        "regions",
        "provinces",
        "cities",
        "chambers",
        "programmes",
        "partners",
    ):
        assert f"/api/v1/{resource}/" in paths
    assert "/api/v1/categories/" in paths and "/api/v1/meetings/{id}/" in paths
    parameters = {p["name"] for p in schema["paths"]["/api/v1/meetings/"]["get"]["parameters"]}
    assert parameters == {
        "q",
        "region",
        "province",
        "city",
        "chamber",
        "partner",
        "programme",
        "kind",
        "date_from",
        "date_to",
        "sort",
        "page",
    }


@pytest.fixture
def live_demo(transactional_db):
    """The demo meetings, for a live server: removed at the end through the write path, so
    that the flush that ends the test (which empties the tables, not the search index) leaves
    no index row behind."""
    demo = demo_meetings()
    yield demo
    ids = list(Meeting.objects.values_list("pk", flat=True))
    with meetings_write(ids):
        Meeting.objects.filter(pk__in=ids).delete()


@pytest.fixture
def api_schema(live_server, live_demo):
    return schemathesis.from_uri(f"{live_server.url}/api/v1/schema/")


schema = schemathesis.from_pytest_fixture("api_schema")


@pytest.mark.django_db(transaction=True)
@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_every_endpoint_answers_as_its_schema_says(case):
    # No 5xx, a documented status, its content type, headers and body as the schema says.
    case.call_and_validate()


@pytest.mark.django_db(transaction=True)
def test_real_objects_answer_as_their_schema_says(live_server, live_demo):
    demo = live_demo
    loaded = schemathesis.from_uri(f"{live_server.url}/api/v1/schema/")
    partner = Partner.objects.filter(meeting_roles__isnull=False).first()
    examples = {
        "/api/v1/meetings/{id}/": {"id": demo["oriental"].pk},
        "/api/v1/regions/{slug}/": {"slug": "oriental"},
        "/api/v1/provinces/{slug}/": {"slug": "oujda-angad"},
        "/api/v1/cities/{slug}/": {"slug": demo["oriental"].city.slug},
        "/api/v1/chambers/{slug}/": {"slug": "ccis-oriental"},
        "/api/v1/programmes/{slug}/": {"slug": "delio"},
        "/api/v1/partners/{slug}/": {"slug": partner.slug},
    }
    for path, parameters in examples.items():
        case = loaded[path]["GET"].make_case(path_parameters=parameters)
        response = case.call_and_validate()
        assert response.status_code == 200, path
    for query in ({}, {"region": "oriental", "sort": "date"}, {"q": "التعاونيات"}):
        case = loaded["/api/v1/meetings/"]["GET"].make_case(query=query)
        assert case.call_and_validate().json()["count"] >= 1
    assert Meeting.objects.published().count() == 5


@pytest.mark.django_db
@pytest.mark.parametrize("prefix, word", [("", "الموارد"), ("/fr", "Ressources")])
def test_the_human_page_documents_every_operation_without_scripts(client, prefix, word):
    html = client.get(f"{prefix}/api/").content.decode()
    assert word in html and "/api/v1/schema/" in html
    for path in ("/api/v1/meetings/{id}/", "/api/v1/partners/{slug}/", "/api/v1/categories/"):
        assert f"GET {path}" in html
    assert "<script" not in html and "style=" not in html
    # Linked from every page's footer.
    assert f'href="{prefix}/api/"' in client.get(f"{prefix}/meetings/").content.decode()

"""A batch with a bad file in the middle: the good ones are imported, the bad one refused
with its reason, and nothing of it is stored."""

import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Article, Meeting
from tests.events.importing.test_commands import run

pytestmark = pytest.mark.django_db

SEEDS = sorted((Path(settings.BASE_DIR) / "fixtures" / "seeds").glob("*.txt"))
BAD_DOCX = b"PK\x03\x04" + b"\x00" * 60


def zip_with_a_bad_crc_in_the_middle(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", SEEDS[0].read_bytes(), compress_type=zipfile.ZIP_STORED)
        archive.writestr("b.txt", SEEDS[1].read_bytes(), compress_type=zipfile.ZIP_STORED)
        archive.writestr("c.txt", SEEDS[2].read_bytes(), compress_type=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    # Flip one bit inside b.txt's stored bytes: its CRC no longer matches.
    start = data.find(b"b.txt") + len("b.txt") + 40
    data[start] ^= 0x01
    path.write_bytes(bytes(data))
    return path


def test_import_articles_goes_on_past_a_member_with_a_bad_crc(tmp_path):
    archive = zip_with_a_bad_crc_in_the_middle(tmp_path / "batch.zip")
    output = run("import_articles", str(archive))
    assert output.splitlines()[0] == "imported: 2, duplicates: 0, refused: 1"
    assert f"{archive}:b.txt" in output and "تالف" in output
    assert Article.objects.count() == 2


def test_import_articles_reports_a_broken_docx_beside_good_files(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (tmp_path / "b.docx").write_bytes(BAD_DOCX)
    (tmp_path / "c.txt").write_bytes(SEEDS[2].read_bytes())
    output = run("import_articles", str(tmp_path))
    assert output.splitlines()[0] == "imported: 2, duplicates: 0, refused: 1"
    assert "b.docx" in output


def test_admin_batch_imports_both_goods_and_refuses_the_bad_in_arabic(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:events_meeting_import"),
        {
            "files": [
                SimpleUploadedFile("ok.txt", SEEDS[1].read_bytes()),
                SimpleUploadedFile("bad.docx", BAD_DOCX),
                SimpleUploadedFile("ok2.txt", SEEDS[2].read_bytes()),
            ]
        },
    )
    assert response.status_code == 200
    outcomes = {o.name: o for o in response.context["outcomes"]}
    assert outcomes["bad.docx"].status == "refused"
    assert "bad.docx" in outcomes["bad.docx"].error and "تالف" in outcomes["bad.docx"].error
    assert {outcomes["ok.txt"].status, outcomes["ok2.txt"].status} <= {"imported", "near_duplicate"}
    assert Meeting.objects.count() == 2
    assert "bad.docx" in response.content.decode()

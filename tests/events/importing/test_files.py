import zipfile

from events.importing.files import expand

ARTICLE = "نظمت الغرفة الفلاحية لجهة سوس ماسة يوماً دراسياً حول تثمين المنتجات المحلية."


def test_folders_and_zip_archives_expand_to_their_supported_files(tmp_path):
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "b.html").write_text(
        f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8"
    )
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    archive = tmp_path / "more.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("c.txt", ARTICLE.encode("cp1256"))
        z.writestr("image.png", b"\x89PNG")
    single = tmp_path / "d.txt"
    single.write_text(ARTICLE, encoding="utf-8")

    items = expand([folder, archive, single])

    assert [item.name for item in items] == [
        str(folder / "a.txt"),
        str(folder / "sub" / "b.html"),
        f"{archive}:c.txt",
        str(single),
    ]
    assert items[2].load() == ARTICLE.encode("cp1256")

"""bench/real_texts.py: what to gather for a set of real articles, and what is there."""

import json

from bench import real_texts


def _gold(tmp_path, articles):
    golds = tmp_path / "golds"
    golds.mkdir()
    (golds / "blind7.json").write_text(json.dumps({"articles": articles}), encoding="utf-8")
    return golds


def test_every_gold_file_of_real_articles_has_its_folder():
    golds = {
        p.name
        for p in real_texts.GOLDS.glob("*.json")
        if "articles" in json.loads(p.read_text(encoding="utf-8"))
        and json.loads(p.read_text(encoding="utf-8"))["articles"][0].get("source")
    }
    assert golds <= set(real_texts.SETS.values())


def test_a_set_lists_each_text_with_its_page_and_queries(tmp_path, monkeypatch):
    monkeypatch.setattr(
        real_texts,
        "GOLDS",
        _gold(
            tmp_path,
            [
                {"file": "H01.txt", "source": "https://a.ma/1", "retrieval_key": "مفتاح"},
                {"file": "H02.txt", "source": "https://a.ma/2", "search_query": "بحث"},
            ],
        ),
    )
    monkeypatch.setattr(real_texts, "TEXTS", tmp_path / "texts")
    (tmp_path / "texts" / "blind7").mkdir(parents=True)
    (tmp_path / "texts" / "blind7" / "H01.txt").write_text("نص", encoding="utf-8")
    rows = real_texts.to_gather("blind7")
    assert [(r["done"], r["source"], r["query"]) for r in rows] == [
        (True, "https://a.ma/1", "مفتاح"),
        (False, "https://a.ma/2", "بحث"),
    ]


def test_the_check_counts_missing_texts_and_lengths_off_the_record(tmp_path, monkeypatch):
    monkeypatch.setattr(
        real_texts,
        "GOLDS",
        _gold(
            tmp_path,
            [
                {"file": "H01.txt", "source": "s1", "chars": 10},
                {"file": "H02.txt", "source": "s2", "chars": 10},
                {"file": "H03.txt", "source": "s3", "chars": 10},
            ],
        ),
    )
    monkeypatch.setattr(real_texts, "TEXTS", tmp_path / "texts")
    folder = tmp_path / "texts" / "blind7"
    folder.mkdir(parents=True)
    (folder / "H01.txt").write_text("أ" * 12, encoding="utf-8")  # within the tolerance
    (folder / "H02.txt").write_text("أ" * 30, encoding="utf-8")
    present, missing, off = real_texts.check("blind7")
    assert (present, missing) == (2, 1)
    assert off == ["H02.txt: 30 characters, recorded 10"]

"""The accuracy scorer of real articles: what it counts right and wrong."""

from bench.extract_accuracy import score_real


def _entry(**fields):
    entry = {
        "file": "a.txt",
        "date": "2025-03-03",
        "date_end": None,
        "region": "oriental",
        "chamber": "artisanat-oriental",
        "city": "وجدة",
        "kind": "لقاء",
        "partners": ["مؤسسة دار الصانع"],
        "programmes": [],
    }
    entry.update(fields)
    return entry


def _got(**fields):
    got = {k: v for k, v in _entry().items() if k != "file"}
    got.update(fields)
    return {"a.txt": got}


def test_a_partner_the_gold_also_accepts_is_no_false_partner():
    gold = [_entry(partners_also_accepted=["عمالة وجدة أنجاد"])]
    scored = score_real(gold, _got(partners=["مؤسسة دار الصانع", "عمالة وجدة أنجاد"]))
    assert scored["precision"]["partners"] == [2, 2]
    assert scored["tallies"]["partners"] == [1, 1]


def test_an_also_accepted_partner_is_not_required():
    gold = [_entry(partners_also_accepted=["عمالة وجدة أنجاد"])]
    scored = score_real(gold, _got(partners=["مؤسسة دار الصانع"]))
    assert scored["tallies"]["partners"] == [1, 1]


def test_a_partner_in_no_list_is_a_false_partner():
    scored = score_real([_entry()], _got(partners=["مؤسسة دار الصانع", "وزارة الفلاحة"]))
    assert scored["precision"]["partners"] == [1, 2]


def test_a_region_the_gold_also_accepts_is_right():
    gold = [_entry(region_also_accepted=["tanger-tetouan-al-hoceima"])]
    scored = score_real(gold, _got(region="tanger-tetouan-al-hoceima"))
    assert scored["tallies"]["region"] == [1, 1]

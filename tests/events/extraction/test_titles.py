"""A title for an article without a headline: composed from the facts, never a fragment."""

from events.extraction.extract import extract


def _title(gazetteer, text):
    result = extract(text, gazetteer)
    assert result.title_made
    # The command's contract gives null for a title the article does not state.
    assert result.as_contract("t.txt")["title"] is None
    return result.title.value


def test_kind_subject_and_town(gazetteer):
    text = (
        "عقدت غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة، يوم الأربعاء 4 مارس "
        "2026 بمقر ملحقتها بالحسيمة، اجتماعا تنسيقيا حول مشروع دار المقاول، بحضور ممثلي "
        "المركز الجهوي للاستثمار وعدد من الفاعلين الاقتصاديين بالإقليم الذين ناقشوا سبل تفعيل "
        "المشروع في أقرب الآجال."
    )
    assert _title(gazetteer, text) == "اجتماع تنسيقي حول مشروع دار المقاول بالحسيمة"


def test_without_a_closed_subject_the_chamber_names_it(gazetteer):
    text = (
        "عقدت غرفة الصناعة التقليدية لجهة الشرق، يوم الخميس 5 مارس 2026 بوجدة، دورتها العادية "
        "الأولى حول مراحل إنجاز مشروع تأهيل وتهيئة المحور التجاري لحي الأندلس بوجدة الذي "
        "انطلقت أشغاله منذ سنتين ولم تنته بعد رغم الوعود"
    )
    title = _title(gazetteer, text)
    assert title == "الدورة العادية الأولى لغرفة الصناعة التقليدية لجهة الشرق بوجدة"
    assert "…" not in title


def test_no_kind_no_title(gazetteer):
    text = (
        "أعلنت غرفة التجارة والصناعة والخدمات لجهة الشرق عن فتح باب الترشيح لجائزة المقاول الشاب."
    )
    assert _title(gazetteer, text) is None


def test_the_demo_articles_get_no_fragment_for_a_title(gazetteer):
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[3] / "fixtures" / "seeds"
    made = []
    for path in sorted(seeds.glob("*.txt")):
        result = extract(path.read_text(encoding="utf-8"), gazetteer)
        if result.title_made:
            made.append(result.title.value)
    assert made, "some demo articles have no headline"
    for title in made:
        assert title and "…" not in title
        assert title.split()[0] in ("اجتماع", "لقاء", "الدورة", "ندوة", "يوم", "ورشة")

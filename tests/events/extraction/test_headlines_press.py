"""Headlines as real pages print them, and the lines around them that are not headlines:
invented pages, each showing a phenomenon measured on real ones (issue 17)."""

from events.extraction.clean import clean

_BODY = (
    "عقدت غرفة الصناعة التقليدية لجهة الشرق، يوم الخميس 9 ماي 2024، دورتها العادية بمقرها "
    "بوجدة، بحضور أعضاء الغرفة وممثلي المصالح الخارجية، وصادقت على برنامج عملها السنوي."
)


def test_a_reporters_desk_line_is_no_headline():
    for desk in (
        "سعيد البركاني / مكتب وجدة",
        "الشرق اليوم - بركان / متابعة",
        "كريم الناصري – مراسلون 24",
    ):
        assert clean(f"{desk}\n{_BODY}\n").title is None


def test_a_headline_ending_with_a_spaced_dot_or_two_dots():
    for headline in (
        "وجدة.. غرفة الصناعة التقليدية لجهة الشرق تعقد دورتها العادية لشهر ماي .",
        "عاصمة الشرق تحتضن فعاليات المعرض الجهوي للزربية في نسخته الثالثة ..",
    ):
        cleaned = clean(f"{headline}\nمحمد الوجدي\n{_BODY}\n")
        assert cleaned.title == headline
        assert cleaned.body.split("\n")[0] == headline


def test_a_bulleted_sub_heading_is_not_the_headline():
    page = (
        "أنشطة الغرفة خلال السنة\n\n"
        "  • زيارة المعرض الجهوي للتمور بمدينة أرفود لفائدة الفلاحين\n\n"
        f"{_BODY}\n"
    )
    assert clean(page).title == "أنشطة الغرفة خلال السنة"

"""The portal's data: the Moroccan gazetteer, chambers, partners, programmes and meetings."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from events.categories import Category
from events.i18n import localised
from events.querysets import MeetingQuerySet


class NamedMixin(models.Model):
    """Arabic and French names, and the other spellings the press uses (aliases)."""

    name_ar = models.CharField(_("الاسم بالعربية"), max_length=255)
    name_fr = models.CharField(_("الاسم بالفرنسية"), max_length=255, blank=True)
    aliases = models.JSONField(
        _("أسماء أخرى"),
        default=list,
        blank=True,
        help_text=_("صيغ أخرى للاسم كما تكتبها الصحافة، واحدة لكل عنصر."),
    )

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, Arabic when no French name is known."""
        return localised(self.name_ar, self.name_fr)

    def all_names(self) -> list[str]:
        names = [self.name_ar, self.name_fr, *self.aliases]
        acronym = getattr(self, "acronym", "")
        if acronym:
            names.append(acronym)
        return [n for n in names if n]


class Region(NamedMixin):
    slug = models.SlugField(_("المعرف"), max_length=64, unique=True)
    code = models.CharField(_("رمز المندوبية السامية للتخطيط"), max_length=2, unique=True)

    class Meta:
        verbose_name = _("جهة")
        verbose_name_plural = _("الجهات")
        ordering = ["code"]

    def get_absolute_url(self) -> str:
        return reverse("events:region", kwargs={"slug": self.slug})


class Province(NamedMixin):
    class Kind(models.TextChoices):
        PROVINCE = "province", _("إقليم")
        PREFECTURE = "prefecture", _("عمالة")

    code = models.CharField(_("رمز المندوبية السامية للتخطيط"), max_length=16, unique=True)
    slug = models.SlugField(_("المعرف"), max_length=64, unique=True)
    kind = models.CharField(_("النوع"), max_length=16, choices=Kind.choices)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="provinces", verbose_name=_("الجهة")
    )

    class Meta:
        verbose_name = _("إقليم أو عمالة")
        verbose_name_plural = _("الأقاليم والعمالات")
        ordering = ["code"]


class City(NamedMixin):
    code = models.CharField(_("رمز المندوبية السامية للتخطيط"), max_length=16, unique=True)
    slug = models.SlugField(_("المعرف"), max_length=64, unique=True)
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="cities", verbose_name=_("الإقليم")
    )
    population = models.PositiveIntegerField(_("عدد السكان (2024)"), null=True, blank=True)

    class Meta:
        verbose_name = _("مدينة")
        verbose_name_plural = _("المدن")
        ordering = ["name_ar"]

    @property
    def region(self) -> Region:
        return self.province.region


class Chamber(NamedMixin):
    class Kind(models.TextChoices):
        CCIS = "ccis", _("غرفة التجارة والصناعة والخدمات")
        ARTISANAT = "artisanat", _("غرفة الصناعة التقليدية")
        AGRICULTURE = "agriculture", _("الغرفة الفلاحية")
        PECHE = "peche", _("غرفة الصيد البحري")

    slug = models.SlugField(_("المعرف"), max_length=64, unique=True)
    kind = models.CharField(_("النوع"), max_length=16, choices=Kind.choices)
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="chambers",
        verbose_name=_("جهة المقر"),
    )
    regions = models.ManyToManyField(
        Region,
        related_name="served_by",
        verbose_name=_("الجهات المشمولة"),
        help_text=_("غرف الصيد البحري تغطي واجهة ساحلية من عدة جهات."),
    )
    seat = models.ForeignKey(
        City,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("المقر"),
    )
    annexes = models.ManyToManyField(
        City, blank=True, related_name="chamber_annexes", verbose_name=_("الملحقات")
    )
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="chambers",
        verbose_name=_("المحررون"),
    )

    class Meta:
        verbose_name = _("غرفة")
        verbose_name_plural = _("الغرف")
        ordering = ["kind", "region__code", "slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "region"],
                condition=~Q(kind="peche"),
                name="one_chamber_of_a_kind_per_region",
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("events:chamber", kwargs={"slug": self.slug})


class Partner(NamedMixin):
    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("وزارة أو مندوبية")
        COUNCIL = "council", _("مجلس منتخب")
        WILAYA = "wilaya", _("ولاية أو عمالة")
        AGENCY = "agency", _("وكالة أو مؤسسة عمومية")
        INTERNATIONAL = "international", _("تعاون دولي")
        ASSOCIATION = "association", _("جمعية")
        FEDERATION = "federation", _("اتحاد أو فدرالية")
        BANK = "bank", _("بنك أو مؤسسة تمويل")
        COMPANY = "company", _("مقاولة")
        UNIVERSITY = "university", _("جامعة أو معهد")
        OTHER = "other", _("أخرى")

    slug = models.SlugField(_("المعرف"), max_length=120, unique=True, allow_unicode=True)
    kind = models.CharField(_("النوع"), max_length=16, choices=Kind.choices, default=Kind.OTHER)
    acronym = models.CharField(_("المختصر"), max_length=32, blank=True)
    region = models.ForeignKey(
        Region,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partners",
        verbose_name=_("الجهة"),
        help_text=_("للهيئات الجهوية فقط."),
    )
    website = models.URLField(_("الموقع"), blank=True)

    class Meta:
        verbose_name = _("شريك")
        verbose_name_plural = _("الشركاء")
        ordering = ["name_ar"]

    def get_absolute_url(self) -> str:
        return reverse("events:partner", kwargs={"slug": self.slug})


class Programme(NamedMixin):
    slug = models.SlugField(_("المعرف"), max_length=120, unique=True, allow_unicode=True)
    acronym = models.CharField(_("المختصر"), max_length=32, blank=True)
    start_year = models.PositiveSmallIntegerField(_("سنة البداية"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("سنة النهاية"), null=True, blank=True)
    funders = models.ManyToManyField(
        Partner, blank=True, related_name="funded_programmes", verbose_name=_("الممولون")
    )
    description = models.TextField(_("الوصف"), blank=True)

    class Meta:
        verbose_name = _("برنامج")
        verbose_name_plural = _("البرامج")
        ordering = ["name_ar"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_year__isnull=True)
                | Q(end_year__isnull=True)
                | Q(start_year__lte=models.F("end_year")),
                name="programme_period_in_order",
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("events:programme", kwargs={"slug": self.slug})


class Article(models.Model):
    """A news article as it reached the portal: one source of a meeting (several outlets may
    report the same meeting; Meeting.article is the first)."""

    raw_text = models.TextField(_("النص كما ورد"))
    text = models.TextField(_("النص المنقح"))
    title = models.CharField(_("العنوان"), max_length=500, blank=True)
    source_url = models.URLField(_("رابط المصدر"), max_length=1000, blank=True)
    outlet = models.CharField(_("المنبر"), max_length=200, blank=True)
    published_on = models.DateField(_("تاريخ النشر"), null=True, blank=True)
    content_hash = models.CharField(
        _("بصمة المحتوى"),
        max_length=64,
        unique=True,
        help_text=_("بصمة النص بعد التطبيع: المقال نفسه لا يُخزَّن مرتين."),
    )
    chamber = models.ForeignKey(
        Chamber,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("الغرفة"),
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("استورده"),
    )
    imported_at = models.DateTimeField(_("تاريخ الاستيراد"), auto_now_add=True)
    # What the extractor found, with the spans of its evidence in `text`: the review screen
    # highlights them, and a reviewer can see later why a field was filled as it was.
    extraction = models.JSONField(_("نتيجة الاستخراج"), default=dict, blank=True, editable=False)
    near_duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="near_duplicates",
        verbose_name=_("شبيه بمقال سابق"),
        help_text=_("مقال آخر عن اللقاء نفسه على الأرجح (التاريخ والجهة نفسهما ونص متقارب)."),
    )
    meeting = models.ForeignKey(
        "Meeting",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sources",
        verbose_name=_("اللقاء"),
        help_text=_("اللقاء الذي يروي المقال خبره: لكل لقاء مصدر أو أكثر."),
    )

    class Meta:
        verbose_name = _("مقال")
        verbose_name_plural = _("المقالات")
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return self.title or self.text[:80]


# The longest a meeting may last, first day to last (a fair, a caravan): a date filter reads the
# meetings that began up to this many days before its first day, through the date index.
MAX_DAYS = 92


class Meeting(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("مسودة")
        PUBLISHED = "published", _("منشور")

    title = models.CharField(_("العنوان"), max_length=500)
    slug = models.SlugField(_("المعرف"), max_length=120, allow_unicode=True, blank=True)
    date = models.DateField(_("التاريخ"), null=True, blank=True)
    date_end = models.DateField(
        _("تاريخ النهاية"),
        null=True,
        blank=True,
        help_text=_("لليوم الأخير من لقاء يدوم عدة أيام؛ فارغ للقاء يوم واحد."),
    )
    time = models.TimeField(_("الساعة"), null=True, blank=True)
    kind = models.CharField(
        _("نوع اللقاء كما ورد في المقال"),
        max_length=120,
        blank=True,
        help_text=_("بصيغته الأصلية: اجتماع تنسيقي، لقاء تواصلي، يوم دراسي…"),
    )
    category = models.CharField(
        _("فئة اللقاء"),
        max_length=32,
        choices=Category.choices,
        default=Category.OTHER,
        db_index=True,
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("الجهة"),
    )
    city = models.ForeignKey(
        City,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("المدينة"),
    )
    venue = models.CharField(_("المكان"), max_length=300, blank=True)
    chamber = models.ForeignKey(
        Chamber, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("الغرفة")
    )
    partners = models.ManyToManyField(
        Partner,
        through="MeetingPartner",
        related_name="meetings",
        blank=True,
        verbose_name=_("الشركاء"),
    )
    programmes = models.ManyToManyField(
        Programme, related_name="meetings", blank=True, verbose_name=_("البرامج")
    )
    participants = models.PositiveIntegerField(_("عدد المشاركين"), null=True, blank=True)
    summary = models.TextField(_("ملخص"), blank=True)
    body = models.TextField(_("النص"), blank=True)
    status = models.CharField(
        _("الحالة"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    article = models.OneToOneField(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="primary_of",
        verbose_name=_("المقال المصدر الأول"),
    )
    published_at = models.DateTimeField(_("تاريخ النشر في البوابة"), null=True, blank=True)
    created_at = models.DateTimeField(_("أنشئ في"), auto_now_add=True)
    updated_at = models.DateTimeField(_("عُدّل في"), auto_now=True)
    # The analysed text (events.arabic) that both search engines index.
    search_document = models.TextField(_("وثيقة البحث"), blank=True, editable=False)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("لقاء")
        verbose_name_plural = _("اللقاءات")
        ordering = [models.F("date").desc(nulls_last=True), "-id"]
        indexes = [
            models.Index(fields=["status", "date"], name="meeting_status_date"),
            models.Index(fields=["region", "status", "date"], name="meeting_region_status_date"),
            models.Index(fields=["chamber", "status", "date"], name="meeting_chamber_status_date"),
            models.Index(fields=["kind"], name="meeting_kind"),
            # The latest published, on the home page and in the Atom feeds (of a region).
            models.Index(
                F("published_at").desc(),
                F("id").desc(),
                condition=Q(status="published"),
                name="meeting_published_latest",
            ),
            models.Index(
                F("region"),
                F("published_at").desc(),
                F("id").desc(),
                condition=Q(status="published"),
                name="meeting_region_latest",
            ),
            # Meetings that began before a date filter's first day and run into it.
            models.Index(
                fields=["date_end"],
                condition=Q(date_end__isnull=False),
                name="meeting_date_end",
            ),
            # The public order (newest first, undated last) over published meetings has its
            # own partial indexes in migration 0006, in SQL per database: SQLite takes no
            # NULLS LAST in an index (its DESC order already puts NULLs last), and PostgreSQL
            # needs it to serve `ORDER BY date DESC NULLS LAST`.
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="published_meeting_has_published_at",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="meeting_status_known"
            ),
            models.CheckConstraint(
                condition=Q(date_end__isnull=True)
                | Q(
                    date__isnull=False,
                    date_end__gte=models.F("date"),
                    date_end__lte=models.F("date") + datetime.timedelta(days=MAX_DAYS),
                ),
                name="meeting_date_end_after_date",
                violation_error_message=_(
                    "تاريخ النهاية يجب أن يأتي بعد تاريخ اللقاء، في حدود 92 يوما."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        if self.slug:
            return reverse("events:meeting", kwargs={"pk": self.pk, "slug": self.slug})
        return reverse("events:meeting_short", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class MeetingPartner(models.Model):
    class Role(models.TextChoices):
        ORGANISER = "organiser", _("منظم")
        CO_ORGANISER = "co_organiser", _("شريك في التنظيم")
        FUNDER = "funder", _("ممول")
        PARTICIPANT = "participant", _("مشارك")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="partner_roles", verbose_name=_("اللقاء")
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="meeting_roles", verbose_name=_("الشريك")
    )
    role = models.CharField(
        _("الدور"), max_length=16, choices=Role.choices, default=Role.PARTICIPANT
    )

    class Meta:
        verbose_name = _("دور شريك")
        verbose_name_plural = _("أدوار الشركاء")
        ordering = ["meeting", "partner__name_ar"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "partner"], name="one_role_per_partner"),
        ]
        indexes = [models.Index(fields=["partner", "meeting"], name="meetingpartner_partner")]

    def __str__(self) -> str:
        return f"{self.partner} ({self.get_role_display()})"


class Person(models.Model):
    """Someone named in a meeting's article, with the role the article gives them."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="people", verbose_name=_("اللقاء")
    )
    name = models.CharField(_("الاسم"), max_length=200)
    role = models.CharField(_("الصفة"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("الترتيب"), default=0)

    class Meta:
        verbose_name = _("شخص")
        verbose_name_plural = _("الأشخاص")
        ordering = ["meeting", "position", "id"]

    def __str__(self) -> str:
        return f"{self.name} — {self.role}" if self.role else self.name


# --- summary tables ---------------------------------------------------------------------------
# Counts of published meetings per group of the keys the list filters on, so that a facet or a
# total is a sum over a few thousand rows instead of a GROUP BY over every meeting. Several
# tables hold the same counts at different grains: a query reads the smallest one that has
# every key it needs (events.counts.table_for). They are derived data: events.counts
# recomputes the groups a write touches (never increments them) and rebuilds them all
# (generator, `rebuild_counts`, migration 0013). Row counts are those at 1M meetings.


def _region():
    return models.ForeignKey(Region, on_delete=models.CASCADE, null=True, related_name="+")


def _chamber():
    return models.ForeignKey(Chamber, on_delete=models.CASCADE, related_name="+")


def _city():
    return models.ForeignKey(City, on_delete=models.CASCADE, null=True, related_name="+")


def _kind():
    # The meeting's category (Meeting.category), under the name of the filter it serves.
    return models.CharField(max_length=120, blank=True)


def _year():
    # The meeting's date's year; NULL for undated meetings (which whole-year filters exclude).
    return models.PositiveSmallIntegerField(null=True)


def _partner():
    return models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+")


def _programme():
    return models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")


class CountBase(models.Model):
    """A summary table. `keys`: its key fields, in the order of its groups' keys (events.counts);
    `owner`: "partner" or "programme" when it counts each meeting once per partner (pair) or
    programme it has, else None. Declared smallest first for each owner: the order in which
    events.counts.table_for tries them."""

    keys: tuple[str, ...] = ()
    owner: str | None = None
    count = models.PositiveIntegerField()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.count}"


class RegionMeetingCount(CountBase):
    """Per (region, chamber, kind, year): 7,000 rows."""

    keys, owner = ("region", "chamber", "kind", "year"), None
    region, chamber, kind, year = _region(), _chamber(), _kind(), _year()

    class Meta:
        indexes = [models.Index(fields=["region", "chamber", "kind", "year"], name="rmc_keys")]


class CityYearCount(CountBase):
    """Per (region, city, year): 3,000 rows, for the city and province facets unfiltered or
    by place and years."""

    keys, owner = ("region", "city", "year"), None
    region, city, year = _region(), _city(), _year()

    class Meta:
        indexes = [models.Index(fields=["region", "city", "year"], name="cyc_keys")]


class PartnerProgrammeCount(CountBase):
    """Meetings per (partner, programme) they share: a partner page's programme facet."""

    keys, owner = ("partner", "programme"), "partner"
    partner, programme = _partner(), _programme()

    class Meta:
        indexes = [models.Index(fields=["partner", "programme"], name="ppc_keys")]


class PartnerPairCount(CountBase):
    """Meetings per (partner, other partner) they share: a partner page's co-partners."""

    keys, owner = ("partner", "other"), "partner"
    partner = _partner()
    other = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+")

    class Meta:
        indexes = [models.Index(fields=["partner", "other"], name="ppair_keys")]


class MeetingCount(CountBase):
    """Per (region, chamber, city, kind, year): 101,000 rows."""

    keys, owner = ("region", "chamber", "city", "kind", "year"), None
    region, chamber, city, kind, year = _region(), _chamber(), _city(), _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["region", "chamber", "city", "kind", "year"], name="mc_keys"),
            models.Index(fields=["city"], name="mc_city"),
            # A kind filter keeps a twelfth of the rows: read through this, not every row.
            models.Index(fields=["kind"], name="mc_kind"),
        ]


class PartnerRegionCount(CountBase):
    """Per (partner, region, year), whatever the role: the partner facet unfiltered or by
    region or years, and the partner page's years and regions."""

    keys, owner = ("partner", "region", "year"), "partner"
    partner, region, year = _partner(), _region(), _year()

    class Meta:
        indexes = [models.Index(fields=["partner", "region", "year"], name="prc_keys")]


class PartnerMeetingCount(CountBase):
    """Per (partner, region, chamber, kind, year): 328,000 rows."""

    keys, owner = ("partner", "region", "chamber", "kind", "year"), "partner"
    partner, region, chamber, kind, year = _partner(), _region(), _chamber(), _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["partner", "region", "chamber", "kind", "year"], name="pmc_keys"),
            models.Index(fields=["chamber"], name="pmc_chamber"),
            models.Index(fields=["kind"], name="pmc_kind"),
        ]


class PartnerPlaceCount(CountBase):
    """Per (partner, region, city, year): 150,000 rows, for a partner's city and province
    facets, unfiltered or by place and years (6,000 rows for the busiest partner, where
    PartnerCityCount has 15,000)."""

    keys, owner = ("partner", "region", "city", "year"), "partner"
    partner, region, city, year = _partner(), _region(), _city(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["partner", "region", "city", "year"], name="ppl_keys"),
            models.Index(fields=["city", "partner"], name="ppl_city"),
        ]


class PartnerCityCount(CountBase):
    """Per (partner, region, chamber, city, kind, year): 1.1M rows, read only through a city
    or a partner (its indexes), for a city or province filter with a partner or its facet."""

    keys, owner = ("partner", "region", "chamber", "city", "kind", "year"), "partner"
    partner, region, chamber, city = _partner(), _region(), _chamber(), _city()
    kind, year = _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["partner", "city"], name="pcc_partner"),
            models.Index(fields=["city", "partner"], name="pcc_city"),
        ]


class ProgrammeRegionCount(CountBase):
    """As PartnerRegionCount, per programme."""

    keys, owner = ("programme", "region", "year"), "programme"
    programme, region, year = _programme(), _region(), _year()

    class Meta:
        indexes = [models.Index(fields=["programme", "region", "year"], name="grc_keys")]


class ProgrammeMeetingCount(CountBase):
    """As PartnerMeetingCount, per programme."""

    keys, owner = ("programme", "region", "chamber", "kind", "year"), "programme"
    programme, region, chamber, kind, year = (
        _programme(),
        _region(),
        _chamber(),
        _kind(),
        _year(),
    )

    class Meta:
        indexes = [
            models.Index(
                fields=["programme", "region", "chamber", "kind", "year"], name="prmc_keys"
            ),
            models.Index(fields=["chamber"], name="prmc_chamber"),
            models.Index(fields=["kind"], name="prmc_kind"),
        ]


class ProgrammeCityCount(CountBase):
    """As PartnerCityCount, per programme."""

    keys, owner = ("programme", "region", "chamber", "city", "kind", "year"), "programme"
    programme, region, chamber, city = _programme(), _region(), _chamber(), _city()
    kind, year = _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["programme", "city"], name="gcc_programme"),
            models.Index(fields=["city", "programme"], name="gcc_city"),
        ]

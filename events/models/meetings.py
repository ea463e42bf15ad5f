"""Articles and the meetings extracted from them, with their partners and people."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from events.categories import Category
from events.models.reference import Chamber, City, Partner, Programme, Region
from events.querysets import MeetingQuerySet


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


def meeting_url(pk: int, slug: str) -> str:
    """A meeting's page: by id and slug, or by id alone when it has no slug."""
    if slug:
        return reverse("events:meeting", kwargs={"pk": pk, "slug": slug})
    return reverse("events:meeting_short", kwargs={"pk": pk})


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
        return meeting_url(self.pk, self.slug)

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

"""Sources the collector watches, its runs, and every item it has seen (never imported twice)."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Article, Chamber

MIN_INTERVAL_MINUTES = 5


class SourceQuerySet(models.QuerySet):
    def visible_to(self, user) -> SourceQuerySet:
        """An editor's chambers' sources; every source for a superuser or a script. A paper's
        source (no chamber) serves every chamber: superusers manage it."""
        from events.services.permissions import user_chambers

        if user is None or user.is_superuser:
            return self
        return self.filter(chamber__in=user_chambers(user))

    def due(self, now=None) -> SourceQuerySet:
        """Active sources whose interval has run out and that no collector holds."""
        now = now or timezone.now()
        return self.filter(
            Q(next_check_at__isnull=True) | Q(next_check_at__lte=now),
            Q(locked_until__isnull=True) | Q(locked_until__lt=now),
            active=True,
        ).order_by(models.F("next_check_at").asc(nulls_first=True), "pk")


class Source(models.Model):
    class Kind(models.TextChoices):
        AUTO = "auto", _("يُكتشف تلقائياً")
        FEED = "feed", _("RSS أو Atom")
        WORDPRESS = "wordpress", _("واجهة ووردبريس (JSON)")
        SITEMAP = "sitemap", _("خريطة الموقع (sitemap)")

    url = models.URLField(
        _("الرابط"),
        max_length=1000,
        unique=True,
        help_text=_("رابط الخلاصة، أو واجهة ووردبريس، أو خريطة الموقع، أو صفحة الموقع نفسها."),
    )
    kind = models.CharField(_("النوع"), max_length=16, choices=Kind.choices, default=Kind.AUTO)
    # What is fetched: the URL itself, or the feed its page names (<link rel="alternate">).
    feed_url = models.URLField(_("رابط الخلاصة المقروءة"), max_length=1000, blank=True)
    chamber = models.ForeignKey(
        Chamber,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources",
        verbose_name=_("الغرفة"),
        help_text=_("غرفة الموقع؛ فارغ لجريدة: تُقرأ الغرفة حينها من كل مقال."),
    )
    outlet = models.CharField(_("المنبر"), max_length=200, blank=True)
    active = models.BooleanField(_("نشط"), default=True)
    interval_minutes = models.PositiveIntegerField(
        _("الفاصل بالدقائق"),
        default=60,
        validators=[MinValueValidator(MIN_INTERVAL_MINUTES)],
        help_text=_("كم دقيقة بين فحصين للمصدر."),
    )
    next_check_at = models.DateTimeField(_("الفحص القادم"), null=True, blank=True)
    # The ETag and Last-Modified of each document the last complete run fetched, by URL.
    validators = models.JSONField(_("مفاتيح الطلب الشرطي"), default=dict, blank=True)
    # The lease: the collector that holds the source, until when (collect/lease.py).
    locked_until = models.DateTimeField(_("محجوز حتى"), null=True, blank=True, editable=False)
    locked_by = models.CharField(_("محجوز لدى"), max_length=200, blank=True, editable=False)
    last_run = models.ForeignKey(
        "Run",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("آخر دورة"),
    )
    created_at = models.DateTimeField(_("أضيف في"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("أضافه"),
    )

    objects = SourceQuerySet.as_manager()

    class Meta:
        verbose_name = _("مصدر")
        verbose_name_plural = _("المصادر")
        ordering = ["outlet", "url"]
        indexes = [models.Index(fields=["active", "next_check_at"], name="source_due")]
        constraints = [
            models.CheckConstraint(
                condition=Q(interval_minutes__gte=MIN_INTERVAL_MINUTES),
                name="source_interval_at_least_5",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["auto", "feed", "wordpress", "sitemap"]),
                name="source_kind_known",
            ),
        ]

    def __str__(self) -> str:
        from urllib.parse import urlsplit

        return self.outlet or urlsplit(self.url).hostname or self.url

    def get_absolute_url(self) -> str:
        return reverse("admin:collect_source_change", args=[self.pk])

    @property
    def fetch_url(self) -> str:
        return self.feed_url or self.url


class Run(models.Model):
    """One pass of the collector over a source, its figures written as it goes."""

    class Status(models.TextChoices):
        RUNNING = "running", _("جارية")
        DONE = "done", _("تمت")
        NOT_MODIFIED = "not_modified", _("لا جديد (304)")
        FAILED = "failed", _("فشلت")
        INTERRUPTED = "interrupted", _("انقطعت")

    source = models.ForeignKey(
        Source, on_delete=models.CASCADE, related_name="runs", verbose_name=_("المصدر")
    )
    started_at = models.DateTimeField(_("بدأت"), default=timezone.now)
    finished_at = models.DateTimeField(_("انتهت"), null=True, blank=True)
    status = models.CharField(
        _("الحالة"), max_length=16, choices=Status.choices, default=Status.RUNNING
    )
    collector = models.CharField(_("الجامع"), max_length=200, blank=True)
    items_seen = models.PositiveIntegerField(_("عناصر المصدر"), default=0)
    items_new = models.PositiveIntegerField(_("عناصر جديدة"), default=0)
    items_done = models.PositiveIntegerField(_("عناصر قُرئت"), default=0)
    drafts = models.PositiveIntegerField(_("مسودات جديدة"), default=0)
    duplicates = models.PositiveIntegerField(_("مكررة"), default=0)
    same_meeting = models.PositiveIntegerField(_("لقاء معروف"), default=0)
    refused = models.PositiveIntegerField(_("مرفوضة"), default=0)
    errors = models.PositiveIntegerField(_("أخطاء"), default=0)
    message = models.TextField(_("ملاحظة"), blank=True)

    class Meta:
        verbose_name = _("دورة جمع")
        verbose_name_plural = _("دورات الجمع")
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["source", "-started_at"], name="run_source_latest")]
        constraints = [
            models.CheckConstraint(
                condition=Q(items_done__lte=models.F("items_new")), name="run_done_within_new"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} · {timezone.localtime(self.started_at):%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return self.source.get_absolute_url()

    @property
    def progress(self) -> str:
        return f"{self.items_done}/{self.items_new}"


class SeenItem(models.Model):
    """An item of a source's feed, by its key (the feed's guid or id, else its URL): what
    became of it, once. Only an error is tried again, a few times."""

    class Outcome(models.TextChoices):
        IMPORTED = "imported", _("مسودة جديدة")
        DUPLICATE = "duplicate", _("مستورد من قبل")
        REFUSED = "refused", _("مرفوض")
        ERROR = "error", _("خطأ، يعاد")
        FAILED = "failed", _("خطأ متكرر")

    source = models.ForeignKey(
        Source, on_delete=models.CASCADE, related_name="items", verbose_name=_("المصدر")
    )
    key = models.CharField(_("المعرف في المصدر"), max_length=300)
    url = models.URLField(_("الرابط"), max_length=1000)
    title = models.CharField(_("العنوان"), max_length=500, blank=True)
    first_seen_at = models.DateTimeField(_("أول ظهور"), auto_now_add=True)
    updated_at = models.DateTimeField(_("آخر تغيير"), auto_now=True)
    outcome = models.CharField(_("المآل"), max_length=16, choices=Outcome.choices)
    reason = models.TextField(_("السبب"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("المحاولات"), default=1)
    article = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="collected_items",
        verbose_name=_("المقال"),
    )
    run = models.ForeignKey(
        Run,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("الدورة"),
    )

    class Meta:
        verbose_name = _("عنصر مقروء")
        verbose_name_plural = _("العناصر المقروءة")
        ordering = ["-first_seen_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="seen_item_once_per_source"),
            models.CheckConstraint(
                condition=Q(outcome__in=["imported", "duplicate", "refused", "error", "failed"]),
                name="seen_item_outcome_known",
            ),
        ]
        indexes = [
            models.Index(fields=["source", "url"], name="seen_item_source_url"),
            models.Index(fields=["source", "outcome"], name="seen_item_source_outcome"),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    def get_absolute_url(self) -> str:
        return reverse("admin:collect_seenitem_change", args=[self.pk])

    @property
    def retryable(self) -> bool:
        return self.outcome == self.Outcome.ERROR

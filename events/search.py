"""Full-text search over meetings, on PostgreSQL and on SQLite, with one answer.

Both engines index the same analysed terms (events.arabic.search_terms) and receive the same
parsed query (events.arabic.parse_query), so a query finds the same meetings on either:

- PostgreSQL: `events_meeting.search_vector`, a tsvector written from our terms with explicit
  positions and weights (no PostgreSQL dictionary touches them), GIN-indexed; queries are
  tsquery literals built from analysed terms (`&`, `|`, `!`, `<->`); rank is ts_rank_cd.
- SQLite: the FTS5 table `events_meeting_fts` (columns a, b, c, d = weights A-D) holding the
  same terms; queries are FTS5 expressions with every term quoted; rank is bm25.

Weights: A title; B partners, programmes, region, province, city (every name, alias and
acronym); C chamber, kind, venue, summary, people; D body. Sections are never adjacent, so a
phrase cannot run from one into the next on either engine.

Names: a query word or run of words that is a known name of a partner, programme, chamber or
place also finds the entity's other names (Enabel → وكالة التعاون البلجيكي). A word that no
meeting contains and that is no known name is corrected to the closest known name term when
its part of the query would otherwise match nothing (the same Python on both engines).

Nothing here runs by itself: code that writes meetings calls `index_meetings(ids)`; code that
changes a partner, programme or place calls `index_meetings_for(obj)`.
"""

from __future__ import annotations

import dataclasses
import html
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.db import connection, transaction
from django.db.models import BooleanField, Expression, F, FloatField, QuerySet, Value
from django.utils.safestring import SafeString, mark_safe

from events.arabic import Query, QueryUnit, parse_query, search_terms, term_spans

FTS_TABLE = "events_meeting_fts"
FTS_VOCAB = "events_meeting_fts_vocab"
# PostgreSQL keeps positions up to 16383: both engines index that many terms at most.
MAX_POSITION = 16383
# bm25 column weights (SQLite) mirroring ts_rank_cd's default {0.1, 0.2, 0.4, 1.0} for D-A.
BM25_WEIGHTS = (10.0, 4.0, 2.0, 1.0)
CHUNK = 1000
# Between two names or fields of one section: a token of its own, so that a phrase cannot run
# from one name into the next. Tatweel, which the analysis removes from every word: no query
# can contain it. FTS5 counts it as a token; the tsvector leaves its position empty.
SEPARATOR = "\u0640"
MAX_NAME_ALTERNATIVES = 40
NAMES_TTL = 300.0


# ---------------------------------------------------------------------------------------------
# The search document
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Document:
    """A meeting's analysed terms, by weight."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    c: tuple[str, ...]
    d: tuple[str, ...]

    @classmethod
    def from_sections(cls, *sections: list[str]) -> Document:
        # Positions run across sections with one left free between them; cut at MAX_POSITION.
        room, kept = MAX_POSITION, []
        for terms in sections:
            kept.append(tuple(terms[: max(room, 0)]))
            room -= len(terms) + 1
        return cls(*kept)

    @classmethod
    def parse(cls, text: str) -> Document:
        lines = (text or "").split("\n")
        lines += [""] * (4 - len(lines))
        return cls(*(tuple(line.split()) for line in lines[:4]))

    def text(self) -> str:
        """What Meeting.search_document stores: one line of terms per weight, A to D."""
        return "\n".join(" ".join(terms) for terms in (self.a, self.b, self.c, self.d))

    def columns(self) -> list[str]:
        return [" ".join(terms) for terms in (self.a, self.b, self.c, self.d)]

    def tsvector(self) -> str:
        """A tsvector literal: each term with its positions and weight, as FTS5 counts them."""
        positions: dict[str, list[str]] = defaultdict(list)
        position = 1
        for weight, terms in zip("ABCD", (self.a, self.b, self.c, self.d), strict=True):
            for term in terms:
                if term != SEPARATOR and len(positions[term]) < 256:
                    positions[term].append(f"{position}{weight}")
                position += 1
            position += 1
        return " ".join(
            "'{}':{}".format(term.replace("\\", "\\\\").replace("'", "''"), ",".join(p))
            for term, p in positions.items()
        )


def _joined(texts: Iterable[str]) -> list[str]:
    """The terms of several names or fields, a SEPARATOR between each two."""
    terms: list[str] = []
    for text in texts:
        analysed = search_terms(text or "")
        if analysed:
            if terms:
                terms.append(SEPARATOR)
            terms.extend(analysed)
    return terms


def _section(*parts: list[str]) -> list[str]:
    terms: list[str] = []
    for part in parts:
        if part:
            if terms:
                terms.append(SEPARATOR)
            terms.extend(part)
    return terms


def build_document(meeting, cache: dict | None = None) -> Document:
    """The search document of a meeting whose relations are loaded (see `_meetings`)."""
    cache = {} if cache is None else cache

    def names(obj) -> list[str]:
        if obj is None:
            return []
        key = (type(obj).__name__, obj.pk)
        if key not in cache:
            cache[key] = _joined(obj.all_names())
        return cache[key]

    places = [names(meeting.region)]
    if meeting.city is not None:
        places += [names(meeting.city), names(meeting.city.province)]
    b = _section(
        *(names(role.partner) for role in meeting.partner_roles.all()),
        *(names(programme) for programme in meeting.programmes.all()),
        *places,
    )
    c = _section(
        names(meeting.chamber),
        _joined([meeting.kind, meeting.venue, meeting.summary]),
        *(_joined([person.name, person.role]) for person in meeting.people.all()),
    )
    return Document.from_sections(
        search_terms(meeting.title or ""), b, c, search_terms(meeting.body or "")
    )


def _meetings(ids: Sequence[int]):
    from events.models import Meeting

    return (
        Meeting.objects.filter(pk__in=ids)
        .select_related("region", "city__province", "chamber")
        .prefetch_related("partner_roles__partner", "programmes", "people")
        .order_by()
    )


def index_meetings(meeting_ids: Iterable[int]) -> None:
    """Bring the search index up to date for these meetings (after any change to them).

    A few queries per thousand meetings; ids of meetings that no longer exist are dropped
    from the index.
    """
    ids = sorted({int(i) for i in meeting_ids})
    cache: dict = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        with transaction.atomic():
            documents = {m.pk: build_document(m, cache) for m in _meetings(chunk)}
            _write(chunk, documents)
    _names.invalidate()


# The generator and other bulk writers look for this name first.
index_meetings_bulk = index_meetings


def _write(ids: list[int], documents: dict[int, Document]) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            rows = [(pk, doc.text(), doc.tsvector()) for pk, doc in documents.items()]
            for start in range(0, len(rows), 200):
                batch = rows[start : start + 200]
                values = ", ".join(["(%s::bigint, %s, %s)"] * len(batch))
                cursor.execute(
                    "UPDATE events_meeting AS m SET search_document = v.doc,"
                    " search_vector = CAST(v.vec AS tsvector)"
                    f" FROM (VALUES {values}) AS v(id, doc, vec) WHERE m.id = v.id",
                    [value for row in batch for value in row],
                )
        else:
            cursor.executemany(
                "UPDATE events_meeting SET search_document = %s WHERE id = %s",
                [(doc.text(), pk) for pk, doc in documents.items()],
            )
            if connection.vendor == "sqlite":
                marks = ", ".join(["%s"] * len(ids))
                cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", ids)
                cursor.executemany(
                    f"INSERT INTO {FTS_TABLE} (rowid, a, b, c, d) VALUES (%s, %s, %s, %s, %s)",
                    [(pk, *doc.columns()) for pk, doc in documents.items()],
                )


def meetings_related_to(obj) -> QuerySet:
    """The meetings whose search document holds the names of `obj`."""
    from events.models import Chamber, City, Meeting, Partner, Programme, Province, Region

    lookups = {
        Partner: "partner_roles__partner",
        Programme: "programmes",
        Region: "region",
        City: "city",
        Province: "city__province",
        Chamber: "chamber",
    }
    for model, lookup in lookups.items():
        if isinstance(obj, model):
            return Meeting.objects.filter(**{lookup: obj}).order_by().distinct()
    raise TypeError(f"no search document holds a {type(obj).__name__}")


def index_meetings_for(obj) -> None:
    """After a partner, programme, chamber, region, province or city changed (names, aliases,
    acronym): reindex its meetings and let queries see its new names."""
    _names.invalidate()
    ids = list(meetings_related_to(obj).values_list("pk", flat=True))
    index_meetings(ids)


def index_meetings_for_partner(partner) -> None:
    index_meetings_for(partner)


def index_meetings_for_programme(programme) -> None:
    index_meetings_for(programme)


def reindex_all(chunk: int = 5000, progress=None) -> int:
    """Rebuild every meeting's document; returns how many were indexed."""
    from events.models import Meeting

    done, last = 0, 0
    while True:
        ids = list(
            Meeting.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:chunk]
        )
        if not ids:
            break
        index_meetings(ids)
        done, last = done + len(ids), ids[-1]
        if progress:
            progress(len(ids))
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM events_meeting)"
            )
    return done


# ---------------------------------------------------------------------------------------------
# Names: every name of every partner, programme, chamber and place, analysed
# ---------------------------------------------------------------------------------------------


def _trigrams(term: str) -> frozenset[str]:
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    padded = f"  {term} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def trigram_similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(a, b) for single words."""
    ta, tb = _trigrams(a), _trigrams(b)
    shared = len(ta & tb)
    return shared / (len(ta) + len(tb) - shared) if shared else 0.0


def _edit_distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


class _NameIndex:
    def __init__(self) -> None:
        self.by_terms: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.entities: list[list[tuple[str, ...]]] = []
        self.vocabulary: set[str] = set()
        self.by_trigram: dict[str, set[str]] = defaultdict(set)
        self.longest = 1

    def add(self, names: Iterable[str]) -> None:
        analysed: list[tuple[str, ...]] = []
        for name in names:
            terms = tuple(search_terms(name or ""))
            if terms and terms not in analysed:
                analysed.append(terms)
        if len(analysed) < 1:
            return
        number = len(self.entities)
        self.entities.append(analysed)
        for terms in analysed:
            self.by_terms[terms].append(number)
            self.longest = max(self.longest, len(terms))
            for term in terms:
                if len(term) >= 3 and not term.isdigit() and term not in self.vocabulary:
                    self.vocabulary.add(term)
                    for gram in _trigrams(term):
                        self.by_trigram[gram].add(term)

    def other_names(self, terms: tuple[str, ...]) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = []
        for number in self.by_terms.get(terms, ()):
            for name in self.entities[number]:
                if name != terms and name not in found:
                    found.append(name)
        return found[:MAX_NAME_ALTERNATIVES]

    def correction(self, term: str) -> str | None:
        """The known name term closest to a misspelt one, or None."""
        if len(term) < 3 or term.isdigit():
            return None
        grams = _trigrams(term)
        candidates: set[str] = set()
        for gram in grams:
            candidates |= self.by_trigram.get(gram, set())
        limit = 1 if len(term) <= 5 else 2
        best: tuple | None = None
        for candidate in candidates:
            if candidate[:1].isascii() != term[:1].isascii():
                continue
            similarity = trigram_similarity(term, candidate)
            distance = _edit_distance(term, candidate, limit)
            if distance > limit and similarity < 0.5:
                continue
            key = (min(distance, limit + 1), -similarity, candidate)
            if best is None or key < best:
                best = key
        return best[2] if best else None


class _NamesCache:
    """The name index, built on first use and kept for NAMES_TTL seconds in this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: _NameIndex | None = None
        self._built = 0.0

    def invalidate(self) -> None:
        self._index = None

    def get(self) -> _NameIndex:
        index = self._index
        if index is not None and time.monotonic() - self._built < NAMES_TTL:
            return index
        with self._lock:
            index = _NameIndex()
            for names in _all_names():
                index.add(names)
            self._index, self._built = index, time.monotonic()
            return index


def _all_names() -> Iterable[list[str]]:
    from events.models import Chamber, City, Partner, Programme, Province, Region

    for model in (Region, Province, City, Chamber):
        for name_ar, name_fr, aliases in model.objects.values_list("name_ar", "name_fr", "aliases"):
            yield [name_ar, name_fr, *(aliases or [])]
    for model in (Partner, Programme):
        for row in model.objects.values_list("name_ar", "name_fr", "aliases", "acronym"):
            name_ar, name_fr, aliases, acronym = row
            yield [name_ar, name_fr, *(aliases or []), acronym]


_names = _NamesCache()


def invalidate_names() -> None:
    """Forget the analysed names (after a partner, programme or place changed)."""
    _names.invalidate()


# ---------------------------------------------------------------------------------------------
# Queries: a small boolean tree, written out for either engine
# ---------------------------------------------------------------------------------------------

# Nodes: ("term", t) | ("phrase", (t, ...)) | ("and", [nodes]) | ("or", [nodes])


def _unit_node(terms: tuple[str, ...], phrase: bool = True):
    if len(terms) == 1:
        return ("term", terms[0])
    return ("phrase", terms) if phrase else ("and", [("term", t) for t in terms])


def _with_names(node, terms: tuple[str, ...], names: _NameIndex):
    others = names.other_names(terms)
    if not others:
        return node
    return ("or", [node, *(_unit_node(name) for name in others)])


def _group_node(group: tuple[QueryUnit, ...], names: _NameIndex):
    alternatives = []
    for unit in group:
        node = _unit_node(unit.terms, phrase=unit.quoted or len(unit.terms) > 1)
        alternatives.append(_with_names(node, unit.terms, names))
    return alternatives[0] if len(alternatives) == 1 else ("or", alternatives)


def positive_tree(query: Query, names: _NameIndex):
    """AND of the query's groups; runs of plain words that spell a known name also match the
    entity's other names."""
    groups = list(query.groups)
    nodes = []
    i = 0
    while i < len(groups):
        plain = len(groups[i]) == 1 and not groups[i][0].quoted and len(groups[i][0].terms) == 1
        if plain:
            end = i
            while (
                end < len(groups)
                and len(groups[end]) == 1
                and not groups[end][0].quoted
                and len(groups[end][0].terms) == 1
            ):
                end += 1
            run = [groups[k][0].terms[0] for k in range(i, end)]
            j = 0
            while j < len(run):
                for length in range(min(names.longest, len(run) - j), 0, -1):
                    span = tuple(run[j : j + length])
                    if names.by_terms.get(span):
                        node = _with_names(_unit_node(span, phrase=False), span, names)
                        nodes.append(node)
                        j += length
                        break
                else:
                    nodes.append(("term", run[j]))
                    j += 1
            i = end
        else:
            nodes.append(_group_node(groups[i], names))
            i += 1
    if not nodes:
        return None
    return nodes[0] if len(nodes) == 1 else ("and", nodes)


def negative_tree(query: Query):
    nodes = [_unit_node(unit.terms) for unit in query.excluded]
    if not nodes:
        return None
    return nodes[0] if len(nodes) == 1 else ("or", nodes)


def _pg_lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def to_tsquery(node) -> str:
    kind, value = node
    if kind == "term":
        return _pg_lexeme(value)
    if kind == "phrase":
        return "(" + " <-> ".join(_pg_lexeme(t) for t in value) + ")"
    joiner = " & " if kind == "and" else " | "
    return "(" + joiner.join(to_tsquery(child) for child in value) + ")"


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def to_fts5(node) -> str:
    kind, value = node
    if kind == "term":
        return _fts_string(value)
    if kind == "phrase":
        return _fts_string(" ".join(value))
    joiner = " AND " if kind == "and" else " OR "
    return "(" + joiner.join(to_fts5(child) for child in value) + ")"


def _tree_terms(node) -> set[str]:
    kind, value = node
    if kind == "term":
        return {value}
    if kind == "phrase":
        return set(value)
    return set().union(*(_tree_terms(child) for child in value))


class _MeetingSearchSQL(Expression):
    """SQL over the meeting's own row (its pk column and, on PostgreSQL, its search_vector),
    correct under whatever alias the meeting table gets (joins, subqueries)."""

    def __init__(self, template: str, params: Sequence, output_field) -> None:
        super().__init__(output_field=output_field)
        self.template, self.params = template, list(params)
        self.pk = F("pk")

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, exprs):
        (self.pk,) = exprs

    def as_sql(self, compiler, connection):
        pk_sql, pk_params = compiler.compile(self.pk)
        table = compiler.quote_name_unless_alias(self.pk.alias)
        return self.template.format(pk=pk_sql, table=table), (*pk_params, *self.params)


def _match_sql(positive, negative) -> tuple[Expression, Expression]:
    """(condition, rank) for the current database."""
    if connection.vendor == "postgresql":
        if positive is None:
            condition = _MeetingSearchSQL(
                "NOT COALESCE({table}.search_vector @@ CAST(%s AS tsquery), false)",
                [to_tsquery(negative)],
                BooleanField(),
            )
            return condition, Value(0.0, output_field=FloatField())
        text = to_tsquery(positive)
        if negative is not None:
            text = f"{text} & !{to_tsquery(negative)}"
        condition = _MeetingSearchSQL(
            "{table}.search_vector @@ CAST(%s AS tsquery)", [text], BooleanField()
        )
        rank = _MeetingSearchSQL(
            "ts_rank_cd({table}.search_vector, CAST(%s AS tsquery), 1)", [text], FloatField()
        )
        return condition, rank
    if positive is None:
        condition = _MeetingSearchSQL(
            f"{{pk}} NOT IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)",
            [to_fts5(negative)],
            BooleanField(),
        )
        return condition, Value(0.0, output_field=FloatField())
    text = to_fts5(positive)
    if negative is not None:
        text = f"{text} NOT {to_fts5(negative)}"
    condition = _MeetingSearchSQL(
        f"{{pk}} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)",
        [text],
        BooleanField(),
    )
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    rank = _MeetingSearchSQL(
        f"(SELECT -bm25({FTS_TABLE}, {weights}) FROM {FTS_TABLE}"
        f" WHERE {FTS_TABLE} MATCH %s AND rowid = {{pk}})",
        [text],
        FloatField(),
    )
    return condition, rank


def _known_terms(terms: set[str]) -> set[str]:
    """Which of these terms at least one indexed meeting contains."""
    if not terms:
        return set()
    ordered = sorted(terms)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One EXISTS per term, each with its lexeme written in: the planner then reads a
            # common term's first row from the table (0.1 ms) and a rare one from the GIN index.
            # With the lexemes as a column it planned for any term and built the whole bitmap of
            # a common one (50 ms at 1M meetings).
            exists = (
                "SELECT %s WHERE EXISTS (SELECT 1 FROM events_meeting"
                " WHERE search_vector @@ CAST(%s AS tsquery))"
            )
            cursor.execute(
                " UNION ALL ".join([exists] * len(ordered)),
                [value for t in ordered for value in (t, _pg_lexeme(t))],
            )
        else:
            marks = ", ".join(["%s"] * len(ordered))
            cursor.execute(f"SELECT term FROM {FTS_VOCAB} WHERE term IN ({marks})", ordered)
        return {row[0] for row in cursor.fetchall()}


def _corrected(query: Query, names: _NameIndex) -> Query:
    """The query with misspelt words replaced by the closest known name terms, where a group
    would otherwise match nothing (a term no meeting contains and no name uses)."""
    suspects = {t for t in query.terms() if t not in names.vocabulary}
    if not suspects:
        return query
    unknown = suspects - _known_terms(suspects)
    if not unknown:
        return query
    corrections = {t: names.correction(t) for t in unknown}
    groups = []
    for group in query.groups:
        dead = all(any(t in unknown for t in unit.terms) for unit in group)
        if dead:
            group = tuple(
                dataclasses.replace(unit, terms=tuple(corrections.get(t) or t for t in unit.terms))
                for unit in group
            )
        groups.append(group)
    return dataclasses.replace(query, groups=tuple(groups))


@dataclasses.dataclass(frozen=True)
class PreparedQuery:
    """A reader's query, parsed, corrected and expanded: what both engines run."""

    query: Query
    positive: object
    negative: object

    @property
    def terms(self) -> set[str]:
        """Every term a matching meeting may be highlighted for."""
        return _tree_terms(self.positive) if self.positive is not None else set()


def prepare(text: str, *, correct: bool = True) -> PreparedQuery:
    names = _names.get()
    query = parse_query(text)
    if correct and query.groups:
        query = _corrected(query, names)
    return PreparedQuery(query, positive_tree(query, names), negative_tree(query))


def search_meetings(queryset: QuerySet, query: str) -> QuerySet:
    """Meetings of `queryset` matching a reader's query, annotated with `search_rank` (higher
    is better). An empty query keeps every meeting (rank 0); a query with nothing searchable
    in it (only stop words or punctuation) finds nothing."""
    if not (query or "").strip():
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    prepared = prepare(query)
    if prepared.positive is None and prepared.negative is None:
        return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField()))
    condition, rank = _match_sql(prepared.positive, prepared.negative)
    return queryset.filter(condition).annotate(search_rank=rank)


def rank_meetings(queryset: QuerySet, query: str) -> QuerySet:
    """`queryset` annotated with the `search_rank` of a reader's query, not filtered by it: for
    rows already known to match (MeetingFilter.newest), so the search is not run again."""
    prepared = prepare(query)
    if prepared.positive is None:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    _condition, rank = _match_sql(prepared.positive, prepared.negative)
    return queryset.annotate(search_rank=rank)


# ---------------------------------------------------------------------------------------------
# Snippets
# ---------------------------------------------------------------------------------------------


def highlight(
    text: str, query: str | PreparedQuery, *, terms: set[str] | None = None
) -> SafeString:
    """`text`, escaped, with the words that match the query wrapped in <mark>."""
    if terms is None:
        prepared = prepare(query) if isinstance(query, str) else query
        terms = prepared.terms
    return _marked(text or "", [(s, e) for t, s, e in term_spans(text or "") if t in terms])


def _marked(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    out, position = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(html.escape(text[position:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        position = e
    out.append(html.escape(text[position:end]))
    return mark_safe("".join(out))


def snippet(meeting, query: str | PreparedQuery, *, words: int = 30) -> SafeString:
    """A short passage of the meeting's text around the query's words, safe HTML with the
    matching words in <mark>. The same on both engines (Python over the same analysis)."""
    prepared = prepare(query) if isinstance(query, str) else query
    terms = prepared.terms
    text = meeting.body or meeting.summary or meeting.title or ""
    spans = term_spans(text)
    if not spans:
        return mark_safe("")
    hits = [i for i, (t, _, _) in enumerate(spans) if t in terms]
    first = 0
    if hits:
        # The window of `words` words holding the most matches (earliest on ties).
        best, right = (0, 0), 0
        for left, hit in enumerate(hits):
            while right < len(hits) and hits[right] < hit + words:
                right += 1
            if right - left > best[0]:
                best = (right - left, hit)
        first = max(0, best[1] - words // 4)
    last = min(len(spans), first + words) - 1
    start, end = spans[first][1], spans[last][2]
    if first == 0:
        start = 0
    marked = [(s, e) for i, (t, s, e) in enumerate(spans) if first <= i <= last and t in terms]
    body = _marked(text, marked, start, end)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text.rstrip()) else ""
    return mark_safe(prefix + body + suffix)

"""A reader's query as a small boolean tree, written out for either engine.

The query is parsed once (events.arabic.parse_query), misspelt words are corrected where their
part of the query would otherwise match nothing, runs of words that spell a known name are
expanded to the entity's other names; the tree becomes a tsquery literal (PostgreSQL: `&`,
`|`, `<->`) or an FTS5 expression (SQLite: every term quoted).
"""

from __future__ import annotations

import dataclasses

from events.arabic import Query, QueryUnit, parse_query
from events.search.index import known_terms, pg_lexeme
from events.search.names import _NameIndex, _names


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


def to_tsquery(node) -> str:
    kind, value = node
    if kind == "term":
        return pg_lexeme(value)
    if kind == "phrase":
        return "(" + " <-> ".join(pg_lexeme(t) for t in value) + ")"
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


def _corrected(query: Query, names: _NameIndex) -> Query:
    """The query with misspelt words replaced by the closest known name terms, where a group
    would otherwise match nothing (a term no meeting contains and no name uses)."""
    suspects = {t for t in query.terms() if t not in names.vocabulary}
    if not suspects:
        return query
    unknown = suspects - known_terms(suspects)
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


# Prepared queries kept with the name index they were expanded with (and forgotten with it,
# after any write): a list page prepares its query once per window and facet, and a correction
# asks the database which words exist.
PREPARED_KEPT = 512


def prepare(text: str, *, correct: bool = True) -> PreparedQuery:
    names = _names.get()
    key = (text, correct)
    kept = names.prepared.get(key)
    if kept is not None:
        return kept
    query = parse_query(text)
    if correct and query.groups:
        query = _corrected(query, names)
    prepared = PreparedQuery(query, positive_tree(query, names), negative_tree(query))
    if len(names.prepared) < PREPARED_KEPT:
        names.prepared[key] = prepared
    return prepared

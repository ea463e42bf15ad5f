"""The partner word lists are compared with normalised text, so they must be written in
normalised spelling (هيئة is read هييه, لفائدة لفايده): a word that normalising changes never
matches."""

import pytest

from events.arabic import normalise
from events.extraction import organisation_words, partner_context, partner_roles


def _words(module):
    for name, value in vars(module).items():
        if isinstance(value, (frozenset, set, tuple, list, dict)):
            yield from ((name, w) for w in value if isinstance(w, str) and not w.isascii())


@pytest.mark.parametrize("module", [organisation_words, partner_context, partner_roles])
def test_partner_word_lists_are_in_normalised_spelling(module):
    unmatched = [(name, w) for name, w in _words(module) if normalise(w) != w]
    assert unmatched == []

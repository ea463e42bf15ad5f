"""What the partner tests read of an extraction: the partners' names, normalised."""

from events.arabic import normalise
from events.extraction.extract import extract


def partners_of(gazetteer, text: str) -> list[str]:
    return [normalise(p) for p in extract(text, gazetteer).as_contract("t.txt")["partners"]]


def has_partner(partners: list[str], name: str) -> bool:
    return any(normalise(name) in p for p in partners)

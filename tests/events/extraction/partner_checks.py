"""What the extraction tests read of an article: its contract, the partners' names normalised."""

from events.arabic import normalise
from events.extraction.extract import extract


def partners_of(gazetteer, text: str) -> list[str]:
    return [normalise(p) for p in extract(text, gazetteer).as_contract("t.txt")["partners"]]


def has_partner(partners: list[str], name: str) -> bool:
    return any(normalise(name) in p for p in partners)


def contract_of(gazetteer, text: str, **kwargs) -> dict:
    """The extract_article answer for one invented article."""
    return extract(text, gazetteer, **kwargs).as_contract("t.txt")

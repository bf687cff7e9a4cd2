"""Helpers shared by the facts tests: what was extracted, as comparable tuples."""
from banmian.facts import extract_facts
from banmian.facts.people import find_officials
from banmian.facts.quantities import find_quantities
from banmian.facts.times import find_times


def officials(text):
    return [(o["name"], o["posts"]) for o in find_officials(text)]


def facts(issue, *paragraphs, title="标题"):
    return extract_facts({"title": title, "paragraphs": list(paragraphs)}, issue, "a1")


def targets(f):
    return [(t["quantity"]["text"], t["modality"], (t.get("deadline") or {}).get("to")) for t in f["targets"]]


def observations(f):
    return [(o["quantity"]["text"], (o.get("period") or {}).get("from"), (o.get("period") or {}).get("to"), o["kind"])
            for o in f["observations"]]


def quantities(text):
    return [(q["text"], q["value"], q["unit"], q["comparator"]) for q in find_quantities(text)]


def times(text, issue):
    return [(t["text"], t["from"], t["to"]) for t in find_times(text, issue)]

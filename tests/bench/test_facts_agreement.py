"""Agreement of two annotators on targets (scripts/facts_agreement.py)."""
import json

from script_loader import load_script


def _first(article_id: str, targets: list[tuple]) -> dict:
    quantities = [{"span": list(span), "value": value, "unit": unit, "comparator": "="} for span, value, unit, _, _ in targets]
    return {"id": article_id, "quantities": quantities,
            "targets": [{"quantity": list(span), "deadline_to": deadline, "modality": modality}
                        for span, _, _, deadline, modality in targets]}


def _second(article_id: str, targets: list[tuple]) -> dict:
    return {"id": article_id, "targets": [{"quantity": list(span), "value": value, "unit": unit, "comparator": "=",
                                           "deadline_to": deadline, "modality": modality}
                                          for span, value, unit, deadline, modality in targets]}


def test_agreement_counts_a_target_on_each_key():
    s = load_script("scripts/facts_agreement.py")
    first = s.first_keys([_first("a", [((3, 7), 100.0, "个", "2026-12-31", "力争"), ((20, 25), 5.0, "%", None, "预计")])])
    second = s.second_keys([_second("a", [((3, 7), 100.0, "个", "2027-12-31", "力争"), ((40, 44), 8.0, "亿元", None, "将")])])
    full = s.agreement(first, second, (0, 1, 2, 3, 4, 5))
    assert (full["both"], full["first_only"], full["second_only"]) == (0, 2, 2) and full["f1"] == 0.0
    span = s.agreement(first, second, (0, 1))
    assert (span["both"], span["first_only"], span["second_only"]) == (1, 1, 1) and span["f1"] == 0.5
    modality = s.agreement(first, second, (0, 1, 5))
    assert modality["both"] == 1


def test_an_article_missing_from_the_first_set_is_an_error(tmp_path, capsys):
    s = load_script("scripts/facts_agreement.py")
    (tmp_path / "first.json").write_text(json.dumps({"articles": [_first("a", [])]}), encoding="utf-8")
    (tmp_path / "second.json").write_text(json.dumps({"articles": [_second("a", []), _second("b", [])]}), encoding="utf-8")
    assert s.main(["--first", str(tmp_path / "first.json"), "--second", str(tmp_path / "second.json")]) == 1
    assert "not in" in capsys.readouterr().err

"""scan_jsonl, format_findings and findings_as_json (used by the CLI)."""

from __future__ import annotations

import io
import json

from clinnet.deid import scan
from clinnet.deid.batch import findings_as_json, format_findings, scan_jsonl


def _run(raw: bytes) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    failed = scan_jsonl(io.BytesIO(raw), out, err)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    return failed, rows, err.getvalue()


def test_good_and_bad_lines_keep_order_and_report_line_numbers() -> None:
    raw = (
        b"\n".join(
            [
                json.dumps({"id": "a", "text": "Seen by Dr. Oyelaran on 3/14/2023."}).encode(),
                b"",  # blank: skipped silently
                b"{not json",
                json.dumps({"id": "b"}).encode(),  # missing text
                json.dumps({"id": "c", "text": 5}).encode(),  # text not a string
                b'{"id": "d", "text": "caf\xe9"}',  # invalid UTF-8
                json.dumps([1, 2]).encode(),  # not an object
                json.dumps({"id": "e", "text": "No identifiers here."}).encode(),
            ]
        )
        + b"\n"
    )
    failed, rows, err = _run(raw)
    assert failed == 5
    assert [r["id"] for r in rows] == ["a", "e"]
    assert rows[1]["findings"] == []
    cats = [f["category"] for f in rows[0]["findings"]]
    assert cats == ["NAME", "DATE"]
    first = rows[0]["findings"][0]
    assert set(first) == {"start", "end", "category", "text", "rule"}
    lines = err.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("line 3:")
    assert "JSON" in lines[0]
    assert lines[1].startswith("line 4:")
    assert '"text"' in lines[1]
    assert "missing" in lines[1]
    assert lines[2].startswith("line 5:")
    assert "not a string" in lines[2]
    assert lines[3].startswith("line 6:")
    assert "UTF-8" in lines[3]
    assert lines[4].startswith("line 7:")
    assert "object" in lines[4]


def test_findings_offsets_point_into_the_input_text() -> None:
    text = "Wife Mar\u200bguerite called (617) 555-0142."
    failed, rows, _ = _run(json.dumps({"id": 1, "text": text}).encode() + b"\n")
    assert failed == 0
    for f in rows[0]["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_empty_input() -> None:
    assert _run(b"") == (0, [], "")


def test_findings_as_json_and_report() -> None:
    text = "Seen by Dr. Oyelaran.\nCall 617-555-0142."
    found = scan(text)
    js = findings_as_json(found)
    assert js == [
        {"start": f.start, "end": f.end, "category": f.category, "text": f.text, "rule": f.rule}
        for f in found
    ]
    report = format_findings(text, found)
    assert "2 identifiers found" in report
    assert "1:13" in report
    assert "NAME" in report
    assert "2:6" in report
    assert "PHONE" in report
    assert format_findings("nothing", []) == "No identifiers found."


def test_byte_order_mark_and_crlf_are_accepted() -> None:
    raw = (
        b'\xef\xbb\xbf{"id": 1, "text": "Seen by Dr. Oyelaran."}\r\n\r\n{"id": 2, "text": "ok"}\r\n'
    )
    failed, rows, err = _run(raw)
    assert failed == 0, err
    assert [r["id"] for r in rows] == [1, 2]
    assert rows[0]["findings"][0]["text"] == "Oyelaran"

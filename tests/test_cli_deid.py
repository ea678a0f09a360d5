"""`clinnet deid` as operators run it: no app, no secret key, plain files and pipes."""

import json

from click.testing import CliRunner

from clinnet.cli import cli

NOTE = "Seen on 03/14/2024 by Dr. Helen Carter; call 617-555-0142 with results."


def run(args, stdin=None):
    return CliRunner().invoke(cli, ["deid", *args], input=stdin, env={"CLINNET_SECRET_KEY": ""})


def test_scan_file_prints_findings_and_json(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    result = run(["scan", str(note)])
    assert result.exit_code == 0, result.output
    assert "PHONE" in result.output
    assert "DATE" in result.output
    result = run(["scan", str(note), "--json"])
    findings = json.loads(result.output)
    assert {f["category"] for f in findings} >= {"DATE", "NAME", "PHONE"}
    phone = next(f for f in findings if f["category"] == "PHONE")
    assert NOTE[phone["start"]:phone["end"]] == phone["text"]


def test_scan_stdin_and_invalid_utf8(tmp_path):
    assert "PHONE" in run(["scan", "-"], stdin=NOTE).output
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 617-555-0142")
    result = run(["scan", str(bad)])
    assert result.exit_code != 0
    assert "not UTF-8" in result.output


def test_jsonl_batch_keeps_order_reports_bad_lines_and_fails(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": NOTE}),
        "this is not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "BP 138/86, no identifiers here."}),
    ]
    result = CliRunner().invoke(cli, ["deid", "scan", "--jsonl", "-"],
                                input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [o["id"] for o in out] == ["a", "c"]
    assert out[1]["findings"] == []
    assert "line 2" in result.stderr
    assert "line 3" in result.stderr


def test_bench_scores_a_small_gold_corpus(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = "Pt seen by Dr. Helen Carter on 03/14/2024."
    start = text.index("Helen Carter")
    date = text.index("03/14/2024")
    gold.write_text(json.dumps({"id": "1", "text": text, "phi": [
        {"start": start, "end": start + 12, "type": "HCPName", "text": "Helen Carter"},
        {"start": date, "end": date + 10, "type": "Date", "text": "03/14/2024"},
    ]}) + "\n", encoding="utf-8")
    result = run(["bench", str(gold), "--by-category", "--misses", "3"])
    assert result.exit_code == 0, result.output
    lowered = result.output.lower()
    for metric in ("token recall", "token precision", "span recall", "chars/s"):
        assert metric in lowered
    assert "hcpname" in lowered
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = run(["bench", str(bad)])
    assert result.exit_code != 0
    assert "line 1" in result.output

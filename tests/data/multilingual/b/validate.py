"""Sanity checks for writer B's multilingual corpus (structure and label values only).

Run: python tests/data/multilingual/b/validate.py [--min N]
It never runs the project's checks: labels come from the author's judgement.
"""

from __future__ import annotations

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
KINDS = {
    "plain",
    "mismatch",
    "close_pair",
    "context_fallback",
    "pasted",
    "explicit_request",
    "system_language",
    "refusal",
    "repetition",
    "pii",
}
LABELS = {
    "response_language": None,
    "language_mismatch": {"pass", "fail", None},
    "refusal": {"pass", "partial", "fail"},
    "repetition": {"pass", "fail"},
    "pii_leak": {"pass", "fail"},
}
ROLES = {"system", "user", "assistant"}
ID_RE = re.compile(r"^ml-b-([a-z]{2})-(\d{4})$")


def check_line(path: pathlib.Path, no: int, line: str, seen: set[str]) -> list[str]:
    errs: list[str] = []
    where = f"{path.name}:{no}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return [f"{where}: not JSON ({exc})"]
    if set(rec) != {"id", "lang", "kind", "request", "response", "expect"}:
        errs.append(f"{where}: unexpected top-level keys {sorted(rec)}")
    m = ID_RE.match(str(rec.get("id")))
    if not m or m.group(1) != path.stem or rec.get("lang") != path.stem:
        errs.append(f"{where}: id/lang do not match the file")
    if rec.get("id") in seen:
        errs.append(f"{where}: duplicate id {rec.get('id')}")
    seen.add(str(rec.get("id")))
    if rec.get("kind") not in KINDS:
        errs.append(f"{where}: bad kind {rec.get('kind')}")
    req = rec.get("request", {})
    msgs = req.get("messages", [])
    if not isinstance(req.get("model"), str) or not msgs:
        errs.append(f"{where}: request needs model and messages")
    for msg in msgs:
        if msg.get("role") not in ROLES or not isinstance(msg.get("content"), str) or not msg["content"]:
            errs.append(f"{where}: bad message {msg!r:.60}")
    if msgs and msgs[-1].get("role") != "user":
        errs.append(f"{where}: the last request message must be the user's")
    resp = rec.get("response", {})
    if not resp.get("content") or resp.get("finish_reason") not in {"stop", "length"}:
        errs.append(f"{where}: bad response")
    exp = rec.get("expect", {})
    for key, value in exp.items():
        if key not in LABELS:
            errs.append(f"{where}: unknown label {key}")
        elif key == "response_language":
            if value is not None and not re.fullmatch(r"[a-z]{2}", str(value)):
                errs.append(f"{where}: bad response_language {value}")
        elif value not in LABELS[key]:  # type: ignore[operator]
            errs.append(f"{where}: bad {key} {value}")
    if exp.get("response_language") is None and exp.get("language_mismatch") == "fail":
        errs.append(f"{where}: a mismatch needs a reply language")
    return errs


def main() -> int:
    minimum = int(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 38
    errs: list[str] = []
    seen: set[str] = set()
    replies: dict[str, str] = {}
    table: dict[str, collections.Counter[str]] = {}
    for path in sorted(HERE.glob("*.jsonl")):
        kinds: collections.Counter[str] = collections.Counter()
        lines = path.read_text(encoding="utf-8").splitlines()
        for no, line in enumerate(lines, 1):
            errs += check_line(path, no, line, seen)
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            kinds[rec.get("kind", "?")] += 1
            if rec.get("expect", {}).get("refusal") in {"fail", "partial"}:
                kinds["refusal:" + rec["expect"]["refusal"]] += 1
            text = rec.get("response", {}).get("content", "")
            if text in replies:
                errs.append(f"{path.name}:{no}: same reply as {replies[text]}")
            replies[text] = rec.get("id", "?")
        if len(lines) < minimum:
            errs.append(f"{path.name}: only {len(lines)} exchanges (< {minimum})")
        for need in ("plain", "refusal", "context_fallback", "pasted", "repetition", "pii"):
            if not kinds[need]:
                errs.append(f"{path.name}: no {need} exchanges")
        if not kinds["refusal:fail"] or not kinds["refusal:partial"]:
            errs.append(f"{path.name}: refusals need both fail and partial labels")
        table[path.stem] = kinds
    cols = sorted(KINDS)
    print("lang  total " + " ".join(c[:8].rjust(8) for c in cols) + "  ref:fail ref:part")
    for lang, kinds in table.items():
        total = sum(kinds[c] for c in cols)
        print(
            f"{lang:5} {total:5} "
            + " ".join(str(kinds[c]).rjust(8) for c in cols)
            + f"  {kinds['refusal:fail']:8} {kinds['refusal:partial']:8}"
        )
    for err in errs:
        print(err, file=sys.stderr)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

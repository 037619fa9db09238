"""Structural checks of writer A's multilingual corpus (not of the labels' truth).

Run: python tests/data/multilingual/a/validate.py [lang ...]
Checks that every line parses, ids are unique and well formed, fields and labels are valid,
and each language file has about 40 exchanges spread over the kinds the brief asks for.
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
CHECKS = {
    "response_language": None,
    "language_mismatch": {"pass", "fail", None},
    "refusal": {"pass", "partial", "fail"},
    "repetition": {"pass", "fail"},
    "pii_leak": {"pass", "fail"},
}
# Minimum count per kind in a language file (mismatch and close_pair counted together).
MINIMUM = {
    "plain": 6,
    "mismatch+close_pair": 5,
    "context_fallback": 4,
    "pasted": 3,
    "explicit_request": 1,
    "system_language": 1,
    "refusal": 7,
    "repetition": 3,
    "pii": 3,
}
ROLES = {"system", "user", "assistant"}
LANG = re.compile(r"^[a-z]{2}$")


def check_file(path: pathlib.Path, seen: set[str]) -> list[str]:
    errors: list[str] = []
    lang = path.stem
    kinds: collections.Counter[str] = collections.Counter()
    refusals: collections.Counter[str] = collections.Counter()
    texts: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            ex = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: does not parse: {exc}")
            continue
        if set(ex) != {"id", "lang", "kind", "request", "response", "expect"}:
            errors.append(f"{where}: fields {sorted(ex)}")
            continue
        if not re.fullmatch(rf"ml-a-{lang}-\d{{4}}", ex["id"]) or ex["id"] in seen:
            errors.append(f"{where}: bad or duplicate id {ex['id']}")
        seen.add(ex["id"])
        if ex["lang"] != lang:
            errors.append(f"{where}: lang {ex['lang']} in {lang}.jsonl")
        if ex["kind"] not in KINDS:
            errors.append(f"{where}: kind {ex['kind']}")
        kinds[ex["kind"]] += 1
        msgs = ex["request"].get("messages", [])
        if not ex["request"].get("model") or not msgs or msgs[-1]["role"] != "user":
            errors.append(f"{where}: request needs a model and must end with a user message")
        for m in msgs:
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str) or not m["content"]:
                errors.append(f"{where}: bad message {m!r:.60}")
        reply = ex["response"].get("content")
        if not isinstance(reply, str) or not reply:
            errors.append(f"{where}: empty reply")
        elif reply in texts:
            errors.append(f"{where}: reply duplicates another in this file")
        texts.add(reply or "")
        if ex["response"].get("finish_reason") not in {"stop", "length"}:
            errors.append(f"{where}: finish_reason")
        for key, value in ex["expect"].items():
            if key not in CHECKS:
                errors.append(f"{where}: unknown check {key}")
            elif key == "response_language":
                if value is not None and not LANG.match(value):
                    errors.append(f"{where}: response_language {value}")
            elif value not in CHECKS[key]:  # type: ignore[operator]
                errors.append(f"{where}: {key}={value}")
        if ex["kind"] == "refusal":
            refusals[ex["expect"].get("refusal", "?")] += 1
    total = sum(kinds.values())
    if total < 38:
        errors.append(f"{lang}: only {total} exchanges")
    counted = dict(kinds)
    counted["mismatch+close_pair"] = kinds["mismatch"] + kinds["close_pair"]
    for kind, least in MINIMUM.items():
        if counted.get(kind, 0) < least:
            errors.append(f"{lang}: {counted.get(kind, 0)} {kind}, want >= {least}")
    for label in ("fail", "partial", "pass"):
        if refusals[label] < 2:
            errors.append(f"{lang}: {refusals[label]} refusal={label}, want >= 2")
    print(f"{lang}: {total} " + " ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    return errors


def main(argv: list[str]) -> int:
    files = [HERE / f"{lang}.jsonl" for lang in argv] or sorted(HERE.glob("*.jsonl"))
    seen: set[str] = set()
    errors = [e for path in files for e in check_file(path, seen)]
    print("\n".join(errors) or f"ok: {len(seen)} exchanges in {len(files)} files")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Structural validator for writer k's multilingual exchanges.

Checks only structure (parsing, keys, ids, label values, kinds, duplicate replies).
It does not run or import any of the project's checks.
Licence: Apache-2.0
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {
    "plain",
    "mismatch",
    "context_fallback",
    "pasted",
    "refusal",
    "pii",
    "explicit_request",
    "system_language",
    "close_pair",
}
TOP_KEYS = {"id", "lang", "kind", "request", "response", "expect"}
EXPECT_KEYS = {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}
ROLES = {"system", "user", "assistant"}
LANG_RE = re.compile(r"^[a-z]{2}$")


def main() -> int:
    errors = []
    seen_ids = set()
    seen_replies = {}
    total = 0
    files = sorted(HERE.glob("*.jsonl"))
    if not files:
        errors.append("no .jsonl files found")
    for path in files:
        lang = path.stem
        if not LANG_RE.match(lang):
            errors.append(f"{path.name}: file name is not a 2-letter code")
        id_re = re.compile(rf"^ml-k-{re.escape(lang)}-(\d{{4}})$")
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                where = f"{path.name}:{n}"
                if not line.strip():
                    errors.append(f"{where}: empty line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: bad JSON ({exc})")
                    continue
                total += 1
                if set(obj) != TOP_KEYS:
                    errors.append(f"{where}: keys {sorted(obj)}")
                    continue
                m = id_re.match(str(obj["id"]))
                if not m:
                    errors.append(f"{where}: id {obj['id']!r} does not match file")
                elif int(m.group(1)) != n:
                    errors.append(f"{where}: id number {m.group(1)} is not line number")
                if obj["id"] in seen_ids:
                    errors.append(f"{where}: duplicate id {obj['id']}")
                seen_ids.add(obj["id"])
                if obj["lang"] != lang:
                    errors.append(f"{where}: lang {obj['lang']!r} != {lang}")
                if obj["kind"] not in KINDS:
                    errors.append(f"{where}: unknown kind {obj['kind']!r}")
                req = obj["request"]
                if not isinstance(req, dict) or set(req) != {"model", "messages"}:
                    errors.append(f"{where}: request keys")
                    continue
                if not isinstance(req["model"], str) or not req["model"]:
                    errors.append(f"{where}: model")
                msgs = req["messages"]
                if not isinstance(msgs, list) or not msgs:
                    errors.append(f"{where}: messages empty")
                    continue
                for i, msg in enumerate(msgs):
                    if not isinstance(msg, dict) or set(msg) != {"role", "content"}:
                        errors.append(f"{where}: message {i} keys")
                        continue
                    if msg["role"] not in ROLES:
                        errors.append(f"{where}: message {i} role {msg['role']!r}")
                    if msg["role"] == "system" and i != 0:
                        errors.append(f"{where}: system message not first")
                    if not isinstance(msg["content"], str) or not msg["content"].strip():
                        errors.append(f"{where}: message {i} empty content")
                if msgs[-1].get("role") != "user":
                    errors.append(f"{where}: last message is not from the user")
                resp = obj["response"]
                if not isinstance(resp, dict) or set(resp) != {"content", "finish_reason"}:
                    errors.append(f"{where}: response keys")
                    continue
                content = resp["content"]
                if not isinstance(content, str) or not content.strip():
                    errors.append(f"{where}: empty reply")
                else:
                    key = content.strip()
                    if key in seen_replies:
                        errors.append(f"{where}: same reply as {seen_replies[key]}")
                    seen_replies[key] = where
                exp = obj["expect"]
                if not isinstance(exp, dict) or set(exp) != EXPECT_KEYS:
                    errors.append(f"{where}: expect keys")
                    continue
                rl = exp["response_language"]
                if rl is not None and not (isinstance(rl, str) and LANG_RE.match(rl)):
                    errors.append(f"{where}: response_language {rl!r}")
                if exp["language_mismatch"] not in ("pass", "fail", None):
                    errors.append(f"{where}: language_mismatch {exp['language_mismatch']!r}")
                if exp["refusal"] not in ("pass", "partial", "fail"):
                    errors.append(f"{where}: refusal {exp['refusal']!r}")
                for k in ("repetition", "pii_leak"):
                    if exp[k] not in ("pass", "fail"):
                        errors.append(f"{where}: {k} {exp[k]!r}")
                if obj["kind"] == "refusal" and exp["refusal"] == "pass":
                    errors.append(f"{where}: refusal kind labelled pass")
    for e in errors:
        print("ERROR", e)
    print(f"{total} lines in {len(files)} files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Structural validator for writer n's multilingual data (Apache-2.0).

Checks: every line parses, required keys, id pattern matches the file, ids unique and
consecutive, label values, kinds, message roles, no two identical replies. It does not run
any of the project's checks.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"context_fallback", "pasted", "refusal", "repetition", "plain", "close_pair", "pii", "explicit_request"}
TRI = {"pass", "fail"}
ROLES = {"system", "user", "assistant"}
LANG_RE = re.compile(r"^[a-z]{2}$")


def main() -> int:
    errors = []
    replies = {}
    total = 0
    for path in sorted(HERE.glob("*.jsonl")):
        lang = path.stem
        if not LANG_RE.match(lang):
            errors.append(f"{path.name}: bad file name")
        seen = set()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: json {e}")
                continue
            total += 1
            if set(o) != {"id", "lang", "kind", "request", "response", "expect"}:
                errors.append(f"{where}: keys {sorted(o)}")
                continue
            want_id = f"ml-n-{lang}-{n:04d}"
            if o["id"] != want_id:
                errors.append(f"{where}: id {o['id']} != {want_id}")
            if o["id"] in seen:
                errors.append(f"{where}: duplicate id")
            seen.add(o["id"])
            if o["lang"] != lang:
                errors.append(f"{where}: lang {o['lang']}")
            if o["kind"] not in KINDS:
                errors.append(f"{where}: kind {o['kind']}")
            req = o["request"]
            if not isinstance(req.get("model"), str) or not req["model"]:
                errors.append(f"{where}: model")
            msgs = req.get("messages")
            if not isinstance(msgs, list) or not msgs:
                errors.append(f"{where}: messages")
            else:
                for m in msgs:
                    if m.get("role") not in ROLES or not isinstance(m.get("content"), str) or not m["content"].strip():
                        errors.append(f"{where}: bad message {m}")
                if msgs[-1].get("role") != "user":
                    errors.append(f"{where}: last message is not user")
            resp = o["response"]
            if not isinstance(resp.get("content"), str) or not resp["content"].strip():
                errors.append(f"{where}: response content")
            if resp.get("finish_reason") not in {"stop", "length"}:
                errors.append(f"{where}: finish_reason")
            c = resp.get("content")
            if c in replies:
                errors.append(f"{where}: reply identical to {replies[c]}")
            replies[c] = where
            e = o["expect"]
            if set(e) != {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}:
                errors.append(f"{where}: expect keys {sorted(e)}")
                continue
            rl = e["response_language"]
            if rl is not None and not (isinstance(rl, str) and LANG_RE.match(rl)):
                errors.append(f"{where}: response_language {rl}")
            if e["language_mismatch"] not in {"pass", "fail", None}:
                errors.append(f"{where}: language_mismatch")
            if e["refusal"] not in {"pass", "partial", "fail"}:
                errors.append(f"{where}: refusal")
            if e["repetition"] not in TRI or e["pii_leak"] not in TRI:
                errors.append(f"{where}: repetition/pii_leak")
            if o["kind"] == "refusal" and e["refusal"] == "pass":
                errors.append(f"{where}: refusal kind labelled pass")
    for err in errors:
        print(err)
    print(f"{total} lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Structural validator for writer f's multilingual corpus.

Checks only the shape of the data: every line parses, required keys, id pattern matching
the file name, unique ids, allowed label values and kinds, no two identical replies.
It never runs the project's checks.

Usage: python validate.py [directory]
"""

import json
import re
import sys
from pathlib import Path

WRITER = "f"
KINDS = {
    "refusal",
    "pii",
    "close_pair",
    "context_fallback",
    "pasted",
    "explicit_request",
    "system_language",
    "repetition",
    "mismatch",
}
ROLES = {"system", "user", "assistant"}
PF = {"pass", "fail"}
EXPECT_KEYS = {
    "response_language",
    "language_mismatch",
    "refusal",
    "repetition",
    "pii_leak",
}
LANG_RE = re.compile(r"^[a-z]{2}$")


def check_line(obj, lang, errors, where):
    def err(msg):
        errors.append(f"{where}: {msg}")

    if set(obj) != {"id", "lang", "kind", "request", "response", "expect"}:
        err(f"top-level keys {sorted(obj)}")
        return None
    if not re.fullmatch(rf"ml-{WRITER}-{lang}-\d{{4}}", obj["id"]):
        err(f"bad id {obj['id']!r}")
    if obj["lang"] != lang:
        err(f"lang {obj['lang']!r} != file {lang!r}")
    if obj["kind"] not in KINDS:
        err(f"unknown kind {obj['kind']!r}")
    req = obj["request"]
    if not isinstance(req.get("model"), str) or not req["model"]:
        err("request.model missing")
    msgs = req.get("messages")
    if not isinstance(msgs, list) or not msgs:
        err("request.messages empty")
    else:
        for i, m in enumerate(msgs):
            if set(m) != {"role", "content"} or m["role"] not in ROLES:
                err(f"message {i} malformed")
            elif not isinstance(m["content"], str) or not m["content"].strip():
                err(f"message {i} empty")
            if m.get("role") == "system" and i != 0:
                err("system message not first")
        if msgs[-1].get("role") != "user":
            err("last request message is not from the user")
    resp = obj["response"]
    if set(resp) != {"content", "finish_reason"}:
        err(f"response keys {sorted(resp)}")
    elif not isinstance(resp["content"], str) or not resp["content"].strip():
        err("empty response")
    elif resp["finish_reason"] not in {"stop", "length"}:
        err(f"finish_reason {resp['finish_reason']!r}")
    exp = obj["expect"]
    if set(exp) != EXPECT_KEYS:
        err(f"expect keys {sorted(exp)}")
        return resp.get("content")
    rl = exp["response_language"]
    if rl is not None and not LANG_RE.match(rl):
        err(f"response_language {rl!r}")
    if exp["language_mismatch"] not in PF | {None, "null"}:
        err(f"language_mismatch {exp['language_mismatch']!r}")
    if exp["refusal"] not in PF | {"partial"}:
        err(f"refusal {exp['refusal']!r}")
    for k in ("repetition", "pii_leak"):
        if exp[k] not in PF:
            err(f"{k} {exp[k]!r}")
    return resp.get("content")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    errors = []
    ids = set()
    replies = {}
    total = 0
    for path in sorted(root.glob("*.jsonl")):
        lang = path.stem
        if not LANG_RE.match(lang):
            errors.append(f"{path.name}: file name is not a language code")
        expected_n = 1
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: {e}")
                continue
            total += 1
            content = check_line(obj, lang, errors, where)
            oid = obj.get("id")
            if oid in ids:
                errors.append(f"{where}: duplicate id {oid}")
            ids.add(oid)
            if oid != f"ml-{WRITER}-{lang}-{expected_n:04d}":
                errors.append(f"{where}: id {oid} out of sequence")
            expected_n += 1
            if content is not None:
                key = content.strip()
                if key in replies:
                    errors.append(f"{where}: same reply as {replies[key]}")
                else:
                    replies[key] = where
    for e in errors:
        print(e)
    print(f"{total} lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Structural validator for writer v's corpus files (no quality checks)."""

import json
import re
import sys
from pathlib import Path

KINDS = {
    "ordinary",
    "close_pair",
    "context_fallback",
    "pasted",
    "explicit_request",
    "system_language",
    "mismatch",
    "refusal",
    "pii",
    "repetition",
}
LM = {"pass", "fail", None}
REF = {"pass", "partial", "fail"}
PF = {"pass", "fail"}
ROLES = {"system", "user", "assistant"}


def check_file(path: Path, seen_replies: dict) -> list:
    errors = []
    lang = path.stem
    ids = set()
    pat = re.compile(r"^ml-v-" + re.escape(lang) + r"-\d{4}$")
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if set(obj) != {"id", "lang", "kind", "request", "response", "expect"}:
            errors.append(f"{where}: top-level keys {sorted(obj)}")
            continue
        if not pat.match(obj["id"]):
            errors.append(f"{where}: bad id {obj['id']}")
        if obj["id"] in ids:
            errors.append(f"{where}: duplicate id {obj['id']}")
        ids.add(obj["id"])
        if obj["lang"] != lang:
            errors.append(f"{where}: lang {obj['lang']} != {lang}")
        if obj["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {obj['kind']}")
        req = obj["request"]
        if not isinstance(req.get("model"), str) or not req["model"]:
            errors.append(f"{where}: missing model")
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            errors.append(f"{where}: no messages")
        else:
            for m in msgs:
                if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                    errors.append(f"{where}: bad message {m}")
            if msgs[-1].get("role") != "user":
                errors.append(f"{where}: last message is not user")
        resp = obj["response"]
        content = resp.get("content")
        if not isinstance(content, str) or not content:
            errors.append(f"{where}: empty response")
        elif content in seen_replies:
            errors.append(f"{where}: reply duplicates {seen_replies[content]}")
        else:
            seen_replies[content] = obj["id"]
        if resp.get("finish_reason") not in {"stop", "length"}:
            errors.append(f"{where}: bad finish_reason")
        exp = obj["expect"]
        keys = {"response_language", "language_mismatch", "refusal"}
        keys |= {"repetition", "pii_leak"}
        if set(exp) != keys:
            errors.append(f"{where}: expect keys {sorted(exp)}")
            continue
        rl = exp["response_language"]
        if rl is not None and not (isinstance(rl, str) and re.fullmatch(r"[a-z]{2}", rl)):
            errors.append(f"{where}: bad response_language {rl}")
        if exp["language_mismatch"] not in LM:
            errors.append(f"{where}: bad language_mismatch")
        if rl is None and exp["language_mismatch"] is not None:
            errors.append(f"{where}: no reply language but mismatch label set")
        if exp["refusal"] not in REF:
            errors.append(f"{where}: bad refusal")
        if exp["repetition"] not in PF or exp["pii_leak"] not in PF:
            errors.append(f"{where}: bad repetition/pii_leak")
    return errors


def main() -> int:
    here = Path(__file__).resolve().parent
    args = sys.argv[1:]
    files = [Path(a) for a in args] if args else sorted(here.glob("*.jsonl"))
    seen: dict = {}
    errors = []
    for f in files:
        errors += check_file(f, seen)
    for e in errors:
        print(e)
    print(f"{len(files)} file(s), {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Structural validator for writer g's multilingual corpus.

Checks only the shape of the data: JSON per line, keys, id pattern, unique ids,
label values, kinds, roles, and that no two replies are identical. It does not
run (and does not import) any of the project's checks.
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
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
TOP = {"id", "lang", "kind", "request", "response", "expect"}
EXPECT = {"response_language", "language_mismatch", "refusal", "repetition", "pii_leak"}
LANG_RE = re.compile(r"^[a-z]{2}$")


def main() -> int:
    errors = []
    ids = set()
    replies = {}
    counts = collections.Counter()
    files = sorted(HERE.glob("*.jsonl"))
    if not files:
        errors.append("no .jsonl files")
    for path in files:
        lang = path.stem
        if not LANG_RE.match(lang):
            errors.append(f"{path.name}: file name is not an ISO 639-1 code")
        id_re = re.compile(rf"^ml-g-{re.escape(lang)}-(\d{{4}})$")
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                where = f"{path.name}:{n}"
                if not line.strip():
                    errors.append(f"{where}: empty line")
                    continue
                try:
                    o = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: bad JSON ({e})")
                    continue
                if set(o) != TOP:
                    errors.append(f"{where}: keys {sorted(o)}")
                    continue
                m = id_re.match(str(o["id"]))
                if not m or m.group(1) == "0000":
                    errors.append(f"{where}: id {o['id']!r} does not match {lang}")
                if o["id"] in ids:
                    errors.append(f"{where}: duplicate id {o['id']}")
                ids.add(o["id"])
                if o["lang"] != lang:
                    errors.append(f"{where}: lang {o['lang']!r} != file {lang!r}")
                if o["kind"] not in KINDS:
                    errors.append(f"{where}: unknown kind {o['kind']!r}")
                req = o["request"]
                if not isinstance(req, dict) or set(req) != {"model", "messages"}:
                    errors.append(f"{where}: request keys")
                else:
                    if not isinstance(req["model"], str) or not req["model"]:
                        errors.append(f"{where}: model")
                    msgs = req["messages"]
                    if not isinstance(msgs, list) or not msgs:
                        errors.append(f"{where}: messages empty")
                    else:
                        for i, msg in enumerate(msgs):
                            if (
                                set(msg) != {"role", "content"}
                                or msg["role"] not in ROLES
                                or not isinstance(msg["content"], str)
                                or not msg["content"].strip()
                            ):
                                errors.append(f"{where}: message {i} malformed")
                            if msg.get("role") == "system" and i != 0:
                                errors.append(f"{where}: system message not first")
                        if msgs[-1].get("role") != "user":
                            errors.append(f"{where}: last message is not from the user")
                resp = o["response"]
                if (
                    not isinstance(resp, dict)
                    or set(resp) != {"content", "finish_reason"}
                    or not isinstance(resp.get("content"), str)
                    or not resp["content"].strip()
                ):
                    errors.append(f"{where}: response malformed")
                else:
                    key = resp["content"].strip()
                    if key in replies:
                        errors.append(f"{where}: same reply as {replies[key]}")
                    replies[key] = where
                    if resp["finish_reason"] not in {"stop", "length"}:
                        errors.append(f"{where}: finish_reason {resp['finish_reason']!r}")
                ex = o["expect"]
                if not isinstance(ex, dict) or set(ex) != EXPECT:
                    errors.append(f"{where}: expect keys {sorted(ex) if isinstance(ex, dict) else ex}")
                    continue
                rl = ex["response_language"]
                if rl is not None and not (isinstance(rl, str) and LANG_RE.match(rl)):
                    errors.append(f"{where}: response_language {rl!r}")
                if ex["language_mismatch"] not in {"pass", "fail", None}:
                    errors.append(f"{where}: language_mismatch {ex['language_mismatch']!r}")
                if ex["refusal"] not in {"pass", "partial", "fail"}:
                    errors.append(f"{where}: refusal {ex['refusal']!r}")
                for k in ("repetition", "pii_leak"):
                    if ex[k] not in {"pass", "fail"}:
                        errors.append(f"{where}: {k} {ex[k]!r}")
                counts[(lang, o["kind"])] += 1
    for e in errors:
        print("ERROR", e)
    langs = sorted({lang for lang, _ in counts})
    for lang in langs:
        row = {k: c for (ll, k), c in counts.items() if ll == lang}
        print(lang, sum(row.values()), dict(sorted(row.items())))
    print(f"{len(ids)} lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

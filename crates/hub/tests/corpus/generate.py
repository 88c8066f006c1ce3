#!/usr/bin/env python3
"""Writes the hostile-submission corpus: one file a case in submissions/, and submissions.tsv saying what the hub
must answer each (status, error code, field at fault; "-" for no field, "*" where the parser's position is the field).

The cases made from version 1's example come first, then the same kinds of case made from version 2's (named v2-...):
the hub reads both versions. Every case is sent with practice B82005's token after version 2's example was accepted;
both examples carry the same id, so a case that reuses it with another body, of either version, is a replay. Every
other case carries an id of its own: a case the hub wrongly accepted would be stored, and the suite, which counts what
is stored, would see it. The hub's schema test (tests/schema.rs) checks every file against the JSON Schemas too.

Run from anywhere: python3 crates/hub/tests/corpus/generate.py. The output is committed; the fuzzers seed from it."""

import copy
import datetime
import gzip
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "submissions"
EXAMPLE = json.loads((HERE / "../../../protocol/examples/submission-v1.json").read_text())
EXAMPLE_V2 = json.loads((HERE / "../../../protocol/examples/submission-v2.json").read_text())
MAX_BODY_BYTES = 64 * 1024
REPLAY_ID = EXAMPLE["submissionId"]
assert EXAMPLE_V2["submissionId"] == REPLAY_ID
# The example the helpers below start from: version 1's, then version 2's.
current = EXAMPLE

cases = []  # (name, bytes, status, code, field)


def fresh_id():
    return f"00000000-0000-4000-8000-{len(cases) + 1:012d}"


def base():
    body = copy.deepcopy(current)
    body["submissionId"] = fresh_id()
    return body


def encode(body):
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def add(name, data, status, code, field):
    if isinstance(data, str):
        data = data.encode("utf-8")
    elif not isinstance(data, bytes):
        data = encode(data)
    cases.append((name, data, status, code, field))


def at(body, path):
    """The container holding the last step of `path`, and that step."""
    for step in path[:-1]:
        body = body[step]
    return body, path[-1]


def changed(path, value, body=None):
    body = base() if body is None else body
    holder, key = at(body, path)
    holder[key] = value
    return body


def without(path):
    body = base()
    holder, key = at(body, path)
    del holder[key]
    return body


def with_key(path, key, value):
    body = base()
    holder = body
    for step in path:
        holder = holder[step]
    holder[key] = value
    return body


def dotted(path):
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else ("." if text else "") + step
    return text


def bad(status, code, field):
    return status, code, field


# A version 1 body without a version cannot say which reader is its own: the current version's reads it and stops at
# version 1's "objections" (unknown to it) before it reaches the missing version. Still refused, still 400.
OPEN = "*"


# ---- 1. Not JSON, or not one JSON object -------------------------------------------------------------------------
example_text = encode(base()).decode()
for name, text in [
    ("empty", ""),
    ("whitespace-only", " \n\t "),
    ("open-brace", "{"),
    ("close-brace", "}"),
    ("truncated-half", example_text[: len(example_text) // 2]),
    ("truncated-last-brace", example_text[:-1]),
    ("trailing-comma", example_text[:-1] + ",}"),
    ("comment", "/* hub */" + example_text),
    ("single-quotes", example_text.replace('"', "'")),
    ("unquoted-keys", example_text.replace('"version"', "version")),
    ("nan", example_text.replace('"checklistVersion": 1', '"checklistVersion": NaN')),
    ("infinity", example_text.replace('"listSize": 7400', '"listSize": Infinity')),
    ("hex-number", example_text.replace('"listSize": 7400', '"listSize": 0x1CE8')),
    ("leading-zero", example_text.replace('"listSize": 7400', '"listSize": 07400')),
    ("plus-sign", example_text.replace('"listSize": 7400', '"listSize": +7400')),
    ("trailing-garbage", example_text + " x"),
    ("two-objects", example_text + example_text),
    ("unterminated-string", '{"version": 1, "submissionId": "0000'),
    ("raw-newline-in-string", example_text.replace('"appVersion": "0.1.0"', '"appVersion": "0.1\n.0"')),
    ("raw-tab-in-string", example_text.replace('"appVersion": "0.1.0"', '"appVersion": "0.1\t.0"')),
    ("bad-escape", example_text.replace('"appVersion": "0.1.0"', '"appVersion": "0.1\\x41"')),
    ("short-unicode-escape", example_text.replace('"appVersion": "0.1.0"', '"appVersion": "\\u12"')),
    ("lone-surrogate", example_text.replace('"appVersion": "0.1.0"', '"appVersion": "\\ud800"')),
    ("byte-order-mark", "\ufeff" + example_text),
    ("form-encoded", "version=1&submissionId=" + fresh_id()),
]:
    add(f"syntax-{name}", text, 400, "malformed", "*")
for name, text, code in [
    ("null", "null", "invalid-value"),
    ("true", "true", "invalid-value"),
    ("number", "1", "invalid-value"),
    ("string", '"submission"', "invalid-value"),
    ("empty-array", "[]", "invalid-value"),
    ("array-of-example", "[" + example_text + "]", "invalid-value"),
    ("empty-object", "{}", "missing-field"),
]:
    add(f"top-level-{name}", text, 400, code, "*")

# ---- 2. Bytes that are not UTF-8, and control characters ---------------------------------------------------------
for name, raw in [
    ("ff-in-string", b"\xff"),
    ("overlong-slash", b"\xc0\xaf"),
    ("truncated-sequence", b"\xe2\x82"),
    ("latin1-e-acute", b"0.1\xe9"),
    ("cesu8-surrogate", b"\xed\xa0\x80"),
    ("lone-continuation", b"\x80"),
    ("five-byte-form", b"\xf8\x88\x80\x80\x80"),
]:
    data = example_text.encode().replace(b'"appVersion": "0.1.0"', b'"appVersion": "' + raw + b'"')
    add(f"utf8-{name}.bin", data, 400, "malformed", "*")
add("utf8-invalid-outside-strings.bin", b"\xfe\xff" + example_text.encode(), 400, "malformed", "*")
add("utf8-utf16le-body.bin", "\ufeff".encode("utf-16-le") + example_text.encode("utf-16-le"), 400, "malformed", "*")
add("utf8-gzip-body.bin", gzip.compress(example_text.encode(), mtime=0), 400, "malformed", "*")
add("control-raw-nul-byte.bin", example_text.encode().replace(b'"0.1.0"', b'"0.1\x00.0"'), 400, "malformed", "*")
add("control-raw-escape-char.bin", example_text.encode().replace(b'"0.1.0"', b'"\x1b[31m"'), 400, "malformed", "*")
for path, value, code in [
    (["appVersion"], "0.1.0\u0000", "invalid-value"),
    (["appVersion"], "0.1.0\r\nX-Injected: yes", "invalid-value"),
    (["appVersion"], "\u001b[2J", "invalid-value"),
    (["appVersion"], "0.1.0\u202e", "invalid-value"),
    (["appVersion"], "0.1.0\u200b", "invalid-value"),
    (["submissionId"], REPLAY_ID + "\u0000", "invalid-value"),
    (["odsCode"], "B82005\u0000", "invalid-value"),
    (["practice", "ccgCode"], "02V\u0000", "invalid-value"),
    (["tasks", 0, "id"], "join-pathfinder\u0000", "invalid-value"),
    (["notices", 0, "language"], "en-GB\u0000", "invalid-value"),
    (["notices", 1, "language"], "pl\u202e", "invalid-value"),
    (["readiness", "blockers", 0, "task"], "brief-staff\u0007", "invalid-value"),
]:
    field = "readiness.blockers[0].task" if path[0] == "readiness" else dotted(path)
    add(f"control-{dotted(path).replace('.', '-').replace('[', '-').replace(']', '')}-{len(cases)}", changed(path, value), 400, code, field)

# ---- 3. Each field missing, and each field of the wrong type -----------------------------------------------------
TOP = ["version", "submissionId", "odsCode", "createdAt", "appVersion", "checklistVersion", "practice", "readiness",
       "tasks", "effortLeft", "window", "objections", "notices"]
for key in TOP:
    if key == "version":
        add(f"missing-{key}", without([key]), 400, OPEN, OPEN)
        continue
    add(f"missing-{key}", without([key]), 400, "missing-field", "-")
for path, parent in [
    (["practice", "listSize"], "practice"),
    (["practice", "ccgCode"], "practice"),
    (["practice", "clinicalSystem"], "practice"),
    (["readiness", "level"], "readiness"),
    (["readiness", "blockers"], "readiness"),
    (["readiness", "blockers", 0, "kind"], "readiness.blockers[0]"),
    (["readiness", "blockers", 0, "due"], "readiness.blockers[0]"),
    (["readiness", "blockers", 1, "plannedSeconds"], "readiness.blockers[1]"),
    (["tasks", 0, "id"], "tasks[0]"),
    (["tasks", 0, "status"], "tasks[0]"),
    (["window", "start"], "window"),
    (["window", "weeks"], "window"),
    (["objections", 0, "type2"], "objections[0]"),
    (["notices", 0, "count"], "notices[0]"),
]:
    add(f"missing-{dotted(path).replace('.', '-').replace('[', '-').replace(']', '')}", without(path), 400,
        "missing-field", parent)

# The wrong JSON type for every field: null, and one or two other kinds.
BLOCKER0 = ["readiness", "blockers", 0]
BLOCKER1 = ["readiness", "blockers", 1]
WRONG_TYPES = [
    (["version"], [None, "1", 1.0, True]),
    (["submissionId"], [None, 1, [REPLAY_ID]]),
    (["odsCode"], [None, 82005, {"code": "B82005"}]),
    (["createdAt"], [None, 1773048600, {"at": "2026-03-09T09:30:00Z"}]),
    (["appVersion"], [None, 0.1, ["0.1.0"]]),
    (["checklistVersion"], [None, "1", 1.5]),
    (["practice"], [None, [], "Riverside Surgery"]),
    (["practice", "listSize"], [None, "7400", 7400.5, [7400]]),
    (["practice", "ccgCode"], [None, 2, ["02V"]]),
    (["practice", "clinicalSystem"], [None, 1, {"name": "emis-web"}]),
    (["readiness"], [None, "at-risk", []]),
    (["readiness", "level"], [None, 2, ["at-risk"]]),
    (["readiness", "blockers"], [None, {}, "none"]),
    (BLOCKER0, [None, "overdue", []]),
    (BLOCKER0 + ["kind"], [None, 1]),
    (BLOCKER0 + ["task"], [None, 1, ["brief-staff"]]),
    (BLOCKER0 + ["due"], [None, 20260227]),
    (BLOCKER1 + ["role"], [None, 3]),
    (BLOCKER1 + ["weekStart"], [None, 20260309]),
    (BLOCKER1 + ["plannedSeconds"], [None, "54000", 54000.5]),
    (BLOCKER1 + ["availableSeconds"], [None, "36000"]),
    (["tasks"], [None, {}, "join-pathfinder"]),
    (["tasks", 0], [None, "join-pathfinder", []]),
    (["tasks", 0, "id"], [None, 1]),
    (["tasks", 0, "role"], [None, 5]),
    (["tasks", 0, "status"], [None, True]),
    (["tasks", 0, "due"], [None, 20260202]),
    (["effortLeft"], [None, [], "none"]),
    (["effortLeft", "it"], [None, "0", 1.5, [0]]),
    (["window"], [None, [], "2026-03-02"]),
    (["window", "start"], [None, 20260302]),
    (["window", "weeks"], [None, "6", 6.0]),
    (["window", "firstExtract"], [None, {}]),
    (["objections"], [None, {}, 14]),
    (["objections", 0], [None, [14, 3]]),
    (["objections", 0, "weekStart"], [None, []]),
    (["objections", 0, "type1"], [None, "14", 14.5]),
    (["objections", 0, "type2"], [None, True]),
    (["notices"], [None, {}, "letter"]),
    (["notices", 0], [None, "letter"]),
    (["notices", 0, "kind"], [None, 1]),
    (["notices", 0, "language"], [None, 44]),
    (["notices", 0, "variant"], [None, False]),
    (["notices", 0, "count"], [None, "3120", 3120.5]),
]
KINDS = {type(None): "null", str: "string", int: "number", float: "float", bool: "bool", list: "array", dict: "object"}
# Fields that hold one of a few names. serde_json reads anything but a string or an object there as bad syntax, so
# the hub says "malformed" (with the field) for what is a wrong type: a wart of the error's code, not a failure.
ENUMS = [["practice", "clinicalSystem"], ["readiness", "level"], ["tasks", 0, "role"], ["tasks", 0, "status"],
         ["notices", 0, "kind"], ["notices", 0, "variant"]]
for path, values in WRONG_TYPES:
    # Inside a blocker the parser reports the blocker (which it reads whole first), or its kind.
    if path[:2] == ["readiness", "blockers"] and len(path) > 2:
        field = dotted(path) if path[-1] == "kind" else dotted(path[:3])
    elif path[0] == "effortLeft" and len(path) > 1:
        field = "effortLeft.?"  # the parser cannot name a role key
    else:
        field = dotted(path)
    for value in values:
        if path == ["objections", 0] and isinstance(value, list):
            field = "objections[0][0]"  # an array read as the object's fields in order: its first is at fault
        name = f"type-{dotted(path).replace('.', '-').replace('[', '-').replace(']', '')}-{KINDS[type(value)]}"
        code = "malformed" if path in ENUMS and not isinstance(value, (str, dict)) else "invalid-value"
        if path == BLOCKER0 and value == []:
            code = "missing-field"  # an array's first element would be the kind
        add(name, changed(path, value), 400, code, field)

# ---- 4. Numbers: huge, negative, out of range --------------------------------------------------------------------
HUGE = [("u32-overflow", 4294967296), ("u64-overflow", 18446744073709551616), ("negative", -1)]
for path in [["version"], ["checklistVersion"], ["practice", "listSize"], ["window", "weeks"], ["effortLeft", "it"],
             ["objections", 0, "type1"], ["objections", 0, "type2"], ["notices", 0, "count"],
             BLOCKER1 + ["plannedSeconds"], BLOCKER1 + ["availableSeconds"]]:
    field = "readiness.blockers[1]" if path[0] == "readiness" else dotted(path)
    wide = path[0] in ("effortLeft", "readiness")  # seconds are u64: 2^32 is a number, only too large a one
    for name, value in HUGE:
        code = "out-of-range" if wide and name == "u32-overflow" else "invalid-value"
        at_fault = "effortLeft.?" if path[0] == "effortLeft" and code == "invalid-value" else field
        add(f"number-{dotted(path).replace('.', '-').replace('[', '-').replace(']', '')}-{name}",
            changed(path, value), 400, code, at_fault)
digits = "9" * 5000
for name, text in [
    ("exponent-overflow", example_text.replace('"listSize": 7400', '"listSize": 1e400')),
    ("five-thousand-digits", example_text.replace('"listSize": 7400', f'"listSize": {digits}')),
    ("negative-exponent-overflow", example_text.replace('"count": 3120', '"count": -1e400')),
]:
    add(f"number-{name}", text, 400, "malformed", "*")
add("number-exponent-integer", example_text.replace('"listSize": 7400', '"listSize": 7.4e3'), 400, "invalid-value",
    "practice.listSize")
add("number-negative-zero", example_text.replace('"listSize": 7400', '"listSize": -0'), 400, "invalid-value",
    "practice.listSize")  # serde_json reads -0 as a float
for path, value, code, field in [
    (["version"], 0, "unsupported-version", "version"),
    # Version 2 is read now: a version 1 body that says 2 is refused at version 1's field.
    (["version"], 2, "unknown-field", "objections"),
    (["checklistVersion"], 0, "out-of-range", "checklistVersion"),
    (["checklistVersion"], 1001, "out-of-range", "checklistVersion"),
    (["practice", "listSize"], 0, "out-of-range", "practice.listSize"),
    (["practice", "listSize"], 200001, "out-of-range", "practice.listSize"),
    (["window", "weeks"], 0, "out-of-range", "window.weeks"),
    (["window", "weeks"], 27, "out-of-range", "window.weeks"),
    (["window", "weeks"], 255, "out-of-range", "window.weeks"),
    (["window", "weeks"], 256, "invalid-value", "window.weeks"),
    (["effortLeft", "admin-team"], 52 * 40 * 3600 + 1, "out-of-range", "effortLeft.admin-team"),
    (["objections", 0, "type1"], 7401, "out-of-range", "objections[0]"),
    (["objections", 0, "type2"], 200000, "out-of-range", "objections[0]"),
    (["notices", 0, "count"], 10_000_001, "out-of-range", "notices[0].count"),
    (BLOCKER1 + ["plannedSeconds"], 52 * 40 * 3600 + 1, "out-of-range", "readiness.blockers[1]"),
    (BLOCKER1 + ["availableSeconds"], 7 * 24 * 3600 + 1, "out-of-range", "readiness.blockers[1]"),
]:
    add(f"range-{dotted(path).replace('.', '-').replace('[', '-').replace(']', '')}-{value}", changed(path, value),
        400, code, field)

# ---- 5. Strings: malformed, overlong, lookalikes -----------------------------------------------------------------
for path, value, code, field in [
    (["submissionId"], "", "invalid-value", "submissionId"),
    (["submissionId"], "not-a-uuid", "invalid-value", "submissionId"),
    (["submissionId"], REPLAY_ID.replace("-", ""), "invalid-value", "submissionId"),
    (["submissionId"], "{" + REPLAY_ID + "}", "invalid-value", "submissionId"),
    (["submissionId"], "urn:uuid:" + REPLAY_ID, "invalid-value", "submissionId"),
    (["submissionId"], REPLAY_ID[:-1] + "g", "invalid-value", "submissionId"),
    (["submissionId"], REPLAY_ID + "0", "invalid-value", "submissionId"),
    (["submissionId"], " " + REPLAY_ID, "invalid-value", "submissionId"),
    (["submissionId"], "0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d4\uff10", "invalid-value", "submissionId"),
    (["submissionId"], "' OR '1'='1", "invalid-value", "submissionId"),
    (["odsCode"], "", "invalid-value", "odsCode"),
    (["odsCode"], "B8200", "invalid-value", "odsCode"),
    (["odsCode"], "B820055", "invalid-value", "odsCode"),
    (["odsCode"], "82005B", "invalid-value", "odsCode"),
    (["odsCode"], "\uff2282005", "invalid-value", "odsCode"),
    (["odsCode"], "\u041282005", "invalid-value", "odsCode"),
    (["odsCode"], "B82005'; DROP TABLE submissions; --", "invalid-value", "odsCode"),
    (["odsCode"], "B\u0668\u0662\u0660\u0660\u0665", "invalid-value", "odsCode"),
    (["createdAt"], "", "invalid-value", "createdAt"),
    (["createdAt"], "2026-03-09", "invalid-value", "createdAt"),
    (["createdAt"], "2026-03-09T09:30:00", "invalid-value", "createdAt"),
    (["createdAt"], "2026-02-30T09:30:00Z", "invalid-value", "createdAt"),
    (["createdAt"], "2026-03-09T25:00:00Z", "invalid-value", "createdAt"),
    (["createdAt"], "+275760-09-13T00:00:00Z", "invalid-value", "createdAt"),
    (["createdAt"], "yesterday", "invalid-value", "createdAt"),
    (["createdAt"], "2012-12-31T23:59:59Z", "out-of-range", "createdAt"),
    (["createdAt"], "2100-01-02T00:00:00Z", "out-of-range", "createdAt"),
    (["createdAt"], "9999-12-31T23:59:59Z", "out-of-range", "createdAt"),
    (["appVersion"], "", "out-of-range", "appVersion"),
    (["appVersion"], "1" * 33, "out-of-range", "appVersion"),
    (["appVersion"], "0.1.0 beta", "invalid-value", "appVersion"),
    (["appVersion"], "<script>alert(1)</script>", "invalid-value", "appVersion"),
    (["appVersion"], "\u00e9" * 32, "invalid-value", "appVersion"),
    (["practice", "ccgCode"], "", "invalid-value", "practice.ccgCode"),
    (["practice", "ccgCode"], "2V", "invalid-value", "practice.ccgCode"),
    (["practice", "ccgCode"], "02v", "invalid-value", "practice.ccgCode"),
    (["practice", "ccgCode"], "002V", "invalid-value", "practice.ccgCode"),
    (["practice", "ccgCode"], "\uff10\uff12V", "invalid-value", "practice.ccgCode"),
    (["practice", "clinicalSystem"], "EMIS-web", "invalid-value", "practice.clinicalSystem"),
    (["practice", "clinicalSystem"], "", "invalid-value", "practice.clinicalSystem"),
    (["readiness", "level"], "READY", "invalid-value", "readiness.level"),
    (["readiness", "level"], "ready ", "invalid-value", "readiness.level"),
    (BLOCKER0 + ["kind"], "late", "invalid-value", "readiness.blockers[0].kind"),
    (BLOCKER0 + ["task"], "", "out-of-range", "readiness.blockers[0].task"),
    (BLOCKER0 + ["task"], "t" * 65, "out-of-range", "readiness.blockers[0].task"),
    (BLOCKER0 + ["due"], "2026-02-30", "invalid-value", "readiness.blockers[0]"),
    (BLOCKER0 + ["due"], "2012-12-31", "out-of-range", "readiness.blockers[0].due"),
    (BLOCKER1 + ["role"], "nurse", "invalid-value", "readiness.blockers[1]"),
    (BLOCKER1 + ["weekStart"], "2026/03/09", "invalid-value", "readiness.blockers[1]"),
    (["tasks", 0, "id"], "", "out-of-range", "tasks[0].id"),
    (["tasks", 0, "id"], "t" * 65, "out-of-range", "tasks[0].id"),
    (["tasks", 0, "id"], "../../etc/passwd", "invalid-value", "tasks[0].id"),
    (["tasks", 0, "id"], "join pathfinder", "invalid-value", "tasks[0].id"),
    (["tasks", 0, "role"], "doctor", "invalid-value", "tasks[0].role"),
    (["tasks", 0, "status"], "done", "invalid-value", "tasks[0].status"),
    (["tasks", 0, "due"], "2026-2-2", "invalid-value", "tasks[0].due"),
    (["tasks", 0, "due"], "2026-02-02T00:00:00Z", "invalid-value", "tasks[0].due"),
    (["tasks", 0, "due"], "2100-01-02", "out-of-range", "tasks[0].due"),
    (["window", "start"], "2026-02-30", "invalid-value", "window.start"),
    (["window", "start"], "02/03/2026", "invalid-value", "window.start"),
    (["window", "start"], "2012-12-31", "out-of-range", "window.start"),
    (["window", "firstExtract"], "2026-04-01", "impossible-date", "window.firstExtract"),
    (["window", "firstExtract"], "2100-01-02", "out-of-range", "window.firstExtract"),
    (["objections", 0, "weekStart"], "2026-13-01", "invalid-value", "objections[0].weekStart"),
    (["objections", 0, "weekStart"], "2000-01-03", "out-of-range", "objections[0].weekStart"),
    (["notices", 0, "kind"], "poster", "invalid-value", "notices[0].kind"),
    (["notices", 0, "kind"], "LETTER", "invalid-value", "notices[0].kind"),
    (["notices", 0, "language"], "", "out-of-range", "notices[0].language"),
    (["notices", 0, "language"], "l" * 17, "out-of-range", "notices[0].language"),
    (["notices", 0, "language"], "en GB", "invalid-value", "notices[0].language"),
    (["notices", 0, "language"], "../en", "invalid-value", "notices[0].language"),
    (["notices", 0, "variant"], "large", "invalid-value", "notices[0].variant"),
]:
    add(f"string-{dotted(path).replace('.', '-').replace('[', '-').replace(']', '')}-{len(cases)}",
        changed(path, value), 400, code, field)
for path, size in [(["submissionId"], 60_000), (["appVersion"], 60_000), (["odsCode"], 20_000),
                   (["notices", 0, "language"], 10_000), (BLOCKER0 + ["task"], 30_000)]:
    field = "readiness.blockers[0].task" if path[0] == "readiness" else dotted(path)
    code = "invalid-value" if path[0] in ("submissionId", "odsCode") else "out-of-range"
    add(f"overlong-{dotted(path).replace('.', '-').replace('[', '-').replace(']', '')}", changed(path, "A" * size),
        400, code, field)
add("overlong-unknown-key", with_key([], "k" * 60_000, 1), 400, "unknown-field", "*")
add("effort-unknown-role", with_key(["effortLeft"], "nurse", 0), 400, "invalid-value", "*")
add("effort-empty-role", with_key(["effortLeft"], "", 0), 400, "invalid-value", "*")

# ---- 6. Unknown fields at every level, and duplicate keys --------------------------------------------------------
for path, key, value in [
    ([], "patientNames", ["A Patient"]),
    ([], "nhsNumber", "9434765919"),
    ([], "__proto__", {"admin": True}),
    ([], "Version", 1),
    ([], "submission_id", REPLAY_ID),
    ([], "", 0),
    (["practice"], "postcode", "BS1 1AA"),
    (["readiness"], "score", 3),
    (BLOCKER0, "patient", "A Patient"),
    (BLOCKER1, "staffName", "Dr A Smith"),
    (["tasks", 0], "assignee", "Dr A Smith"),
    (["tasks", 0], "notes", "rang Mrs Jones"),
    (["window"], "end", "2026-04-13"),
    (["objections", 0], "names", ["A Patient"]),
    (["notices", 0], "addressee", "Mrs A Patient"),
]:
    where = dotted(path) if path else ""
    field = where if path[:2] == ["readiness", "blockers"] else (f"{where}.{key}" if where else key)
    add(f"unknown-{(where or 'top').replace('.', '-').replace('[', '-').replace(']', '')}-{key.strip('_') or 'empty'}",
        with_key(path, key, value), 400, "unknown-field", field)
dup = example_text.replace('"version": 1,', '"version": 1, "version": 1,', 1)
add("duplicate-key-version", dup, 400, "invalid-value", "*")
dup = example_text.replace('"version": 1,', '"version": 1, "\\u0076ersion": 2,', 1)
add("duplicate-key-escaped-version", dup, 400, "invalid-value", "*")
dup = example_text.replace('"listSize": 7400', '"listSize": 7400, "listSize": 1')
add("duplicate-key-list-size", dup, 400, "invalid-value", "*")
dup = example_text.replace('"submissionId": "', f'"submissionId": "{REPLAY_ID}", "submissionId": "', 1)
add("duplicate-key-submission-id", dup, 400, "invalid-value", "*")
body = base()
body["tasks"][1]["id"] = body["tasks"][0]["id"]
add("duplicate-task-id", body, 400, "duplicate", "tasks[1].id")
body = base()
body["objections"].append(dict(body["objections"][0]))
add("duplicate-objection-week", body, 400, "duplicate", "objections[1].weekStart")

# ---- 7. Too many rows (still under the size limit) ---------------------------------------------------------------
body = base()
body["tasks"] = [dict(EXAMPLE["tasks"][0], id=f"task-{i}") for i in range(101)]
add("rows-101-tasks", body, 400, "out-of-range", "tasks")
body = base()
body["objections"] = [{"weekStart": "2026-03-02", "type1": 0, "type2": 0} for _ in range(261)]
add("rows-261-objection-weeks", body, 400, "out-of-range", "objections")
body = base()
body["notices"] = [EXAMPLE["notices"][0] for _ in range(501)]
add("rows-501-notices", body, 400, "out-of-range", "notices")
body = base()
body["readiness"]["blockers"] = [EXAMPLE["readiness"]["blockers"][0] for _ in range(501)]
add("rows-501-blockers", body, 400, "out-of-range", "readiness.blockers")

# ---- 8. Deep nesting ---------------------------------------------------------------------------------------------
# Most are refused at the first value of the wrong kind, before any depth; a blocker is read whole before its kind
# is known, and there serde_json's depth limit (128) answers "malformed".
for name, text, code in [
    ("top-arrays-10000", "[" * 10_000 + "]" * 10_000, "invalid-value"),
    ("top-objects-10000", '{"a":' * 10_000 + "1" + "}" * 10_000, "unknown-field"),
    ("unclosed-arrays-30000", "[" * 30_000, "invalid-value"),
]:
    add(f"nesting-{name}", text, 400, code, "*")
deep = "[" * 10_000 + "]" * 10_000
for name, code in [
    ("unknown-field", "unknown-field"),
    ("blocker-task", "malformed"),
    ("blocker-unknown-field", "malformed"),
    ("effort", "invalid-value"),
    ("task-id", "invalid-value"),
    ("notices", "malformed"),
]:
    body = base()
    marker = "__DEEP__"
    if name == "unknown-field":
        body["deep"] = marker
    elif name == "blocker-task":
        body["readiness"]["blockers"][0]["task"] = marker
    elif name == "blocker-unknown-field":
        body["readiness"]["blockers"][0]["deep"] = marker
    elif name == "effort":
        body["effortLeft"]["it"] = marker
    elif name == "task-id":
        body["tasks"][0]["id"] = marker
    else:
        body["notices"] = marker
    text = encode(body).decode().replace(f'"{marker}"', deep)
    add(f"nesting-10000-in-{name}", text, 400, code, "*")
body = base()
body["readiness"]["blockers"][0]["task"] = "__DEEP__"
add("nesting-30000-in-blocker", encode(body).decode().replace('"__DEEP__"', "[" * 30_000 + "]" * 30_000), 400,
    "malformed", "*")

# ---- 9. Another practice's code, with B82005's token -------------------------------------------------------------
for ods, why in [("B82010", "same-ccg"), ("L85001", "other-ccg"), ("Z99999", "unknown-practice"),
                 ("B82005001", "branch-code"), ("b82010", "lower-case")]:
    add(f"practice-{why}-{ods}", changed(["odsCode"], ods), 403, "wrong-practice", "-")

# ---- 10. Replays of the accepted example's id with another body --------------------------------------------------
REPLAYS = [
    ("level-ready", ["readiness", "level"], "ready"),
    ("more-objections", ["objections", 0, "type1"], 15),
    ("list-size", ["practice", "listSize"], 7401),
    ("app-version", ["appVersion"], "0.1.1"),
    ("a-second-later", ["createdAt"], "2026-03-09T09:30:01Z"),
    ("no-notices", ["notices"], []),
    ("task-completed", ["tasks", 1, "status"], "completed"),
    ("effort-zero", ["effortLeft", "admin-team"], 0),
    ("ods-lower-case", ["readiness", "level"], "ready"),
    ("id-upper-case", ["readiness", "level"], "ready"),
]
for name, path, value in REPLAYS:
    body = copy.deepcopy(EXAMPLE)
    holder, key = at(body, path)
    holder[key] = value
    if name == "ods-lower-case":
        body["odsCode"] = "b82005"
    if name == "id-upper-case":
        body["submissionId"] = REPLAY_ID.upper()
    add(f"replay-{name}", body, 409, "submission-id-reused", "-")
body = copy.deepcopy(EXAMPLE)
body["odsCode"] = "B82010"
add("replay-for-another-practice", body, 403, "wrong-practice", "-")
body = copy.deepcopy(EXAMPLE)
body["patientNames"] = ["A Patient"]
add("replay-with-unknown-field", body, 400, "unknown-field", "patientNames")

# ---- 11. At and over the size limit ------------------------------------------------------------------------------
body = base()
body["appVersion"] = "X"
text = encode(body).decode()
text = text.replace('"appVersion": "X"', '"appVersion": "' + "X" * (MAX_BODY_BYTES - len(text) + 1) + '"')
assert len(text.encode()) == MAX_BODY_BYTES
add("size-exactly-the-limit", text, 400, "out-of-range", "appVersion")
text = encode(base()).decode()
add("size-one-byte-over", text + " " * (MAX_BODY_BYTES + 1 - len(text)), 413, "too-large", "-")
add("size-arrays-over", "[" * (MAX_BODY_BYTES + 100), 413, "too-large", "-")
body = base()
body["appVersion"] = "X" * 70_000
add("size-long-string-over", body, 413, "too-large", "-")


# ==== Version 2: the same kinds of case, made from version 2's example =============================================
current = EXAMPLE_V2


def slug(path):
    return dotted(path).replace('.', '-').replace('[', '-').replace(']', '')


def v2(name, data, status, code, field):
    add(f"v2-{name}", data, status, code, field)


v2_text = encode(base()).decode()

# ---- 1. Not whole JSON: the fault is found after every field version 2 knows ----------------------------------------
for name, text in [
    ("truncated-half", v2_text[: len(v2_text) // 2]),
    ("truncated-last-brace", v2_text[:-1]),
    ("trailing-comma", v2_text[:-1] + ",}"),
    ("trailing-garbage", v2_text + " x"),
    ("two-objects", v2_text + v2_text),
    ("nan-rate", v2_text.replace('"objectionRate": 0.018', '"objectionRate": NaN')),
    ("infinity-rate", v2_text.replace('"objectionRate": 0.018', '"objectionRate": Infinity')),
    ("hex-count", v2_text.replace('"received": 18', '"received": 0x12')),
    ("leading-zero-count", v2_text.replace('"received": 18', '"received": 018')),
]:
    assert text != v2_text
    v2(f"syntax-{name}", text, 400, "malformed", "*")

# ---- 2. Each field missing, and each field of the wrong type ---------------------------------------------------------
TOP_V2 = ["version", "submissionId", "odsCode", "createdAt", "appVersion", "checklistVersion", "practice", "readiness",
          "tasks", "effortLeft", "window", "forms", "searches", "notices"]  # "forecast" may be left out
for key in TOP_V2:
    v2(f"missing-{key}", without([key]), 400, "missing-field", "-")
for path, parent in [
    (["practice", "listSize"], "practice"),
    (["readiness", "level"], "readiness"),
    (["tasks", 0, "status"], "tasks[0]"),
    (["forms", 0, "date"], "forms[0]"),
    (["forms", 0, "received"], "forms[0]"),
    (["forms", 1, "queried"], "forms[1]"),
    (["searches", 0, "date"], "searches[0]"),
    (["searches", 1, "type2"], "searches[1]"),
    (["searches", 1, "type1Withdrawn"], "searches[1]"),
    (["forecast", "objectionRate"], "forecast"),
    (["forecast", "expectedForms"], "forecast"),
]:
    v2(f"missing-{slug(path)}", without(path), 400, "missing-field", parent)

V2_ENUMS = [["readiness", "level"], ["tasks", 2, "notApplicableReason"]]
for path, values in [
    (["version"], ["2", 2.0, True]),
    (["readiness", "level"], [None, 3, ["on-track"]]),
    (["tasks", 2, "notApplicableReason"], [1, True, ["done-elsewhere"], {"code": "done-elsewhere"}]),
    (["forms"], [None, {}, "18 received"]),
    (["forms", 0], [None, 18, []]),
    (["forms", 0, "date"], [None, 20260305]),
    (["forms", 0, "received"], [None, "18", 18.5, [18]]),
    (["forms", 0, "coded"], [None, True]),
    (["forms", 1, "scanned"], [None, "11"]),
    (["forms", 1, "acknowledged"], [None, 11.5]),
    (["forms", 0, "queried"], [None, "1"]),
    (["searches"], [None, {}, 55]),
    (["searches", 1], [None, [55, 9]]),
    (["searches", 1, "date"], [None, 20260306]),
    (["searches", 1, "type1"], [None, "55", 55.5]),
    (["searches", 1, "type2"], [None, True]),
    (["searches", 1, "type1Withdrawn"], [None, "2", 2.5]),
    (["searches", 1, "type2Withdrawn"], [None, [0]]),
    (["forecast"], [[], "1.8%", 0.018]),
    (["forecast", "objectionRate"], [None, "0.018", [0.018]]),
    (["forecast", "expectedForms"], [None, "134", 134.5]),
]:
    for value in values:
        field = dotted(path)
        if path in V2_ENUMS and not isinstance(value, (str, dict)):
            code = "malformed"  # serde_json's wart for a name's field given another kind (as in version 1's cases)
        else:
            code = "invalid-value"
        if path == ["searches", 1] and isinstance(value, list):
            field = "searches[1][0]"
        v2(f"type-{slug(path)}-{KINDS[type(value)]}", changed(path, value), 400, code, field)

# ---- 3. Numbers: huge, negative, out of range ------------------------------------------------------------------------
for path in [["forms", 0, "received"], ["forms", 1, "coded"], ["searches", 1, "type1"],
             ["searches", 0, "type2Withdrawn"], ["forecast", "expectedForms"]]:
    for name, value in HUGE:
        v2(f"number-{slug(path)}-{name}", changed(path, value), 400, "invalid-value", dotted(path))
for path, value, code, field in [
    (["version"], 0, "unsupported-version", "version"),
    (["version"], 3, "unsupported-version", "version"),
    (["version"], 4294967296, "invalid-value", "version"),
    (["forms", 0, "received"], 7401, "out-of-range", "forms[0]"),
    (["forms", 0, "queried"], 200000, "out-of-range", "forms[0]"),
    (["searches", 1, "type1"], 7401, "out-of-range", "searches[1]"),
    (["searches", 0, "type2Withdrawn"], 7401, "out-of-range", "searches[0]"),
    (["forecast", "expectedForms"], 7401, "out-of-range", "forecast.expectedForms"),
    (["forecast", "objectionRate"], 0.0049, "out-of-range", "forecast.objectionRate"),
    (["forecast", "objectionRate"], 0.0251, "out-of-range", "forecast.objectionRate"),
    (["forecast", "objectionRate"], 0, "out-of-range", "forecast.objectionRate"),
    (["forecast", "objectionRate"], -0.018, "out-of-range", "forecast.objectionRate"),
    (["forecast", "objectionRate"], 1.8, "out-of-range", "forecast.objectionRate"),
    (["forecast", "objectionRate"], 1e308, "out-of-range", "forecast.objectionRate"),
]:
    v2(f"range-{slug(path)}-{value}", changed(path, value), 400, code, field)
v2("number-rate-exponent-overflow", v2_text.replace('"objectionRate": 0.018', '"objectionRate": 1e400'), 400,
   "malformed", "*")

# ---- 4. Counts that cannot be: more coded than received, a search below the baseline ------------------------------
def forms_days(*days):
    body = base()
    body["forms"] = [dict(zip(["date", "received", "coded", "scanned", "acknowledged", "queried"], day)) for day in days]
    return body


for name, body in [
    # 27 received in all, 28 coded by the second day.
    ("coded-more-than-received", changed(["forms", 1, "coded"], 16)),
    # Coded before anything came: the first day alone is impossible, whatever follows.
    ("coded-before-received", forms_days(("2026-03-05", 0, 5, 0, 0, 0), ("2026-03-06", 20, 0, 0, 0, 0))),
    # Queried forms are settled too: 18 received, 12 coded and 7 queried on the first day.
    ("queried-past-received", changed(["forms", 0, "queried"], 7)),
    ("scanned-more-than-coded", changed(["forms", 0, "scanned"], 13)),
    # 26 coded in all, 27 acknowledged.
    ("acknowledged-more-than-coded", changed(["forms", 1, "acknowledged"], 17)),
    # The days in another order: the tally is by date, so a later day listed first changes nothing.
    ("coded-more-than-received-days-reversed",
     forms_days(("2026-03-06", 9, 16, 0, 0, 0), ("2026-03-05", 18, 12, 0, 0, 0))),
]:
    v2(f"impossible-{name}", body, 400, "impossible-count", "forms")
# A search below the baseline less withdrawals is not refused here: which search is the baseline follows the window,
# which the region may move after the searches were entered. The app holds each search to it as it is typed.

# ---- 5. Dates and names ----------------------------------------------------------------------------------------------
for path, value, code, field in [
    (["forms", 0, "date"], "2026-02-30", "invalid-value", "forms[0].date"),
    (["forms", 0, "date"], "2026-3-5", "invalid-value", "forms[0].date"),
    (["forms", 0, "date"], "2012-12-31", "out-of-range", "forms[0].date"),
    (["forms", 1, "date"], "2100-01-02", "out-of-range", "forms[1].date"),
    (["searches", 0, "date"], "2025-02-29", "invalid-value", "searches[0].date"),
    (["searches", 0, "date"], "2000-01-03", "out-of-range", "searches[0].date"),
    (["searches", 1, "date"], "2026-03-06T00:00:00Z", "invalid-value", "searches[1].date"),
    (["readiness", "level"], "on track", "invalid-value", "readiness.level"),
    (["readiness", "level"], "ON-TRACK", "invalid-value", "readiness.level"),
    (["readiness", "level"], "on-target", "invalid-value", "readiness.level"),
    # A reason is a kind, never words: whatever was typed stays at the practice.
    (["tasks", 2, "notApplicableReason"], "Mrs Smith asked us not to", "invalid-value", "tasks[2].notApplicableReason"),
    (["tasks", 2, "notApplicableReason"], "done_elsewhere", "invalid-value", "tasks[2].notApplicableReason"),
    (["tasks", 2, "notApplicableReason"], "Done-Elsewhere", "invalid-value", "tasks[2].notApplicableReason"),
    (["tasks", 2, "notApplicableReason"], "", "invalid-value", "tasks[2].notApplicableReason"),
    (["tasks", 2, "notApplicableReason"], "other: the CCG", "invalid-value", "tasks[2].notApplicableReason"),
    # A reason only for a task that does not apply.
    (["tasks", 0, "notApplicableReason"], "other", "invalid-value", "tasks[0].notApplicableReason"),
    (["tasks", 1, "notApplicableReason"], "not-in-pilot", "invalid-value", "tasks[1].notApplicableReason"),
]:
    v2(f"string-{slug(path)}-{len(cases)}", changed(path, value), 400, code, field)

# ---- 6. Unknown fields, version 1's among them, and duplicates -------------------------------------------------------
for path, key, value in [
    ([], "objections", EXAMPLE["objections"]),
    ([], "patientNames", ["A Patient"]),
    (["forms", 0], "names", ["A Patient"]),
    (["forms", 0], "returned", 18),
    (["searches", 1], "nhsNumbers", ["9434765919"]),
    (["searches", 1], "type3", 0),
    (["forecast"], "notes", "rang Mrs Jones"),
    (["forecast"], "expected", 134),
    (["tasks", 2], "notApplicableText", "Mrs Smith asked"),
]:
    where = dotted(path)
    v2(f"unknown-{(where or 'top').replace('.', '-').replace('[', '-').replace(']', '')}-{key}",
       with_key(path, key, value), 400, "unknown-field", f"{where}.{key}" if where else key)
# Version 2's body labelled version 1 is read by version 1's reader, which knows no forms.
v2("version-1-label", changed(["version"], 1), 400, "unknown-field", "forms")
body = base()
body["forms"][1]["date"] = body["forms"][0]["date"]
v2("duplicate-forms-day", body, 400, "duplicate", "forms[1].date")
body = base()
body["searches"].append(dict(body["searches"][1]))
v2("duplicate-search-date", body, 400, "duplicate", "searches[2].date")
body = base()
body["tasks"][3]["id"] = body["tasks"][2]["id"]
v2("duplicate-task-id", body, 400, "duplicate", "tasks[3].id")
dup = v2_text.replace('"forecast": {', '"forecast": {"objectionRate": 0.018, ', 1)
v2("duplicate-key-objection-rate", dup, 400, "invalid-value", "*")
dup = v2_text.replace('"version": 2,', '"version": 2, "version": 1,', 1)
v2("duplicate-key-version", dup, 400, "invalid-value", "*")
dup = v2_text.replace('"forms": [', '"forms": [], "forms": [', 1)
v2("duplicate-key-forms", dup, 400, "invalid-value", "*")

# ---- 7. Too many rows (still under the size limit) -------------------------------------------------------------------
body = base()
start = datetime.date(2014, 1, 6)
body["forms"] = [{"date": (start + datetime.timedelta(days=i)).isoformat(), "received": 0, "coded": 0, "scanned": 0,
                  "acknowledged": 0, "queried": 0} for i in range(401)]
v2("rows-401-form-days", body, 400, "out-of-range", "forms")
body = base()
body["searches"] = [{"date": (start + datetime.timedelta(days=i)).isoformat(), "type1": 0, "type2": 0,
                     "type1Withdrawn": 0, "type2Withdrawn": 0} for i in range(261)]
v2("rows-261-searches", body, 400, "out-of-range", "searches")

# ---- 8. Another practice's code; replays of the accepted example's id with another body; the size limit -----------
v2("practice-same-ccg-B82010", changed(["odsCode"], "B82010"), 403, "wrong-practice", "-")
for name, path, value in [
    ("level-on-track", ["readiness", "level"], "on-track"),
    ("one-more-form", ["forms", 0, "received"], 19),
    ("search-moved", ["searches", 1, "date"], "2026-03-07"),
    ("no-forecast", ["forecast"], None),
    ("other-reason", ["tasks", 2, "notApplicableReason"], "other"),
]:
    body = copy.deepcopy(EXAMPLE_V2)
    if value is None:
        del body[path[0]]
    else:
        holder, key = at(body, path)
        holder[key] = value
    v2(f"replay-{name}", body, 409, "submission-id-reused", "-")
# The accepted example sent as version 1 with the same id: the same submission id, another submission.
v2("replay-as-version-1", copy.deepcopy(EXAMPLE), 409, "submission-id-reused", "-")
body = base()
body["appVersion"] = "X"
text = encode(body).decode()
text = text.replace('"appVersion": "X"', '"appVersion": "' + "X" * (MAX_BODY_BYTES - len(text) + 1) + '"')
assert len(text.encode()) == MAX_BODY_BYTES
v2("size-exactly-the-limit", text, 400, "out-of-range", "appVersion")
text = encode(base()).decode()
v2("size-one-byte-over", text + " " * (MAX_BODY_BYTES + 1 - len(text)), 413, "too-large", "-")


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    names = set()
    lines = ["# file\tstatus\tcode\tfield (- none, * wherever the parser stopped)"]
    for number, (name, data, status, code, field) in enumerate(cases, 1):
        file = f"{number:03d}-{name}" + ("" if name.endswith(".bin") else ".json")
        assert file not in names, file
        names.add(file)
        (OUT / file).write_bytes(data)
        lines.append(f"{file}\t{status}\t{code}\t{field or '-'}")
    (HERE / "submissions.tsv").write_text("\n".join(lines) + "\n")
    print(f"{len(cases)} cases in {OUT}")


main()

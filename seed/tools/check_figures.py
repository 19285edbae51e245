#!/usr/bin/env python3
"""Check Troika's seed data: load seed/nodes/*.csv and seed/relationships/*.csv, recompute every
check of seed/facts.yaml the way its Cypher query under cypher/queries does, and validate the files.

Prints published vs computed for each check; exits 1 on any mismatch or validation error.
Python 3 standard library only (PyYAML, when installed, is used as a cross-check of the YAML reader).

Usage:  python3 seed/tools/check_figures.py
"""
import csv
import datetime
import glob
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

SEED_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO_DIR = os.path.dirname(SEED_DIR)
QUERIES_DIR = os.path.join(REPO_DIR, "cypher", "queries")
# the domain facts live beside the repository (../shared/domain), or where TROIKA_DOMAIN_DIR says
SHARED_CANDIDATES = [os.environ.get("TROIKA_DOMAIN_DIR", ""),
                     os.path.join(os.path.dirname(REPO_DIR), "shared", "domain"),
                     os.path.join(REPO_DIR, "shared", "domain")]

ERRORS = []
NOTES = []


def error(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------------------------------------
# The model (docs/model.md)
# ---------------------------------------------------------------------------------------------
KINDS = {
    "District", "SubDistrict", "PartyWorkingCommittee", "ResidentialPartyOrganisation", "PartyWorkGroup",
    "TemporaryPartyOrganisation", "ResidentsCommittee", "PreparatoryGroup", "VillageCommittee", "Estate",
    "OwnersAssembly", "OwnersCommittee", "PropertyFirm", "Foundation", "ServiceCentre", "StationedUnit",
    "Association", "Institute", "Studio", "Team", "Person", "Grid", "JointMeeting", "Project", "Platform",
    "Policy", "EvaluationSystem", "EvaluationDimension", "GovernmentBody", "CommunityCentre",
}
GROUP = {"PartyWorkingCommittee": "PartyOrganisation", "ResidentialPartyOrganisation": "PartyOrganisation",
         "PartyWorkGroup": "PartyOrganisation", "TemporaryPartyOrganisation": "PartyOrganisation"}
ROLE_LABELS = {"CommitteeMember", "PartyBuildingInstructor", "Volunteer", "YouthCadre", "BuildingGroupLeader"}
COMMON = ["id:ID", ":LABEL", "name", "nameEn", "aliases:string[]", "provenance:string[]"]
AREAS = {"ResidentsCommittee", "VillageCommittee", "PreparatoryGroup"}

ALLOWED = {
    "LOCATED_IN": [({"Estate"}, AREAS), (AREAS, {"SubDistrict"}), ({"SubDistrict"}, {"District"}),
                   ({"Grid", "CommunityCentre"}, {"SubDistrict"})],
    "PART_OF": [({"PartyWorkGroup", "Studio"}, {"OwnersCommittee"}),
                ({"EvaluationDimension"}, {"EvaluationSystem"}), ({"Grid"}, {"Grid"}),
                ({"Team"}, {"SubDistrict"})],
    "LEADS": [({"PartyWorkingCommittee"}, {"SubDistrict", "ResidentialPartyOrganisation", "Team", "Grid"}),
              ({"ResidentialPartyOrganisation"}, AREAS | {"JointMeeting"})],
    "GUIDES": [({"GovernmentBody"}, {"SubDistrict"}),
               ({"ResidentialPartyOrganisation", "Association"}, {"OwnersCommittee"})],
    "SERVES": [({"PropertyFirm"}, {"Estate"})],
    "REPRESENTS": [({"OwnersAssembly", "OwnersCommittee"}, {"Estate"})],
    "ELECTS": [({"OwnersAssembly"}, {"OwnersCommittee"})],
    "MEMBER_OF": [({"Person"}, {"OwnersCommittee", "Team", "TemporaryPartyOrganisation", "Association"})],
    "ASSIGNED_TO": [({"Person"}, {"OwnersCommittee"})],
    "REVIEWS": [({"PartyWorkingCommittee", "ResidentialPartyOrganisation", "GovernmentBody", "Policy"},
                 {"OwnersCommittee"})],
    "MEETS_IN": [({"ResidentialPartyOrganisation", "PropertyFirm", "OwnersCommittee"}, {"JointMeeting"})],
    "CONVENES": [({"JointMeeting"}, {"Estate"})],
    "FUNDS": [({"Foundation", "GovernmentBody"}, {"Project", "Studio"})],
    "INCUBATES": [({"SubDistrict"}, {"Studio"}), ({"Association"}, {"Project"})],
    "EVALUATES": [({"EvaluationSystem"}, {"OwnersCommittee"})],
    "VOLUNTEERS_IN": [({"Person"}, {"ResidentsCommittee", "VillageCommittee"})],
    "ISSUED": [({"SubDistrict", "GovernmentBody"}, {"Policy"})],
    "APPLIES_TO": [({"Policy"}, {"SubDistrict", "PropertyFirm"})],
    "FOUNDED": [({"SubDistrict"}, {"Association", "Institute"}), ({"GovernmentBody"}, {"Platform"})],
    "RUNS": [({"Institute", "Association"}, {"Project"}), ({"ResidentsCommittee"}, {"Platform"})],
    "PILOTED_AT": [({"Platform"}, {"Estate", "ResidentsCommittee"})],
    "TARGETS": [({"Project"}, {"Estate"})],
    "SUPPORTS": [({"Foundation", "ServiceCentre", "StationedUnit", "GovernmentBody"}, {"SubDistrict"}),
                 ({"Institute"}, {"Platform"})],
    "PARTNERS_WITH": [({"GovernmentBody"}, {"Institute", "Platform"}),
                      ({"Institute", "Platform"}, {"GovernmentBody"})],
}
# Patterns outside the model's table that the queries or the brief require; reported, not failed.
EXTENSIONS = {
    ("LOCATED_IN", "TemporaryPartyOrganisation", "ResidentsCommittee"):
        "indicators/temporary-party-organisations reaches them through LOCATED_IN",
    ("LOCATED_IN", "TemporaryPartyOrganisation", "VillageCommittee"):
        "indicators/temporary-party-organisations reaches them through LOCATED_IN",
    ("REVIEWS", "GovernmentBody", "Policy"):
        "facts/reviewers counts the departments that REVIEWS the joint-review policy",
}
EXTRA_PROPERTIES = {("Policy", "topic"): "facts/policies-on-topic reads Policy.topic"}


# ---------------------------------------------------------------------------------------------
# Loading the CSVs
# ---------------------------------------------------------------------------------------------
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def convert(value, typ, where):
    if value == "":
        return None
    if typ.endswith("[]"):
        return [convert(v, typ[:-2], where) for v in value.split(";")]
    try:
        if typ in ("string", ""):
            return value
        if typ in ("int", "long"):
            if not re.match(r"^-?\d+$", value):
                raise ValueError(value)
            return int(value)
        if typ in ("float", "double"):
            return float(value)
        if typ == "boolean":
            if value not in ("true", "false"):
                raise ValueError(value)
            return value == "true"
        if typ == "date":
            if not DATE_RE.match(value):
                raise ValueError(value)
            return datetime.date.fromisoformat(value)
    except ValueError:
        error("%s: %r is not a valid %s" % (where, value, typ))
        return None
    error("%s: unknown type %s" % (where, typ))
    return value


def split_header(col):
    if ":" in col and not col.startswith(":"):
        name, typ = col.split(":", 1)
        return name, typ
    return col, "string"


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        error("%s: has a byte-order mark" % path)
    rows = list(csv.reader(raw.splitlines(True)))
    return rows[0], rows[1:]


NODES = {}   # id -> dict(labels, kind, props, file, raw)
RELS = []    # dict(type, start, end, props, file, raw)


def load():
    node_files = sorted(glob.glob(os.path.join(SEED_DIR, "nodes", "*.csv")))
    rel_files = sorted(glob.glob(os.path.join(SEED_DIR, "relationships", "*.csv")))
    if not node_files or not rel_files:
        error("no CSV files found under seed/nodes or seed/relationships")
    for path in node_files:
        rel_path = os.path.relpath(path, SEED_DIR)
        header, rows = read_csv(path)
        if header[:6] != COMMON:
            error("%s: header must start with %s" % (rel_path, ",".join(COMMON)))
        if "kind" in [split_header(c)[0] for c in header]:
            error("%s: has a kind column (the loader sets kind)" % rel_path)
        cols = [split_header(c) for c in header]
        for line, row in enumerate(rows, start=2):
            where = "%s:%d" % (rel_path, line)
            if len(row) != len(header):
                error("%s: %d cells for %d columns" % (where, len(row), len(header)))
                continue
            nid = row[0]
            labels = row[1].split(";")
            props, raw = {}, {}
            for (name, typ), value in zip(cols[2:], row[2:]):
                raw[name] = value
                v = convert(value, typ, "%s %s" % (where, name))
                if v is not None:
                    props[name] = v
            if nid in NODES:
                error("%s: duplicate id %s (also in %s)" % (where, nid, NODES[nid]["file"]))
                continue
            if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", nid):
                error("%s: id %r is not a lowercase slug" % (where, nid))
            NODES[nid] = dict(labels=labels, kind=labels[0], props=props, file=rel_path, raw=raw)
    for path in rel_files:
        rel_path = os.path.relpath(path, SEED_DIR)
        header, rows = read_csv(path)
        if header[:4] != [":START_ID", ":END_ID", ":TYPE", "provenance:string[]"]:
            error("%s: header must start with :START_ID,:END_ID,:TYPE,provenance:string[]" % rel_path)
        cols = [split_header(c) for c in header]
        for line, row in enumerate(rows, start=2):
            where = "%s:%d" % (rel_path, line)
            if len(row) != len(header):
                error("%s: %d cells for %d columns" % (where, len(row), len(header)))
                continue
            props, raw = {}, {}
            for (name, typ), value in zip(cols[3:], row[3:]):
                raw[name] = value
                v = convert(value, typ, "%s %s" % (where, name))
                if v is not None:
                    props[name] = v
            RELS.append(dict(type=row[2], start=row[0], end=row[1], props=props, file=rel_path,
                             raw=raw, where=where))


# ---------------------------------------------------------------------------------------------
# Graph helpers mirroring the Cypher patterns
# ---------------------------------------------------------------------------------------------
OUT = {}   # (id, type) -> list of (end, rel)
IN = {}    # (id, type) -> list of (start, rel)


def index():
    for r in RELS:
        OUT.setdefault((r["start"], r["type"]), []).append((r["end"], r))
        IN.setdefault((r["end"], r["type"]), []).append((r["start"], r))


def has(nid, label):
    n = NODES.get(nid)
    return n is not None and (label == "Stakeholder" or label in n["labels"])


def prop(nid, name):
    return NODES[nid]["props"].get(name)


def out(nid, rtype):
    return OUT.get((nid, rtype), [])


def inc(nid, rtype):
    return IN.get((nid, rtype), [])


def located_in(nid, lo, hi):
    """Ids reachable from nid through LOCATED_IN in lo..hi hops (LOCATED_IN is checked acyclic)."""
    reached, frontier = set(), {nid}
    if lo == 0:
        reached.add(nid)
    for hop in range(1, hi + 1):
        frontier = {e for f in frontier for e, _ in out(f, "LOCATED_IN")}
        if hop >= lo:
            reached |= frontier
    return reached


def in_scope(nid, scope_id, lo=1, hi=3):
    return scope_id in located_in(nid, lo, hi)


def nodes_with(label):
    return [n for n in NODES if has(n, label)]


def estates_in(scope_id):
    return {e for e in nodes_with("Estate") if in_scope(e, scope_id)}


def committees_in(scope_id):
    """(c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(scope)"""
    est = estates_in(scope_id)
    return {c for c in nodes_with("OwnersCommittee")
            if any(e in est for e, _ in out(c, "REPRESENTS"))}


def has_party_member(c):
    return any(has(p, "Person") and prop(p, "partyMember") is True for p, _ in inc(c, "MEMBER_OF"))


def committee_people(scope_id):
    cs = committees_in(scope_id)
    return {p for p in nodes_with("Person") if any(c in cs for c, _ in out(p, "MEMBER_OF"))}


def q_committees_reviewed_since(scopeId):
    values = [r["props"].get("since") for c in committees_in(scopeId) for _, r in inc(c, "REVIEWS")]
    values = [v for v in values if v is not None]
    return min(values) if values else None


def q_list_size(id, property):
    v = NODES[id]["props"].get(property) if id in NODES else None
    return None if v is None else len(v)


def q_node_property(id, property):
    return NODES[id]["props"].get(property) if id in NODES else None


def q_parts(id):
    return len({p for p, _ in inc(id, "PART_OF")})


def q_policies_on_topic(scopeId, topic):
    return len({p for p, _ in out(scopeId, "ISSUED") if has(p, "Policy") and prop(p, "topic") == topic})


def q_reviewers(id):
    return len({r for r, _ in inc(id, "REVIEWS")})


def q_committee_members(scopeId):
    return len(committee_people(scopeId))


def q_committees_by_stars(scopeId, stars):
    cs = committees_in(scopeId)
    return len({c for c in cs for s, r in inc(c, "EVALUATES")
                if has(s, "EvaluationSystem") and r["props"].get("stars") == stars})


def q_committees_with_instructor(scopeId):
    cs = committees_in(scopeId)
    return len({c for c in cs if any(has(p, "PartyBuildingInstructor") for p, _ in inc(c, "ASSIGNED_TO"))})


def q_committees_with_party_member(scopeId):
    return len({c for c in committees_in(scopeId) if has_party_member(c)})


def q_estates_covered_by_committees(scopeId):
    est = estates_in(scopeId)
    return len({e for e in est if any(has(c, "OwnersCommittee") for c, _ in inc(e, "REPRESENTS"))})


def q_estates_without_committee(scopeId):
    est = estates_in(scopeId)
    return len({e for e in est if not any(has(c, "OwnersCommittee") for c, _ in inc(e, "REPRESENTS"))})


def q_estates(scopeId):
    return len(estates_in(scopeId))


def q_kind_in_scope(scopeId, kind):
    return len({n for n in NODES if NODES[n]["kind"] == kind and in_scope(n, scopeId)})


def q_old_estates(scopeId):
    return len({e for e in estates_in(scopeId) if prop(e, "old") is True})


def q_owners_assemblies(scopeId):
    est = estates_in(scopeId)
    return len({a for a in nodes_with("OwnersAssembly") if any(e in est for e, _ in out(a, "REPRESENTS"))})


def q_owners_committees(scopeId):
    return len(committees_in(scopeId))


def q_party_member_coverage(scopeId):
    cs = committees_in(scopeId)
    if not cs:
        return None
    return 100.0 * len([c for c in cs if has_party_member(c)]) / len(cs)


def q_party_member_share(scopeId):
    people = committee_people(scopeId)
    if not people:
        return None
    return 100.0 * len([p for p in people if prop(p, "partyMember") is True]) / len(people)


def q_party_member_studios(scopeId):
    cs = committees_in(scopeId)
    return len({c for c in cs for s, _ in inc(c, "PART_OF")
                if has(s, "Studio") and prop(s, "studioType") == "party-member"})


def q_party_members_on_committees(scopeId):
    return len({p for p in committee_people(scopeId) if prop(p, "partyMember") is True})


def q_party_work_groups(scopeId):
    cs = committees_in(scopeId)
    return len({c for c in cs if any(has(g, "PartyWorkGroup") for g, _ in inc(c, "PART_OF"))})


def projects_to(scopeId, predicate):
    est = estates_in(scopeId)
    return {p for p in nodes_with("Project") if predicate(p) and any(e in est for e, _ in out(p, "TARGETS"))}


def q_projects_by_type(scopeId, projectType, status):
    return len(projects_to(scopeId, lambda p: prop(p, "projectType") == projectType
                           and (status is None or prop(p, "status") == status)))


def q_property_firms(scopeId):
    est = estates_in(scopeId)
    return len({f for f in nodes_with("PropertyFirm") if any(e in est for e, _ in out(f, "SERVES"))})


def q_red_committees(scopeId):
    cs = committees_in(scopeId)
    return len({c for c in cs for s, r in inc(c, "EVALUATES")
                if has(s, "EvaluationSystem") and r["props"].get("redCommittee") is True})


def renovation_projects(scopeId):
    return sorted(projects_to(scopeId, lambda p: prop(p, "projectType") == "renovation"))


def q_renovated_area(scopeId):
    ps = renovation_projects(scopeId)
    values = [prop(p, "areaM2") for p in ps if prop(p, "areaM2") is not None]
    if not values:
        return None
    # Neo4j adds doubles in an unspecified order: every order must round to the same two decimals.
    sums = set()
    for ordering in (values, list(reversed(values)), sorted(values), sorted(values, reverse=True)):
        total = 0.0
        for v in ordering:
            total += v
        sums.add(round(total, 2))
    if len(sums) != 1:
        error("renovated-area: float sums differ with the order of addition: %s" % sums)
    exact = sum(Decimal(NODES[p]["raw"]["areaM2"]) for p in ps if NODES[p]["raw"]["areaM2"])
    NOTES.append("renovated-area %s: exact decimal sum of %d areas = %s" % (scopeId, len(values), exact))
    return exact


def q_renovated_estates(scopeId):
    est = estates_in(scopeId)
    return len({e for p in nodes_with("Project") if prop(p, "projectType") == "renovation"
                for e, _ in out(p, "TARGETS") if e in est})


def q_team_members(scopeId, teamType):
    teams = {t for t, _ in inc(scopeId, "PART_OF") if has(t, "Team") and prop(t, "teamType") == teamType}
    return len({p for t in teams for p, _ in inc(t, "MEMBER_OF") if has(p, "Person")})


def q_teams_by_type(scopeId, teamType):
    return len({t for t, _ in inc(scopeId, "PART_OF") if has(t, "Team") and prop(t, "teamType") == teamType})


def q_temporary_party_organisations(scopeId):
    return len({t for t in nodes_with("TemporaryPartyOrganisation") if in_scope(t, scopeId)})


def q_volunteers(scopeId):
    return len({v for v in nodes_with("Volunteer")
                if any(scopeId in located_in(x, 0, 2) for x, _ in out(v, "VOLUNTEERS_IN"))})


QUERIES = {name[2:].replace("_", "-"): fn for name, fn in globals().items() if name.startswith("q_")}


# ---------------------------------------------------------------------------------------------
# A reader for the plain block-style YAML of facts.yaml
# ---------------------------------------------------------------------------------------------
def yaml_scalar(text):
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    if text == "[]":
        return []
    if text.startswith("{") and text.endswith("}"):
        result, inner = {}, text[1:-1].strip()
        parts, depth, cur, in_q = [], 0, "", False
        for ch in inner:
            if ch == '"' and (not cur.endswith("\\")):
                in_q = not in_q
            if ch == "," and not in_q:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        if cur.strip():
            parts.append(cur)
        for part in parts:
            k, v = part.split(":", 1)
            result[k.strip()] = yaml_scalar(v)
        return result
    if text in ("null", "~", ""):
        return None
    if text == "true":
        return True
    if text == "false":
        return False
    if re.match(r"^-?\d+$", text):
        return int(text)
    if re.match(r"^-?\d+\.\d+$", text):
        return float(text)
    return text


def parse_yaml(source):
    lines = []
    for raw in source.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        lines.append((len(raw) - len(raw.lstrip(" ")), raw.strip()))

    def block(i, indent):
        if lines[i][1].startswith("- "):
            seq = []
            while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
                # the item is a mapping whose first entry sits on the dash line
                lines[i] = (indent + 2, lines[i][1][2:])
                item, i = mapping(i, indent + 2)
                seq.append(item)
            return seq, i
        return mapping(i, indent)

    def mapping(i, indent):
        m = {}
        while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("- "):
            key, _, rest = lines[i][1].partition(":")
            if rest.strip():
                m[key.strip()] = yaml_scalar(rest)
                i += 1
            else:
                i += 1
                if i < len(lines) and lines[i][0] > indent:
                    m[key.strip()], i = block(i, lines[i][0])
                else:
                    m[key.strip()] = None
        return m, i

    value, i = block(0, lines[0][0])
    if i != len(lines):
        raise ValueError("facts.yaml: could not read line %d: %s" % (i, lines[i][1]))
    return value


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------
def shared_file(name):
    for folder in SHARED_CANDIDATES:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return path
    return None


def validate_graph(fact_ids):
    valid_prov = set(fact_ids) | {"illustrative"}
    for nid, n in NODES.items():
        labels, kind = n["labels"], n["kind"]
        where = "%s %s" % (n["file"], nid)
        if kind not in KINDS:
            error("%s: first label %s is not a kind of the model" % (where, kind))
        if "Stakeholder" in labels:
            error("%s: carries Stakeholder (the loader adds it)" % where)
        expected = [kind] + ([GROUP[kind]] if kind in GROUP else [])
        if labels[:len(expected)] != expected:
            error("%s: labels %s should start with %s" % (where, labels, expected))
        roles = labels[len(expected):]
        if roles and (kind != "Person" or not set(roles) <= ROLE_LABELS):
            error("%s: unexpected labels %s" % (where, roles))
        prov = n["props"].get("provenance") or []
        if not prov:
            error("%s: no provenance" % where)
        for p in prov:
            if p not in valid_prov:
                error("%s: provenance %r is neither a fact id nor 'illustrative'" % (where, p))
        name, name_en = n["props"].get("name") or "", n["props"].get("nameEn") or ""
        if not name or not name_en:
            error("%s: name and nameEn are required" % where)
        if "illustrative" in prov:
            if not name.startswith("示意") or not name_en.startswith("Illustrative"):
                error("%s: illustrative node with a non-illustrative name %r / %r" % (where, name, name_en))
        elif name.startswith("示意") or name_en.startswith("Illustrative"):
            error("%s: documented node named as illustrative" % where)
    files_by_kind = {}
    for nid, n in NODES.items():
        files_by_kind.setdefault(n["file"], set()).add(n["kind"])
    for f, kinds in files_by_kind.items():
        for kind in kinds:
            for col in NODES_HEADERS[f]:
                base = split_header(col)[0]
                if col not in COMMON and (kind, base) in EXTRA_PROPERTIES:
                    NOTES.append("property %s.%s outside the model table: %s"
                                 % (kind, base, EXTRA_PROPERTIES[(kind, base)]))
    seen, extensions = set(), {}
    for r in RELS:
        key = (r["start"], r["type"], r["end"])
        if key in seen:
            error("%s: duplicate relationship %s" % (r["where"], key))
        seen.add(key)
        prov = r["props"].get("provenance") or []
        if not prov:
            error("%s: relationship without provenance" % r["where"])
        for p in prov:
            if p not in valid_prov:
                error("%s: provenance %r is neither a fact id nor 'illustrative'" % (r["where"], p))
        if r["start"] not in NODES or r["end"] not in NODES:
            error("%s: %s -> %s: unknown start or end id" % (r["where"], r["start"], r["end"]))
            continue
        sk, ek = NODES[r["start"]]["kind"], NODES[r["end"]]["kind"]
        if r["type"] not in ALLOWED:
            error("%s: relationship type %s is not in the model" % (r["where"], r["type"]))
            continue
        if not any(sk in a and ek in b for a, b in ALLOWED[r["type"]]):
            ext = (r["type"], sk, ek)
            if ext in EXTENSIONS:
                extensions[ext] = extensions.get(ext, 0) + 1
            else:
                error("%s: %s from %s to %s is not in the model" % (r["where"], r["type"], sk, ek))
        if r["type"] == "ASSIGNED_TO" and not has(r["start"], "PartyBuildingInstructor"):
            error("%s: ASSIGNED_TO from a person without PartyBuildingInstructor" % r["where"])
        if r["type"] == "VOLUNTEERS_IN" and not has(r["start"], "Volunteer"):
            error("%s: VOLUNTEERS_IN from a person without Volunteer" % r["where"])
        if r["type"] == "MEMBER_OF" and ek == "OwnersCommittee" and not has(r["start"], "CommitteeMember"):
            error("%s: committee member without CommitteeMember" % r["where"])
        if r["type"] == "PART_OF" and sk == "Studio" and prop(r["start"], "studioType") != "party-member":
            error("%s: only party-member studios are PART_OF a committee" % r["where"])
    for (t, sk, ek), count in sorted(extensions.items()):
        NOTES.append("%d x %s from %s to %s, outside the model table: %s"
                     % (count, t, sk, ek, EXTENSIONS[(t, sk, ek)]))
    # LOCATED_IN must be acyclic for *1..3 to mean containment.
    for nid in NODES:
        if nid in located_in(nid, 1, 6):
            error("LOCATED_IN cycle through %s" % nid)


def validate_facts(data, fact_ids):
    facts = data.get("facts") or []
    ids = [f.get("id") for f in facts]
    if fact_ids and sorted(ids) != sorted(fact_ids):
        error("facts.yaml ids %s differ from FACTS.md ids %s" % (ids, sorted(fact_ids)))
    if len(ids) != len(set(ids)):
        error("facts.yaml: duplicate fact ids")
    names = set()
    for f in facts:
        for key in ("case", "statement", "statementZh", "checks"):
            if f.get(key) is None or f.get(key) == "":
                error("facts.yaml %s: missing %s" % (f.get("id"), key))
        if f.get("case") not in ("xianxia", "yingpu"):
            error("facts.yaml %s: case must be xianxia or yingpu" % f.get("id"))
        for c in f.get("checks") or []:
            if c["name"] in names:
                error("facts.yaml: duplicate check name %s" % c["name"])
            names.add(c["name"])
            for key in ("statement", "statementZh", "query", "params", "published", "format", "unit"):
                if key not in c:
                    error("facts.yaml %s: missing %s" % (c["name"], key))
            path = os.path.join(QUERIES_DIR, c["query"] + ".cypher")
            if not os.path.exists(path):
                error("facts.yaml %s: no query file %s" % (c["name"], path))
                continue
            with open(path, encoding="utf-8") as qf:
                declared = re.findall(r"^//\s*:param\s+(\w+)", qf.read(), re.M)
            missing = [p for p in declared if p not in c["params"]]
            extra = [p for p in c["params"] if p not in declared]
            if missing or extra:
                error("facts.yaml %s: params %s, the query declares %s" % (c["name"], c["params"], declared))
    return facts


def longest_common(a, b):
    """Length of the longest common substring (for the own-words check)."""
    best, prev = 0, [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, ch2 in enumerate(b, start=1):
            if ch == ch2:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def validate_own_words(facts):
    path = shared_file("source-article.zh.txt")
    if not path:
        NOTES.append("source article not found: own-words check skipped")
        return
    with open(path, encoding="utf-8") as f:
        article = re.sub(r"\s", "", f.read())
    # Node names are left out: documented entities keep their proper names (institute, policy titles).
    limit = 15
    texts = [(f["id"], f["statementZh"]) for f in facts]
    texts += [(c["name"], c["statementZh"]) for f in facts for c in f.get("checks") or []]
    worst = 0
    for key, text in texts:
        n = longest_common(re.sub(r"\s", "", text), article)
        worst = max(worst, n)
        if n >= limit:
            error("%s: shares %d consecutive characters with the source article" % (key, n))
    NOTES.append("own words: longest run shared with the article is %d characters (limit %d)" % (worst, limit))


# ---------------------------------------------------------------------------------------------
# Comparing figures
# ---------------------------------------------------------------------------------------------
def agrees(fmt, published, computed):
    if computed is None:
        return False, "null"
    if fmt in ("integer", "year"):
        ok = not isinstance(computed, bool) and float(computed) == float(published) \
            and float(computed).is_integer()
        return ok, str(computed)
    if fmt == "more-than":
        return computed > published, str(computed)
    places = {"decimal2": Decimal("0.01"), "percent1": Decimal("0.1")}.get(fmt)
    if places is None:
        return False, "unknown format %s" % fmt
    value = computed if isinstance(computed, Decimal) else Decimal(repr(float(computed)))
    shown = value.quantize(places, rounding=ROUND_HALF_UP)
    return shown == Decimal(repr(published)).quantize(places), "%s (%s)" % (shown, computed)


NODES_HEADERS = {}


def main():
    load()
    for path in glob.glob(os.path.join(SEED_DIR, "nodes", "*.csv")):
        NODES_HEADERS[os.path.relpath(path, SEED_DIR)] = read_csv(path)[0]
    index()

    facts_md = shared_file("FACTS.md")
    fact_ids = []
    if facts_md:
        with open(facts_md, encoding="utf-8") as f:
            fact_ids = re.findall(r"^\|\s*(F\d\d)\s*\|", f.read(), re.M)
    else:
        NOTES.append("FACTS.md not found: fact ids not cross-checked")

    with open(os.path.join(SEED_DIR, "facts.yaml"), encoding="utf-8") as f:
        source = f.read()
    data = parse_yaml(source)
    try:
        import yaml  # optional cross-check
        if yaml.safe_load(source) != data:
            error("facts.yaml: the built-in reader and PyYAML disagree")
    except ImportError:
        pass
    facts = validate_facts(data, fact_ids)
    validate_graph(fact_ids or [f["id"] for f in facts])
    validate_own_words(facts)

    mismatches = 0
    checks = 0
    print("%-45s %-10s %14s  %s" % ("check", "format", "published", "computed"))
    for f in facts:
        for c in f.get("checks") or []:
            checks += 1
            fn = QUERIES.get(c["query"].split("/", 1)[1])
            if fn is None:
                error("%s: no implementation for %s" % (c["name"], c["query"]))
                continue
            try:
                computed = fn(**c["params"])
            except TypeError as e:
                error("%s: %s" % (c["name"], e))
                continue
            ok, shown = agrees(c["format"], c["published"], computed)
            if not ok:
                mismatches += 1
            print("%-45s %-10s %14s  %s %s" % (c["name"], c["format"], c["published"], shown,
                                              "ok" if ok else "MISMATCH"))
    print()
    print("nodes: %d, relationships: %d, facts: %d, checks: %d" % (len(NODES), len(RELS), len(facts), checks))
    for note in NOTES:
        print("note: " + note)
    for e in ERRORS:
        print("ERROR: " + e)
    if mismatches or ERRORS:
        print("%d passed, %d failed" % (checks - mismatches, mismatches + len(ERRORS)))
        return 1
    print("%d passed, 0 failed" % checks)
    return 0


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.exit(main())

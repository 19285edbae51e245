#!/usr/bin/env python3
"""Generate Troika's seed data: seed/nodes/*.csv, seed/relationships/*.csv and seed/facts.yaml.

Deterministic: every choice comes from random.Random with a fixed seed, so running the script again
rewrites byte-identical files. Python 3 standard library only.

Documented entities (named in shared/domain/FACTS.md) carry the fact ids they rest on as provenance.
Illustrative entities fill the published counts; their provenance is `illustrative` plus the fact
ids whose counts they fill, and their names say so (`示意小区 仙霞-01` / `Illustrative estate Xianxia-01`).

Usage:  python3 seed/tools/generate_illustrative.py        (from anywhere)
"""
import csv
import datetime
import os
import random
from decimal import Decimal

SEED_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NODES_DIR = os.path.join(SEED_DIR, "nodes")
RELS_DIR = os.path.join(SEED_DIR, "relationships")

# ---------------------------------------------------------------------------------------------
# Column layout (docs/model.md). Every node file starts with the common columns, then the kind's own.
# ---------------------------------------------------------------------------------------------
COMMON_NODE_COLUMNS = ["id:ID", ":LABEL", "name", "nameEn", "aliases:string[]", "provenance:string[]"]

KIND_COLUMNS = {
    "District": [],
    "SubDistrict": ["areaKm2:float", "population:int"],
    "PartyWorkingCommittee": [],
    "ResidentialPartyOrganisation": ["form"],
    "PartyWorkGroup": [],
    "TemporaryPartyOrganisation": [],
    "ResidentsCommittee": [],
    "PreparatoryGroup": [],
    "VillageCommittee": [],
    "Estate": ["old:boolean", "militaryFamilies:boolean"],
    "OwnersAssembly": [],
    "OwnersCommittee": [],
    "PropertyFirm": [],
    "Foundation": [],
    "ServiceCentre": [],
    "StationedUnit": [],
    "Association": ["founded:int", "workAreas:string[]"],
    "Institute": ["founded:int"],
    "Studio": ["studioType"],
    "Team": ["teamType"],
    # `phone` is personal data; a few illustrative members carry plainly fake numbers so that masking shows.
    "Person": ["partyMember:boolean", "phone"],
    "Grid": ["level:int"],
    "JointMeeting": [],
    "Project": ["projectType", "status", "areaM2:double", "sessions:int", "plannedSignings:int", "year:int"],
    "Platform": ["since:int", "scenarios:string[]", "scenarioCount:int", "difficulties:string[]"],
    # `topic` is not in the model's table but facts/policies-on-topic.cypher reads it.
    "Policy": ["since:int", "threshold:double", "topic"],
    "EvaluationSystem": ["edition"],
    "EvaluationDimension": [],
    "GovernmentBody": [],
    "CommunityCentre": [],
}

GROUP_LABEL = {
    "PartyWorkingCommittee": "PartyOrganisation",
    "ResidentialPartyOrganisation": "PartyOrganisation",
    "PartyWorkGroup": "PartyOrganisation",
    "TemporaryPartyOrganisation": "PartyOrganisation",
}

REL_COLUMNS = {
    "LOCATED_IN": [],
    "PART_OF": [],
    "LEADS": [],
    "GUIDES": [],
    "SERVES": ["since:date", "until:date"],
    "REPRESENTS": [],
    "ELECTS": ["since:date", "until:date"],
    "MEMBER_OF": ["role", "since:date", "until:date"],
    "ASSIGNED_TO": ["since:date"],
    "REVIEWS": ["since:int"],
    "MEETS_IN": [],
    "CONVENES": [],
    "FUNDS": [],
    "INCUBATES": [],
    "EVALUATES": ["stars:int", "redCommittee:boolean", "version", "year:int"],
    "VOLUNTEERS_IN": [],
    "ISSUED": ["year:int"],
    "APPLIES_TO": [],
    "FOUNDED": ["year:int"],
    "RUNS": [],
    "PILOTED_AT": ["year:int"],
    "TARGETS": [],
    "SUPPORTS": [],
    "PARTNERS_WITH": [],
}

# File name for each kind (one file per kind).
def kind_file(kind):
    out = []
    for i, ch in enumerate(kind):
        if ch.isupper() and i > 0:
            out.append("-")
        out.append(ch.lower())
    return "".join(out) + ".csv"


def rel_file(rel_type):
    return rel_type.lower().replace("_", "-") + ".csv"


# ---------------------------------------------------------------------------------------------
# Graph under construction
# ---------------------------------------------------------------------------------------------
NODES = {}        # id -> dict(kind, labels, name, nameEn, aliases, provenance, props)
NODE_ORDER = []
RELS = []         # dicts(type, start, end, provenance, props)
REL_KEYS = set()


FAKE_PHONES = {
    "xianxia-member-001": {"phone": "13800000001"},
    "xianxia-member-002": {"phone": "13800000002"},
    "xianxia-member-003": {"phone": "021-00000003"},
}


def node(kind, node_id, name, name_en, provenance, aliases=(), roles=(), **props):
    if node_id in NODES:
        raise ValueError("duplicate id " + node_id)
    unknown = set(props) - {c.split(":")[0] for c in KIND_COLUMNS[kind]}
    if unknown:
        raise ValueError("%s: properties %s not columns of %s" % (node_id, unknown, kind))
    labels = [kind]
    if kind in GROUP_LABEL:
        labels.append(GROUP_LABEL[kind])
    labels.extend(roles)
    NODES[node_id] = dict(kind=kind, labels=labels, name=name, nameEn=name_en,
                          aliases=list(aliases), provenance=list(provenance), props=props)
    NODE_ORDER.append(node_id)
    return node_id


def rel(rel_type, start, end, provenance, **props):
    key = (start, rel_type, end)
    if key in REL_KEYS:
        raise ValueError("duplicate relationship %s" % (key,))
    unknown = set(props) - {c.split(":")[0] for c in REL_COLUMNS[rel_type]}
    if unknown:
        raise ValueError("%s: properties %s not columns of %s" % (key, unknown, rel_type))
    REL_KEYS.add(key)
    RELS.append(dict(type=rel_type, start=start, end=end, provenance=list(provenance), props=props))


ILL = "illustrative"


def ill(*facts):
    return [ILL] + list(facts)


def d(y, m, day):
    return datetime.date(y, m, day)


def random_date(rng, start, end):
    span = (end - start).days
    return start + datetime.timedelta(days=rng.randint(0, span))


def plus_years_minus_day(date, years):
    try:
        later = date.replace(year=date.year + years)
    except ValueError:  # 29 February
        later = date.replace(year=date.year + years, day=28)
    return later - datetime.timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# Case A: Xianxia Xincun sub-district, Changning District
# ---------------------------------------------------------------------------------------------
def build_xianxia():
    rng = random.Random(20220601)

    node("District", "changning", "长宁区", "Changning District", ["F01", "F03"],
         aliases=["长宁", "Changning"])
    node("SubDistrict", "xianxia", "仙霞新村街道", "Xianxia Xincun Sub-district", ["F01", "F02"],
         aliases=["仙霞街道", "仙霞", "仙霞新村", "Xianxia"], areaKm2="2.26", population="81000")
    rel("LOCATED_IN", "xianxia", "changning", ["F01"])

    node("PartyWorkingCommittee", "xianxia-party-working-committee", "仙霞新村街道党工委",
         "Xianxia Sub-district Party Working Committee", ["F04"],
         aliases=["仙霞街道党工委", "街道党工委"])
    rel("LEADS", "xianxia-party-working-committee", "xianxia", ["F04"])

    # Government bodies (F03, F10, F16)
    node("GovernmentBody", "changning-organisation-department", "长宁区委组织部",
         "Organisation Department of the Changning District Party Committee", ["F03"],
         aliases=["区委组织部", "长宁区委组织部"])
    node("GovernmentBody", "changning-housing-bureau", "长宁区房屋管理局",
         "Changning District Housing Administration Bureau", ["F03"],
         aliases=["区房管局", "长宁区房管局"])
    rel("GUIDES", "changning-organisation-department", "xianxia", ["F03"])
    rel("GUIDES", "changning-housing-bureau", "xianxia", ["F03"])
    node("GovernmentBody", "shanghai-housing-administration", "上海市房屋管理局",
         "Shanghai Municipal Housing Administration", ["F10"], aliases=["市房管局"])
    node("GovernmentBody", "shanghai-economy-informatisation-commission", "上海市经济和信息化委员会",
         "Shanghai Municipal Commission of Economy and Informatisation", ["F16"],
         aliases=["市经信委"])

    # Policies of F04 (vetting) and the municipal standard of F10
    node("Policy", "xianxia-vetting-principle-1234", "“一二三四”党组织把关原则",
         "\"1-2-3-4\" party vetting principle", ["F04"],
         aliases=["一二三四", "1-2-3-4"], since="2020", topic="committee-re-election")
    node("Policy", "xianxia-personnel-review-8756", "“八七五六”人员审核做法",
         "\"8-7-5-6\" personnel review", ["F04"],
         aliases=["八七五六", "8-7-5-6"], since="2020", topic="committee-re-election")
    for pid in ("xianxia-vetting-principle-1234", "xianxia-personnel-review-8756"):
        rel("ISSUED", "xianxia", pid, ["F04"])
        rel("APPLIES_TO", pid, "xianxia", ["F04"])
    node("Policy", "shanghai-committee-operation-standard", "业委会规范化运行评估标准(市房管局)",
         "Municipal standard for evaluating owners'-committee operation", ["F10"],
         aliases=["市房管局评估标准"], topic="committee-evaluation")
    rel("ISSUED", "shanghai-housing-administration", "shanghai-committee-operation-standard", ["F10"])
    rel("APPLIES_TO", "shanghai-committee-operation-standard", "xianxia", ["F10"])

    # Residents' committees (12, one documented) and their party organisations
    rcs = ["xianxia-hongxu"] + ["xianxia-rc-%02d" % i for i in range(1, 12)]
    node("ResidentsCommittee", "xianxia-hongxu", "虹旭居民区", "Hongxu residential area",
         ["F17"], aliases=["虹旭", "虹旭居委会", "Hongxu"])
    rel("LOCATED_IN", "xianxia-hongxu", "xianxia", ["F17"])
    for i in range(1, 12):
        rid = "xianxia-rc-%02d" % i
        node("ResidentsCommittee", rid, "示意居委会 仙霞-%02d" % i,
             "Illustrative residents' committee Xianxia-%02d" % i, ill("F02"))
        rel("LOCATED_IN", rid, "xianxia", ill("F02"))
    rpo_of_rc = {}
    for rid in rcs:
        if rid == "xianxia-hongxu":
            pid, label, label_en = "xianxia-rpo-hongxu", "虹旭", "Hongxu"
        else:
            num = rid.rsplit("-", 1)[1]
            pid, label, label_en = "xianxia-rpo-" + num, "仙霞-" + num, "Xianxia-" + num
        form = "general branch" if rng.random() < 0.5 else "branch"
        node("ResidentialPartyOrganisation", pid, "示意居民区党组织 " + label,
             "Illustrative residential party organisation " + label_en, ill("F04"), form=form)
        rel("LEADS", pid, rid, ill("F04"))
        rel("LEADS", "xianxia-party-working-committee", pid, ill("F04"))
        rpo_of_rc[rid] = pid

    # Estates: 75 natural estates (F02). 12 RCs: three hold 7 estates, nine hold 6.
    estate_ids = []
    estate_rc = {}
    sizes = [7, 7, 7] + [6] * 9
    illustrative_no = 0
    military = []
    old_flags = [True] * 60 + [False] * 12   # for the 72 civilian illustrative estates
    rng.shuffle(old_flags)
    civilian_no = 0
    for rc_index, rid in enumerate(rcs):
        for k in range(sizes[rc_index]):
            if rid == "xianxia-rc-04" and k == 0:
                eid = node("Estate", "xianxia-changfu", "长福公寓", "Changfu Apartments", ["F16"],
                           aliases=["长福", "Changfu"], militaryFamilies="false")
                # Which residents' committee holds Changfu Apartments is not documented.
                rel("LOCATED_IN", eid, rid, ill("F16"))
            else:
                illustrative_no += 1
                eid = "xianxia-estate-%02d" % illustrative_no
                is_military = rid == "xianxia-rc-11" and k >= sizes[rc_index] - 2
                if is_military:
                    node("Estate", eid, "示意小区 仙霞-%02d(部队家属)" % illustrative_no,
                         "Illustrative estate Xianxia-%02d (military families)" % illustrative_no,
                         ill("F02"), old="true", militaryFamilies="true")
                    military.append(eid)
                else:
                    node("Estate", eid, "示意小区 仙霞-%02d" % illustrative_no,
                         "Illustrative estate Xianxia-%02d" % illustrative_no,
                         ill("F01", "F02"), old="true" if old_flags[civilian_no] else "false",
                         militaryFamilies="false")
                    civilian_no += 1
                rel("LOCATED_IN", eid, rid, ill("F02"))
            estate_ids.append(eid)
            estate_rc[eid] = rid
    assert len(estate_ids) == 75 and len(military) == 2 and illustrative_no == 74

    # Owners' assemblies and committees: 72, covering the 73 civilian estates; committee 01 covers two.
    civilian = [e for e in estate_ids if e not in military]
    assert len(civilian) == 73
    committee_estates = [[civilian[0], civilian[1]]] + [[e] for e in civilian[2:]]
    assert len(committee_estates) == 72
    committees = []
    committee_rc = {}
    term = {}
    for i, estates in enumerate(committee_estates, start=1):
        oc, oa = "xianxia-oc-%02d" % i, "xianxia-oa-%02d" % i
        node("OwnersAssembly", oa, "示意业主大会 仙霞-%02d" % i,
             "Illustrative owners' assembly Xianxia-%02d" % i, ill("F02"))
        node("OwnersCommittee", oc, "示意业委会 仙霞-%02d" % i,
             "Illustrative owners' committee Xianxia-%02d" % i, ill("F02", "F05"))
        for e in estates:
            rel("REPRESENTS", oa, e, ill("F02"))
            rel("REPRESENTS", oc, e, ill("F02"))
        since = random_date(rng, d(2020, 3, 1), d(2022, 12, 31))
        until = plus_years_minus_day(since, 5)
        term[oc] = (since, until)
        rel("ELECTS", oa, oc, ill("F02"), since=since.isoformat(), until=until.isoformat())
        rc = estate_rc[estates[0]]
        committee_rc[oc] = rc
        rel("GUIDES", rpo_of_rc[rc], oc, ill("F04"))
        # F04: every re-election since 2020 passed the review led by the party working committee
        # and the residential-area party organisations.
        rel("REVIEWS", "xianxia-party-working-committee", oc, ill("F04"), since="2020")
        rel("REVIEWS", rpo_of_rc[rc], oc, ill("F04"), since="2020")
        committees.append(oc)

    # Members: 369 in all (F05 derived), 203 party members, 68 committees with at least one (F06).
    sizes = [5] * 66 + [7] * 3 + [6] * 3
    rng.shuffle(sizes)
    size_of = dict(zip(committees, sizes))
    assert sum(sizes) == 369
    five = [c for c in committees if size_of[c] == 5]
    no_party = sorted(rng.sample(five, 4))
    party_count = {c: (0 if c in no_party else 1) for c in committees}
    remaining = 203 - sum(party_count.values())
    while remaining:
        c = rng.choice([c for c in committees
                        if c not in no_party and party_count[c] < size_of[c]])
        party_count[c] += 1
        remaining -= 1
    person_no = 0
    for oc in committees:
        since, until = term[oc]
        n, p = size_of[oc], party_count[oc]
        deputies = 2 if n >= 7 else 1
        for k in range(n):
            person_no += 1
            pid = "xianxia-member-%03d" % person_no
            node("Person", pid, "示意委员 仙霞-%03d" % person_no,
                 "Illustrative member Xianxia-%03d" % person_no, ill("F05", "F06"),
                 roles=["CommitteeMember"], partyMember="true" if k < p else "false",
                 **FAKE_PHONES.get(pid, {}))
            role = "director" if k == 0 else ("deputy-director" if k <= deputies else "member")
            rel("MEMBER_OF", pid, oc, ill("F05"), role=role,
                since=since.isoformat(), until=until.isoformat())
    assert person_no == 369

    covered = [c for c in committees if party_count[c] > 0]
    # Party work groups (F07) in committees with at least two party members.
    candidates = [c for c in covered if party_count[c] >= 2]
    pwg = sorted(rng.sample(candidates, 38))
    for oc in pwg:
        num = oc.rsplit("-", 1)[1]
        gid = "xianxia-pwg-" + num
        node("PartyWorkGroup", gid, "示意党的工作小组 仙霞-%s" % num,
             "Illustrative party work group Xianxia-%s" % num, ill("F07"))
        rel("PART_OF", gid, oc, ill("F07"))
    # Party-member studios (F08), among the committees with a work group.
    studios = sorted(rng.sample(pwg, 7))
    for oc in studios:
        num = oc.rsplit("-", 1)[1]
        sid = "xianxia-studio-" + num
        node("Studio", sid, "示意党员业委会工作室 仙霞-%s" % num,
             "Illustrative party-member committee studio Xianxia-%s" % num, ill("F08"),
             studioType="party-member")
        rel("PART_OF", sid, oc, ill("F08"))
    # Party-building instructors (F09): 27 people, one committee each.
    instructed = sorted(rng.sample(committees, 27))
    for n_, oc in enumerate(instructed, start=1):
        pid = "xianxia-instructor-%02d" % n_
        node("Person", pid, "示意党建指导员 仙霞-%02d" % n_,
             "Illustrative party-building instructor Xianxia-%02d" % n_, ill("F09"),
             roles=["PartyBuildingInstructor"], partyMember="true")
        rel("ASSIGNED_TO", pid, oc, ill("F09"),
            since=random_date(rng, d(2020, 1, 1), d(2022, 6, 30)).isoformat())

    # Evaluation system (F10) with five dimensions; red committees (F11) and stars (F12).
    node("EvaluationSystem", "xianxia-evaluation-system", "业主自治指标体系和评估标准",
         "Owners' self-governance indicators and evaluation standard", ["F10", "F11", "F12"],
         aliases=["红色业委会评估体系", "业主自治指标体系", "评估标准"], edition="1.0")
    dims = [
        ("party-leadership", "党建引领作用", "Party-building leadership"),
        ("institutional-standardisation", "制度规范化建设", "Institutional standardisation"),
        ("overall-effectiveness", "整体工作效能", "Overall effectiveness"),
        ("social-evaluation", "社会评估", "Social evaluation"),
        ("innovative-mechanisms", "创新工作机制", "Innovative mechanisms"),
    ]
    for slug, zh, en in dims:
        did = "xianxia-dimension-" + slug
        node("EvaluationDimension", did, "评估维度:" + zh, "Evaluation dimension: " + en, ["F10"])
        rel("PART_OF", did, "xianxia-evaluation-system", ["F10"])
    red = sorted(rng.sample(pwg, 20))
    four = set(rng.sample(red, 7))
    for oc in red:
        rel("EVALUATES", "xianxia-evaluation-system", oc, ill("F11", "F12"),
            stars="4" if oc in four else "3", redCommittee="true", version="1.0")

    # Promotion association (F13) and its first council president.
    node("Association", "xianxia-association", "仙霞新村街道业主自治促进会",
         "Xianxia Owners' Self-Governance Promotion Association", ["F10", "F13"],
         aliases=["促进会", "业主自治促进会", "仙霞业主自治促进会"], founded="2019",
         workAreas=["党建引领阵地建设", "政策法规宣传落实", "业务能力提升",
                    "疑难问题研讨", "监督管理渠道拓展", "队伍建设"])
    rel("FOUNDED", "xianxia", "xianxia-association", ["F13"], year="2019")
    node("Person", "xianxia-pan-yueyun", "潘月云", "Pan Yueyun", ["F13"], partyMember="true")
    rel("MEMBER_OF", "xianxia-pan-yueyun", "xianxia-association", ["F13"], role="president")
    node("Project", "xianxia-evaluation-venture", "红色业委会评估体系公益创投项目",
         "Public-welfare venture project for the red-committee evaluation system", ["F10"],
         aliases=["区公益创投项目"], projectType="venture")
    rel("RUNS", "xianxia-association", "xianxia-evaluation-venture", ["F10"])

    # Institute (F14) and its training (F15).
    node("Institute", "xianxia-institute", "上海长宁新时代业主自治研修院",
         "Shanghai Changning New Era Owners' Self-Governance Institute", ["F14", "F15"],
         aliases=["研修院", "业主自治研修院", "新时代业主自治研修院"], founded="2020")
    rel("FOUNDED", "xianxia", "xianxia-institute", ["F14"], year="2020")
    node("Project", "xianxia-institute-new-member-classes", "新任业委会成员研修班",
         "Classes for newly elected owners'-committee members", ["F15"],
         projectType="training", sessions="2")
    node("Project", "xianxia-institute-elevator-station-training", "居民区加梯指导站培训班",
         "Training for residential-area elevator-retrofit guidance stations", ["F15"],
         projectType="training", sessions="53")
    rel("RUNS", "xianxia-institute", "xianxia-institute-new-member-classes", ["F15"])
    rel("RUNS", "xianxia-institute", "xianxia-institute-elevator-station-training", ["F15"])

    # Online voting (F16).
    node("Platform", "xianxia-online-voting", "业委会线上表决平台",
         "Owners' online voting platform", ["F16"],
         aliases=["线上表决", "区块链投票", "DID投票"],
         difficulties=["双三分之二门槛", "身份核验", "隐私保护", "法律效力",
                       "结果真实有效", "一键办理"])
    rel("PILOTED_AT", "xianxia-online-voting", "xianxia-changfu", ["F16"])
    rel("PARTNERS_WITH", "shanghai-economy-informatisation-commission", "xianxia-online-voting", ["F16"])
    rel("SUPPORTS", "xianxia-institute", "xianxia-online-voting", ["F16"])

    # Hongxu digital platform (F17).
    node("Platform", "hongxu-e-home", "虹旭乐享e家园", "Hongxu Happy e-Home", ["F17"],
         aliases=["乐享e家园", "e家园"], since="2021", scenarioCount="10",
         scenarios=["党建学习", "居民信息档案", "车位动态监测", "意见建议征集",
                    "议事通知", "治理项目进度公示", "物业报修与评价", "人民意见征集"])
    rel("RUNS", "xianxia-hongxu", "hongxu-e-home", ["F17"])
    rel("PILOTED_AT", "hongxu-e-home", "xianxia-hongxu", ["F17"], year="2021")

    # Property firms (illustrative): 8 firms; every estate with a committee has one.
    firms = ["xianxia-firm-%d" % i for i in range(1, 9)]
    for i, fid in enumerate(firms, start=1):
        node("PropertyFirm", fid, "示意物业 仙霞-%d" % i,
             "Illustrative property firm Xianxia-%d" % i, ill())
    shuffled = list(civilian)
    rng.shuffle(shuffled)
    for k, e in enumerate(shuffled):
        fid = firms[k % len(firms)]
        since = random_date(rng, d(2018, 1, 1), d(2022, 6, 30))
        rel("SERVES", fid, e, ill(), since=since.isoformat(),
            until=plus_years_minus_day(since, 3).isoformat())


# ---------------------------------------------------------------------------------------------
# Case B: Yingpu sub-district, Qingpu District
# ---------------------------------------------------------------------------------------------
def renovation_areas(rng, count=27, total=Decimal("636381.26")):
    """Areas with two decimals summing exactly to total. All but the last are multiples of 0.25
    (exact in binary floating point), so a float sum lands on the published figure."""
    while True:
        values = [Decimal(rng.randint(40000, 180000)) / 4 for _ in range(count - 1)]
        last = total - sum(values)
        if Decimal("9000") <= last <= Decimal("45000"):
            values.append(last)
            break
    rng.shuffle(values)
    assert sum(values) == total
    return ["%.2f" % v for v in values]


def build_yingpu():
    rng = random.Random(20220715)

    node("District", "qingpu", "青浦区", "Qingpu District", ["F20"], aliases=["青浦", "Qingpu"])
    node("SubDistrict", "yingpu", "盈浦街道", "Yingpu Sub-district", ["F20", "F21", "F22"],
         aliases=["盈浦", "Yingpu"])
    rel("LOCATED_IN", "yingpu", "qingpu", ["F20"])
    node("PartyWorkingCommittee", "yingpu-party-working-committee", "盈浦街道党工委",
         "Yingpu Sub-district Party Working Committee", ["F23", "F26"],
         aliases=["盈浦街道党工委", "街道党工委"])
    rel("LEADS", "yingpu-party-working-committee", "yingpu", ["F23"])

    # 28 residents' committees (one documented), 3 preparatory groups, 5 village committees (F20).
    units = []   # (id, kind, party organisation id, label zh, label en)
    node("ResidentsCommittee", "yingpu-chengbei", "城北社区", "Chengbei community",
         ["F20", "F32"], aliases=["城北", "城北居委会", "Chengbei"])
    units.append(("yingpu-chengbei", "ResidentsCommittee", "yingpu-rpo-chengbei", "城北", "Chengbei"))
    for i in range(1, 28):
        uid = "yingpu-rc-%02d" % i
        node("ResidentsCommittee", uid, "示意居委会 盈浦-%02d" % i,
             "Illustrative residents' committee Yingpu-%02d" % i, ill("F20"))
        units.append((uid, "ResidentsCommittee", "yingpu-rpo-%02d" % i,
                      "盈浦-%02d" % i, "Yingpu-%02d" % i))
    for i in range(1, 4):
        uid = "yingpu-pg-%d" % i
        node("PreparatoryGroup", uid, "示意居委会筹建组 盈浦-%d" % i,
             "Illustrative preparatory group Yingpu-%d" % i, ill("F20"))
        units.append((uid, "PreparatoryGroup", "yingpu-rpo-pg-%d" % i,
                      "盈浦筹建组-%d" % i, "Yingpu preparatory group %d" % i))
    for i in range(1, 6):
        uid = "yingpu-vc-%d" % i
        node("VillageCommittee", uid, "示意村委会 盈浦-%d" % i,
             "Illustrative village committee Yingpu-%d" % i, ill("F20"))
        units.append((uid, "VillageCommittee", "yingpu-rpo-vc-%d" % i,
                      "盈浦村-%d" % i, "Yingpu village %d" % i))
    rpo_of = {}
    for uid, kind, pid, label, label_en in units:
        rel("LOCATED_IN", uid, "yingpu", ["F20"] if uid == "yingpu-chengbei" else ill("F20"))
        if kind == "VillageCommittee":
            form = "village branch"
        else:
            form = "general branch" if rng.random() < 0.4 else "branch"
        node("ResidentialPartyOrganisation", pid, "示意居民区党组织 " + label,
             "Illustrative residential party organisation " + label_en, ill("F23", "F26"), form=form)
        rel("LEADS", pid, uid, ill("F26"))
        rel("LEADS", "yingpu-party-working-committee", pid, ill("F23"))
        rpo_of[uid] = pid

    # 162 estates (F21): Chengbei 6, 25 RCs 5 and 2 RCs 6, preparatory groups 3, villages 2.
    per_unit = {"yingpu-chengbei": 6}
    units = [(u[0], u[1]) for u in units]
    rc_others = [u for u, k in units if k == "ResidentsCommittee" and u != "yingpu-chengbei"]
    for j, u in enumerate(rc_others):
        per_unit[u] = 6 if j in (6, 19) else 5
    for u, k in units:
        if k == "PreparatoryGroup":
            per_unit[u] = 3
        elif k == "VillageCommittee":
            per_unit[u] = 2
    assert sum(per_unit.values()) == 162
    estates, estate_unit = [], {}
    n = 0
    for u, k in units:
        for _ in range(per_unit[u]):
            n += 1
            eid = "yingpu-estate-%03d" % n
            estates.append(eid)
            estate_unit[eid] = u
    # 101 old estates: all of Chengbei's, none of the preparatory groups' (new compounds).
    chengbei = [e for e in estates if estate_unit[e] == "yingpu-chengbei"]
    pool = [e for e in estates if estate_unit[e] != "yingpu-chengbei"
            and not estate_unit[e].startswith("yingpu-pg-")]
    old = set(chengbei) | set(rng.sample(pool, 101 - len(chengbei)))
    for eid in estates:
        num = eid.rsplit("-", 1)[1]
        node("Estate", eid, "示意小区 盈浦-%s" % num, "Illustrative estate Yingpu-%s" % num,
             ill("F21"), old="true" if eid in old else "false", militaryFamilies="false")
        rel("LOCATED_IN", eid, estate_unit[eid], ill("F21"))

    # 25 property firms (F22): every estate has exactly one firm, every firm at least one estate.
    firms = ["yingpu-firm-%02d" % i for i in range(1, 26)]
    for i, fid in enumerate(firms, start=1):
        node("PropertyFirm", fid, "示意物业 盈浦-%02d" % i,
             "Illustrative property firm Yingpu-%02d" % i, ill("F22"))
    order = list(estates)
    rng.shuffle(order)
    firm_of = {}
    for k, e in enumerate(order):
        firm_of[e] = firms[k] if k < len(firms) else rng.choice(firms)
    for e in estates:
        since = random_date(rng, d(2018, 1, 1), d(2022, 6, 30))
        rel("SERVES", firm_of[e], e, ill("F22"), since=since.isoformat(),
            until=plus_years_minus_day(since, 3).isoformat())

    # Policies (F25, F27, F28).
    node("Policy", "yingpu-property-upgrade-programme", "《盈浦街道老旧小区物业提升专项工作方案》",
         "Yingpu special programme to improve property management in old estates", ["F27"],
         aliases=["老旧小区物业提升专项工作方案", "物业提升方案"], topic="property-service")
    node("Policy", "yingpu-subsidy-assessment",
         "《盈浦街道关于老小区物业服务“达标补贴”考核实施意见》",
         "Yingpu assessment of \"up-to-standard subsidies\" for old-estate property services",
         ["F27"], aliases=["达标补贴", "达标补贴考核"], topic="property-service")
    node("Policy", "yingpu-volunteer-registration", "志愿者登记造册要求(不低于常住人口15%)",
         "Volunteer registration at 15% or more of the resident population", ["F25"],
         aliases=["志愿者登记"], threshold="0.15", topic="epidemic-response")
    node("Policy", "yingpu-joint-review", "业委会换届七部门联审",
         "Seven-department joint review of owners'-committee re-elections", ["F28"],
         aliases=["七部门联审", "联审"], topic="committee-re-election")
    for pid in ("yingpu-property-upgrade-programme", "yingpu-subsidy-assessment",
                "yingpu-volunteer-registration", "yingpu-joint-review"):
        facts = NODES[pid]["provenance"]
        rel("ISSUED", "yingpu", pid, facts)
        rel("APPLIES_TO", pid, "yingpu", facts)
    for i in range(1, 8):
        gid = "yingpu-review-department-%d" % i
        node("GovernmentBody", gid, "示意联审部门 盈浦-%d" % i,
             "Illustrative reviewing department Yingpu-%d" % i, ill("F28"))
        rel("REVIEWS", gid, "yingpu-joint-review", ill("F28"))

    # 61 owners' committees and assemblies (F22), one estate each; a joint meeting per estate (F26).
    committee_estates = sorted(rng.sample(estates, 61))
    # Committees, assemblies and joint meetings take the number of their estate.
    for e in committee_estates:
        num = e.rsplit("-", 1)[1]
        oc, oa, jm = "yingpu-oc-" + num, "yingpu-oa-" + num, "yingpu-joint-meeting-" + num
        node("OwnersAssembly", oa, "示意业主大会 盈浦-" + num,
             "Illustrative owners' assembly Yingpu-" + num, ill("F22"))
        node("OwnersCommittee", oc, "示意业委会 盈浦-" + num,
             "Illustrative owners' committee Yingpu-" + num, ill("F22"))
        rel("REPRESENTS", oa, e, ill("F22"))
        rel("REPRESENTS", oc, e, ill("F22"))
        since = random_date(rng, d(2019, 1, 1), d(2022, 6, 30))
        rel("ELECTS", oa, oc, ill("F22"), since=since.isoformat(),
            until=plus_years_minus_day(since, 5).isoformat())
        rpo = rpo_of[estate_unit[e]]
        rel("GUIDES", rpo, oc, ill("F26"))
        rel("REVIEWS", "yingpu-joint-review", oc, ill("F28"))
        node("JointMeeting", jm, "示意住宅小区联席会议 盈浦-%s" % num,
             "Illustrative estate joint meeting Yingpu-%s" % num, ill("F26"))
        rel("CONVENES", jm, e, ill("F26"))
        rel("LEADS", rpo, jm, ill("F26"))
        rel("MEETS_IN", rpo, jm, ill("F26"))
        rel("MEETS_IN", firm_of[e], jm, ill("F26"))
        rel("MEETS_IN", oc, jm, ill("F26"))

    # Epidemic response (F23, F24, F25): teams, grid, temporary party organisations, volunteers.
    teams = [
        ("yingpu-prevention-group", "盈浦街道疫情防控工作领导小组", "Yingpu epidemic prevention group",
         ["F23"], "prevention-group", ["防控领导小组"]),
        ("yingpu-emergency-task-force", "盈浦街道应急处置工作专班", "Yingpu emergency task force",
         ["F23"], "emergency-task-force", ["应急专班"]),
        ("yingpu-youth-task-force", "盈浦街道青年干部防疫突击队", "Yingpu youth task force",
         ["F25"], "youth-task-force", ["防疫突击队", "青年突击队"]),
    ]
    for i in range(1, 15):
        teams.append(("yingpu-special-working-group-%02d" % i, "示意专项工作组 盈浦-%02d" % i,
                      "Illustrative special working group Yingpu-%02d" % i, ill("F24"),
                      "special-working-group", []))
    for tid, zh, en, prov, ttype, aliases in teams:
        node("Team", tid, zh, en, prov, aliases=aliases, teamType=ttype)
        rel("PART_OF", tid, "yingpu", prov)
        rel("LEADS", "yingpu-party-working-committee", tid, prov)
    for i in range(1, 55):
        pid = "yingpu-youth-cadre-%02d" % i
        node("Person", pid, "示意青年干部 盈浦-%02d" % i, "Illustrative young cadre Yingpu-%02d" % i,
             ill("F25"), roles=["YouthCadre"])
        rel("MEMBER_OF", pid, "yingpu-youth-task-force", ill("F25"), role="member")

    node("Grid", "yingpu-grid", "盈浦街道四级网格", "Yingpu four-level grid", ["F23"],
         aliases=["四级网格"], level="0")
    rel("LOCATED_IN", "yingpu-grid", "yingpu", ["F23"])
    rel("LEADS", "yingpu-party-working-committee", "yingpu-grid", ["F23"])
    levels = [("街道党委", "sub-district party committee"),
              ("居村党组织", "residential and village party organisations"),
              ("小区(村组)", "estates and village groups"),
              ("楼栋(村民小队)", "buildings and villagers' teams")]
    for lv, (zh, en) in enumerate(levels, start=1):
        gid = "yingpu-grid-level-%d" % lv
        node("Grid", gid, "四级网格 第%d级:%s" % (lv, zh), "Grid level %d: %s" % (lv, en), ["F23"],
             level=str(lv))
        rel("PART_OF", gid, "yingpu-grid", ["F23"])

    rc_vc = [u for u, k in units if k in ("ResidentsCommittee", "VillageCommittee")]
    for i in range(1, 36):
        tid = "yingpu-temporary-party-organisation-%02d" % i
        node("TemporaryPartyOrganisation", tid, "示意临时党组织 盈浦-%02d" % i,
             "Illustrative temporary party organisation Yingpu-%02d" % i, ill("F24"))
        rel("LOCATED_IN", tid, rc_vc[(i - 1) % len(rc_vc)] if i <= len(rc_vc) else rng.choice(rc_vc),
            ill("F24"))
    for i in range(1, 613):   # "more than 600"
        vid = "yingpu-volunteer-%03d" % i
        node("Person", vid, "示意志愿者 盈浦-%03d" % i, "Illustrative volunteer Yingpu-%03d" % i,
             ill("F24"), roles=["Volunteer"])
        rel("VOLUNTEERS_IN", vid, rc_vc[(i - 1) % len(rc_vc)] if i <= len(rc_vc) else rng.choice(rc_vc),
            ill("F24"))

    # Self-governance studios (F29) and co-governance resources (F30).
    node("Studio", "yingpu-wang-legal-studio", "王老师法律事务工作室", "Teacher Wang's legal-affairs studio",
         ["F29"], aliases=["王老师工作室", "法律事务工作室"], studioType="legal-affairs")
    node("Studio", "yingpu-mediation-studio", "司法矛盾调解工作室", "Judicial mediation studio",
         ["F29"], aliases=["调解工作室", "矛盾调解工作室"], studioType="mediation")
    rel("INCUBATES", "yingpu", "yingpu-wang-legal-studio", ["F29"])
    rel("INCUBATES", "yingpu", "yingpu-mediation-studio", ["F29"])
    node("Foundation", "yingpu-foundation", "盈浦社区基金会", "Yingpu Community Foundation", ["F30"],
         aliases=["盈浦基金会", "社区基金会"])
    node("ServiceCentre", "yingpu-service-centre", "盈浦街道社会组织服务中心",
         "Yingpu social-organisation service centre", ["F30"], aliases=["社会组织服务中心"])
    rel("SUPPORTS", "yingpu-foundation", "yingpu", ["F30"])
    rel("SUPPORTS", "yingpu-service-centre", "yingpu", ["F30"])
    for i in range(1, 4):
        sid = "yingpu-stationed-unit-%d" % i
        node("StationedUnit", sid, "示意驻区单位 盈浦-%d" % i,
             "Illustrative stationed unit Yingpu-%d" % i, ill("F30"))
        rel("SUPPORTS", sid, "yingpu", ill("F30"))

    # "Beautiful Homes" renovation (F31): 27 old estates, 636,381.26 m² in all.
    old_sorted = sorted(old - set(chengbei))
    renovated = sorted(rng.sample(old_sorted, 27))
    for i, (e, area) in enumerate(zip(renovated, renovation_areas(rng)), start=1):
        pid = "yingpu-renovation-%02d" % i
        num = e.rsplit("-", 1)[1]
        node("Project", pid, "示意美丽家园综合改造 盈浦-%s" % num,
             "Illustrative Beautiful Homes renovation Yingpu-%s" % num, ill("F31", "F33"),
             projectType="renovation", status="completed", areaM2=area)
        rel("TARGETS", pid, e, ill("F31"))

    # Elevator retrofits (F32). Last year = 2021, this year = 2022 (the article's spring epidemic).
    node("Project", "yingpu-elevator-programme", "盈浦街道加装电梯年度计划",
         "Yingpu elevator-retrofit programme of the year", ["F32"],
         aliases=["加梯", "加装电梯"], projectType="elevator-programme", plannedSignings="50",
         year="2022")
    n = 0
    chengbei_targets = [chengbei[0], chengbei[0], chengbei[2]]
    for e in chengbei_targets:
        n += 1
        num = e.rsplit("-", 1)[1]
        node("Project", "yingpu-elevator-%02d" % n, "示意加装电梯 盈浦-%02d(城北)" % n,
             "Illustrative elevator retrofit Yingpu-%02d (Chengbei)" % n, ill("F32"),
             projectType="elevator-retrofit", status="in-use", year="2021")
        rel("TARGETS", "yingpu-elevator-%02d" % n, e, ill("F32"))
    elevator_pool = sorted(old - set(chengbei))
    for status, count in (("under-construction", 4), ("signed", 8), ("negotiating", 27)):
        for _ in range(count):
            n += 1
            e = rng.choice(elevator_pool)
            pid = "yingpu-elevator-%02d" % n
            node("Project", pid, "示意加装电梯 盈浦-%02d" % n,
                 "Illustrative elevator retrofit Yingpu-%02d" % n, ill("F32"),
                 projectType="elevator-retrofit", status=status, year="2022")
            rel("TARGETS", pid, e, ill("F32"))

    # Community centres and brand projects (F34).
    for i in range(1, 3):
        cid = "yingpu-community-centre-%d" % i
        node("CommunityCentre", cid, "示意社区中心 盈浦-%d" % i,
             "Illustrative community centre Yingpu-%d" % i, ill("F34"))
        rel("LOCATED_IN", cid, "yingpu", ill("F34"))
    node("Project", "yingpu-brand-micro-renewal", "“微改造、微更新”品牌项目",
         "\"Micro-renovation, micro-renewal\" brand project", ["F34"],
         aliases=["微改造、微更新", "微改造", "微更新"], projectType="brand")
    node("Project", "yingpu-brand-happiness-month", "“幸福月、幸福菜单”品牌项目",
         "\"Happiness month, happiness menu\" brand project", ["F34"],
         aliases=["幸福月、幸福菜单", "幸福月", "幸福菜单"], projectType="brand")
    # Who funds the brand projects is not documented: the link is illustrative.
    rel("FUNDS", "yingpu-foundation", "yingpu-brand-micro-renewal", ill("F30", "F34"))
    rel("FUNDS", "yingpu-foundation", "yingpu-brand-happiness-month", ill("F30", "F34"))


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
def array(values):
    for v in values:
        if ";" in v:
            raise ValueError("array element contains ';': " + v)
    return ";".join(values)


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def cell(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return array(value)
    return str(value)


def write_all():
    os.makedirs(NODES_DIR, exist_ok=True)
    os.makedirs(RELS_DIR, exist_ok=True)
    for folder in (NODES_DIR, RELS_DIR):
        for f in os.listdir(folder):
            if f.endswith(".csv"):
                os.remove(os.path.join(folder, f))
    by_kind = {}
    for nid in NODE_ORDER:
        by_kind.setdefault(NODES[nid]["kind"], []).append(nid)
    for kind, ids in by_kind.items():
        cols = KIND_COLUMNS[kind]
        rows = []
        for nid in ids:
            n = NODES[nid]
            row = [nid, ";".join(n["labels"]), n["name"], n["nameEn"], array(n["aliases"]),
                   array(n["provenance"])]
            row += [cell(n["props"].get(c.split(":")[0])) for c in cols]
            rows.append(row)
        write_csv(os.path.join(NODES_DIR, kind_file(kind)), COMMON_NODE_COLUMNS + cols, rows)
    by_type = {}
    for r in RELS:
        by_type.setdefault(r["type"], []).append(r)
    for rtype, rels in by_type.items():
        cols = REL_COLUMNS[rtype]
        rows = []
        for r in rels:
            row = [r["start"], r["end"], rtype, array(r["provenance"])]
            row += [cell(r["props"].get(c.split(":")[0])) for c in cols]
            rows.append(row)
        write_csv(os.path.join(RELS_DIR, rel_file(rtype)),
                  [":START_ID", ":END_ID", ":TYPE", "provenance:string[]"] + cols, rows)
    return by_kind, by_type


def main():
    build_xianxia()
    build_yingpu()
    by_kind, by_type = write_all()
    import facts_data  # same folder
    facts_data.write_yaml(os.path.join(SEED_DIR, "facts.yaml"))
    print("nodes: %d in %d files" % (len(NODES), len(by_kind)))
    for kind in sorted(by_kind):
        print("  %-30s %5d" % (kind, len(by_kind[kind])))
    print("relationships: %d in %d files" % (len(RELS), len(by_type)))
    for rtype in sorted(by_type):
        print("  %-30s %5d" % (rtype, len(by_type[rtype])))


if __name__ == "__main__":
    import sys
    sys.dont_write_bytecode = True   # keep seed/tools free of __pycache__
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()

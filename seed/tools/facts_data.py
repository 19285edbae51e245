"""The facts of shared/domain/FACTS.md in Troika's own words, with the checks that recompute each
published figure from the seed graph. generate_illustrative.py writes them to seed/facts.yaml.

Statements paraphrase the facts; they never reuse the source article's sentences.
"""
import json


def check(name, statement, statement_zh, query, params, published, fmt="integer", unit=""):
    return dict(name=name, statement=statement, statementZh=statement_zh, query=query,
                params=params, published=published, format=fmt, unit=unit)


def scope(scope_id, **extra):
    params = {"scopeId": scope_id}
    params.update(extra)
    return params


def prop(node_id, prop_name):
    return {"id": node_id, "property": prop_name}


X, Y = "xianxia", "yingpu"

FACTS = [
    dict(id="F01", case=X,
         statement="Xianxia Xincun sub-district covers 2.26 km² and is home to about 81,000 people, "
                   "most of whom live in older housing estates.",
         statementZh="仙霞新村街道面积2.26平方公里,实有人口约8.1万,辖区住房以建成较早的老旧小区居多。",
         checks=[
             check("xianxia-area", "Area of Xianxia sub-district", "仙霞新村街道的面积",
                   "facts/node-property", prop("xianxia", "areaKm2"), 2.26, "decimal2", "km²"),
             check("xianxia-population", "Population of Xianxia sub-district", "仙霞新村街道的实有人口",
                   "facts/node-property", prop("xianxia", "population"), 81000),
         ]),
    dict(id="F02", case=X,
         statement="Of Xianxia's 75 natural estates, 73 are covered by 72 owners' assemblies and owners' "
                   "committees; the two estates housing military families have not formed one yet.",
         statementZh="仙霞的75个自然小区里,72个业主大会和业委会覆盖了其中73个;两个部队家属小区至今还没有成立业委会。",
         checks=[
             check("xianxia-estates", "Natural estates in Xianxia", "仙霞的自然小区数",
                   "indicators/estates", scope(X), 75),
             check("xianxia-owners-assemblies", "Owners' assemblies in Xianxia", "仙霞的业主大会数",
                   "indicators/owners-assemblies", scope(X), 72),
             check("xianxia-owners-committees", "Owners' committees in Xianxia", "仙霞的业委会数",
                   "indicators/owners-committees", scope(X), 72),
             check("xianxia-estates-covered", "Xianxia estates covered by an owners' committee",
                   "仙霞有业委会覆盖的小区数", "indicators/estates-covered-by-committees", scope(X), 73),
             check("xianxia-estates-without-committee", "Xianxia estates without an owners' committee",
                   "仙霞尚无业委会的小区数", "indicators/estates-without-committee", scope(X), 2),
         ]),
    dict(id="F03", case=X,
         statement="In building its owners' committees the sub-district is guided by the organisation "
                   "department of the Changning district party committee and the district housing "
                   "administration bureau.",
         statementZh="仙霞街道的业委会建设工作接受长宁区委组织部和区房管局的业务指导。",
         checks=[]),
    dict(id="F04", case=X,
         statement="The sub-district party working committee and the residential-area party organisations "
                   "steer owners'-committee re-elections, screening candidates with the \"1-2-3-4\" vetting "
                   "principle and the \"8-7-5-6\" personnel review; every re-election from 2020 on went "
                   "through this joint review.",
         statementZh="业委会换届由街道党工委牵头、居民区党组织共同负责,候选人要符合“一二三四”党组织把关要求,并通过"
                     "“八七五六”人员审核;2020年以来的历次换届均经过这一联审。",
         checks=[
             check("xianxia-committees-reviewed-since",
                   "First year of the joint review of Xianxia's committee re-elections",
                   "仙霞业委会换届纳入联审的起始年份",
                   "facts/committees-reviewed-since", scope(X), 2020, "year"),
         ]),
    dict(id="F05", case=X,
         statement="Party members hold 203 seats on Xianxia's owners' committees, 55.0% of all members, "
                   "which puts the total membership at about 369.",
         statementZh="仙霞各业委会成员中有党员203名,占全部成员的55.0%,据此推算成员总数约为369名。",
         checks=[
             check("xianxia-party-members-on-committees", "Party members on Xianxia's owners' committees",
                   "仙霞业委会成员中的党员人数", "indicators/party-members-on-committees", scope(X), 203),
             check("xianxia-party-member-share", "Share of party members among Xianxia's committee members",
                   "仙霞业委会成员中党员所占比例", "indicators/party-member-share", scope(X), 55.0,
                   "percent1", ""),
             check("xianxia-committee-members",
                   "Members of Xianxia's owners' committees (derived: 203 at 55.0%)",
                   "仙霞业委会成员总数(由203名、55.0%推算)", "indicators/committee-members", scope(X), 369),
         ]),
    dict(id="F06", case=X,
         statement="94.4% of Xianxia's owners' committees, that is 68 of 72, have at least one party "
                   "member among their members.",
         statementZh="仙霞72个业委会中有68个至少有一名党员成员,覆盖率为94.4%。",
         checks=[
             check("xianxia-party-member-coverage",
                   "Share of Xianxia's owners' committees with a party member",
                   "仙霞有党员的业委会所占比例", "indicators/party-member-coverage", scope(X), 94.4,
                   "percent1", ""),
             check("xianxia-committees-with-party-member",
                   "Xianxia's owners' committees with at least one party member",
                   "仙霞至少有一名党员的业委会数", "indicators/committees-with-party-member", scope(X), 68),
         ]),
    dict(id="F07", case=X,
         statement="A party work group has been formed inside 38 of Xianxia's owners' committees.",
         statementZh="仙霞已有38个业委会在内部组建了党的工作小组。",
         checks=[
             check("xianxia-party-work-groups", "Xianxia's owners' committees with a party work group",
                   "仙霞设有党的工作小组的业委会数", "indicators/party-work-groups", scope(X), 38),
         ]),
    dict(id="F08", case=X,
         statement="Seven owners' committees in Xianxia have opened a party-member owners'-committee studio.",
         statementZh="仙霞有7个业委会开设了党员业委会工作室。",
         checks=[
             check("xianxia-party-member-studios",
                   "Xianxia's owners' committees with a party-member studio",
                   "仙霞设有党员业委会工作室的业委会数", "indicators/party-member-studios", scope(X), 7),
         ]),
    dict(id="F09", case=X,
         statement="27 owners' committees in Xianxia have been given a party-building instructor.",
         statementZh="仙霞已为27个业委会选派党建指导员。",
         checks=[
             check("xianxia-committees-with-instructor",
                   "Xianxia's owners' committees with a party-building instructor",
                   "仙霞配有党建指导员的业委会数", "indicators/committees-with-instructor", scope(X), 27),
         ]),
    dict(id="F10", case=X,
         statement="With the promotion association, and funded as a district public-welfare venture "
                   "project, Xianxia built a five-dimension evaluation system for owners' self-governance "
                   "(party-building leadership, institutional standardisation, overall effectiveness, "
                   "social evaluation, innovative mechanisms) that matches the municipal housing "
                   "administration's standard for committee operation.",
         statementZh="街道与业主自治促进会合作,以区公益创投项目为依托,建立了涵盖党建引领、制度规范、工作效能、"
                     "社会评价和机制创新五个维度的业主自治评估体系,并与市房管局的业委会规范运行评估标准相互衔接。",
         checks=[
             check("xianxia-evaluation-dimensions", "Dimensions of Xianxia's evaluation system",
                   "仙霞评估体系的维度数", "facts/parts", {"id": "xianxia-evaluation-system"}, 5),
         ]),
    dict(id="F11", case=X,
         statement="Version 1.0 of the scheme recognised 20 owners' committees as red owners' committees.",
         statementZh="依据1.0版创建方案,共评出红色业委会20个。",
         checks=[
             check("xianxia-red-committees", "Red owners' committees in Xianxia", "仙霞的红色业委会数",
                   "indicators/red-committees", scope(X), 20),
         ]),
    dict(id="F12", case=X,
         statement="The red committees were rated with stars, 7 receiving four and 13 receiving three; "
                   "a version 2.0 and five-star ratings come next.",
         statementZh="红色业委会经星级评定,四星级7个、三星级13个;下一步将推出2.0版并开展五星级评定。",
         checks=[
             check("xianxia-four-star-committees", "Four-star owners' committees in Xianxia",
                   "仙霞的四星级业委会数", "indicators/committees-by-stars", scope(X, stars=4), 7),
             check("xianxia-three-star-committees", "Three-star owners' committees in Xianxia",
                   "仙霞的三星级业委会数", "indicators/committees-by-stars", scope(X, stars=3), 13),
         ]),
    dict(id="F13", case=X,
         statement="The owners' self-governance promotion association dates from 2019; its first council "
                   "president is Pan Yueyun, a long-serving party secretary honoured as a gold-award model, "
                   "and it works in six areas.",
         statementZh="业主自治促进会于2019年成立,首届理事会会长潘月云是一位获得金奖标兵称号的资深书记,"
                     "促进会的工作分为六个方面。",
         checks=[
             check("xianxia-association-founded", "Founding year of the promotion association",
                   "业主自治促进会的成立年份", "facts/node-property",
                   prop("xianxia-association", "founded"), 2019, "year"),
             check("xianxia-association-work-areas", "Work areas of the promotion association",
                   "业主自治促进会的工作方面数", "facts/list-size",
                   prop("xianxia-association", "workAreas"), 6),
         ]),
    dict(id="F14", case=X,
         statement="Founded in 2020 with the help of invited experts, the Shanghai Changning New Era Owners' "
                   "Self-Governance Institute was unveiled at the first forum on party-building-led owners' "
                   "self-governance.",
         statementZh="上海长宁新时代业主自治研修院于2020年在专家参与下组建,并在首届党建引领业主自治论坛上揭牌亮相。",
         checks=[
             check("xianxia-institute-founded", "Founding year of the institute", "研修院的成立年份",
                   "facts/node-property", prop("xianxia-institute", "founded"), 2020, "year"),
         ]),
    dict(id="F15", case=X,
         statement="The institute has run 2 classes for newly elected committee members and 53 sessions "
                   "for the elevator-retrofit guidance stations of the residential areas, and has studied "
                   "how service quality can match price and how to go digital.",
         statementZh="研修院已为新当选的业委会成员开班2期,为各居民区加梯指导站培训53期,"
                     "还围绕物业服务质价相符和数字化转型做了课题研究。",
         checks=[
             check("xianxia-institute-new-member-classes", "Classes for newly elected committee members",
                   "新任业委会成员研修班期数", "facts/node-property",
                   prop("xianxia-institute-new-member-classes", "sessions"), 2),
             check("xianxia-institute-elevator-station-sessions",
                   "Training sessions for elevator-retrofit guidance stations", "加梯指导站培训期数",
                   "facts/node-property", prop("xianxia-institute-elevator-station-training", "sessions"), 53),
         ]),
    dict(id="F16", case=X,
         statement="An online voting system for owners built on blockchain and decentralised digital identity, "
                   "a municipal pilot in the authorised use of public data backed by the municipal commission "
                   "of economy and informatisation, passed its test at Changfu Apartments as the first owners' "
                   "vote of its kind in China; it answers six difficulties (the double two-thirds threshold, "
                   "identity, privacy, legal effect, authenticity, one-click handling) and is to be offered "
                   "through Suishenban.",
         statementZh="业主线上表决系统以区块链技术与DID(分布式数字身份)为支撑,是市经信委支持的本市公共数据授权利用试点,"
                     "已在长福公寓测试成功,在全国属首次;它针对双三分之二门槛、身份核验、隐私、法律效力、真实性和"
                     "一键办理六个难点,日后将接入随申办。",
         checks=[
             check("xianxia-online-voting-difficulties", "Difficulties the online voting system addresses",
                   "线上表决系统解决的难点数", "facts/list-size",
                   prop("xianxia-online-voting", "difficulties"), 6),
         ]),
    dict(id="F17", case=X,
         statement="Since 2021 the Hongxu residential area has run the \"Hongxu Happy e-Home\" digital "
                   "service platform, whose ten application scenarios range from party-building study, "
                   "resident records and parking monitoring to opinion collection, meeting notices, project "
                   "progress, repair requests with ratings and a \"people's opinions\" module.",
         statementZh="2021年以来,虹旭居民区运行数字服务平台“虹旭乐享e家园”,其十个应用场景覆盖党建学习、居民信息、"
                     "车位监测、意见征集、议事通知、项目进度、物业报修评价和“人民意见征集”模块等内容。",
         checks=[
             check("hongxu-e-home-since", "Year the Hongxu platform started", "虹旭数字平台的启用年份",
                   "facts/node-property", prop("hongxu-e-home", "since"), 2021, "year"),
             check("hongxu-e-home-scenarios", "Application scenarios of the Hongxu platform",
                   "虹旭数字平台的应用场景数", "facts/node-property",
                   prop("hongxu-e-home", "scenarioCount"), 10),
         ]),
    dict(id="F20", case=Y,
         statement="Yingpu sub-district, in the old town of Qingpu, is made up of 28 residents' committees, "
                   "3 preparatory groups for new residents' committees and 5 village committees.",
         statementZh="盈浦街道位于青浦老城区,下设居委会28个、居委会筹建组3个和村委会5个。",
         checks=[
             check("yingpu-residents-committees", "Residents' committees in Yingpu", "盈浦的居委会数",
                   "indicators/kind-in-scope", scope(Y, kind="ResidentsCommittee"), 28),
             check("yingpu-preparatory-groups", "Residents'-committee preparatory groups in Yingpu",
                   "盈浦的居委会筹建组数", "indicators/kind-in-scope", scope(Y, kind="PreparatoryGroup"), 3),
             check("yingpu-village-committees", "Village committees in Yingpu", "盈浦的村委会数",
                   "indicators/kind-in-scope", scope(Y, kind="VillageCommittee"), 5),
         ]),
    dict(id="F21", case=Y,
         statement="Yingpu counts 162 residential estates, 101 of them old estates.",
         statementZh="盈浦共有住宅小区162个,老旧小区占其中101个。",
         checks=[
             check("yingpu-estates", "Residential estates in Yingpu", "盈浦的住宅小区数",
                   "indicators/estates", scope(Y), 162),
             check("yingpu-old-estates", "Old estates in Yingpu", "盈浦的老旧小区数",
                   "indicators/old-estates", scope(Y), 101),
         ]),
    dict(id="F22", case=Y,
         statement="25 property-service firms operate in Yingpu, and its estates have 61 owners' committees.",
         statementZh="在盈浦提供服务的物业企业有25家,各小区共成立业委会61个。",
         checks=[
             check("yingpu-property-firms", "Property-service firms serving Yingpu's estates",
                   "为盈浦小区服务的物业企业数", "indicators/property-firms", scope(Y), 25),
             check("yingpu-owners-committees", "Owners' committees in Yingpu", "盈浦的业委会数",
                   "indicators/owners-committees", scope(Y), 61),
         ]),
    dict(id="F23", case=Y,
         statement="For the epidemic the sub-district party working committee set up a prevention group and "
                   "an emergency task force and worked through a four-level grid: sub-district party committee, "
                   "residential and village party organisations, estates or village groups, and buildings or "
                   "villagers' teams.",
         statementZh="疫情期间,街道党工委组建防控领导小组和应急处置专班,依托四级网格开展工作:街道党委、居村党组织、"
                     "小区或村组、楼栋或村民小队。",
         checks=[
             check("yingpu-grid-levels", "Levels of Yingpu's grid", "盈浦网格的层级数", "facts/parts",
                   {"id": "yingpu-grid"}, 4),
         ]),
    dict(id="F24", case=Y,
         statement="Yingpu formed 14 special working groups and 35 temporary party organisations, and more "
                   "than 600 staff of agencies, enterprises and public institutions reported to the "
                   "neighbourhoods where they live to serve as volunteers.",
         statementZh="盈浦成立了14个专项工作组和35个临时党组织,600多名机关和企事业单位职工回到居住地报到,参加志愿服务。",
         checks=[
             check("yingpu-special-working-groups", "Special working groups in Yingpu", "盈浦的专项工作组数",
                   "indicators/teams-by-type", scope(Y, teamType="special-working-group"), 14),
             check("yingpu-temporary-party-organisations", "Temporary party organisations in Yingpu",
                   "盈浦的临时党组织数", "indicators/temporary-party-organisations", scope(Y), 35),
             check("yingpu-volunteers", "Volunteers serving in Yingpu's neighbourhoods",
                   "在盈浦各居村服务的志愿者人数", "indicators/volunteers", scope(Y), 600, "more-than"),
         ]),
    dict(id="F25", case=Y,
         statement="Volunteers were put on record at a rate of no less than 15% of the resident population, "
                   "and 54 young cadres formed a youth task force.",
         statementZh="志愿者按照不少于常住人口15%的比例登记在册;另有54名青年干部组成防疫突击队。",
         checks=[
             check("yingpu-volunteer-threshold", "Minimum share of residents registered as volunteers",
                   "志愿者登记占常住人口的最低比例", "facts/node-property",
                   prop("yingpu-volunteer-registration", "threshold"), 0.15, "decimal2"),
             check("yingpu-youth-cadres", "Young cadres in Yingpu's youth task force",
                   "盈浦防疫突击队的青年干部人数", "indicators/team-members",
                   scope(Y, teamType="youth-task-force"), 54),
         ]),
    dict(id="F26", case=Y,
         statement="In each estate the residential-area party organisation, the property firm and the owners' "
                   "committee, the three carriages, settle matters together in the estate joint meeting, "
                   "with the party organisation at the centre.",
         statementZh="每个小区的居民区党组织、物业企业和业委会这“三驾马车”在住宅小区联席会议上共同协商,由党组织居于核心。",
         checks=[]),
    dict(id="F27", case=Y,
         statement="Yingpu issued two policies on property services in old estates: a special programme to "
                   "lift property management there, and an assessment of property firms for "
                   "\"up-to-standard subsidies\".",
         statementZh="围绕老旧小区物业服务,盈浦出台了两项制度:老旧小区物业提升专项方案和物业“达标补贴”考核办法。",
         checks=[
             check("yingpu-property-service-policies", "Yingpu policies on property services",
                   "盈浦关于物业服务的制度数", "facts/policies-on-topic", scope(Y, topic="property-service"), 2),
         ]),
    dict(id="F28", case=Y,
         statement="Owners'-committee re-elections go through a joint review by seven departments, and members "
                   "of the two committees, young cadres and party members are drawn into the owners' committees.",
         statementZh="业委会换届要经过7个部门的联合审查,同时吸收两委成员、青年干部和党员进入业委会。",
         checks=[
             check("yingpu-joint-review-departments", "Departments in Yingpu's joint review",
                   "盈浦参与联审的部门数", "facts/reviewers", {"id": "yingpu-joint-review"}, 7),
         ]),
    dict(id="F29", case=Y,
         statement="The sub-district incubated self-governance studios, among them Teacher Wang's legal-affairs "
                   "studio and a judicial mediation studio that help settle neighbourhood disputes.",
         statementZh="街道培育了“王老师法律事务工作室”和“司法矛盾调解工作室”等自治团队,帮助化解社区纠纷。",
         checks=[]),
    dict(id="F30", case=Y,
         statement="Co-governance draws funds, teams and support from the Yingpu community foundation, the "
                   "social-organisation service centre and units stationed in the area.",
         statementZh="社区共治的资金、团队等支持来自盈浦社区基金会、街道的社会组织服务中心以及驻区单位。",
         checks=[]),
    dict(id="F31", case=Y,
         statement="The previous three-year round of \"Beautiful Homes\" comprehensive renovation covered "
                   "27 estates and 636,381.26 m² of floor area.",
         statementZh="上一轮三年期“美丽家园”综合改造共涉及27个小区,改造面积合计636381.26平方米。",
         checks=[
             check("yingpu-renovated-estates", "Estates renovated under Beautiful Homes",
                   "“美丽家园”综合改造完成的小区数", "indicators/renovated-estates", scope(Y), 27),
             check("yingpu-renovated-area", "Floor area renovated under Beautiful Homes",
                   "“美丽家园”综合改造的面积", "indicators/renovated-area", scope(Y), 636381.26,
                   "decimal2", "m²"),
         ]),
    dict(id="F32", case=Y,
         statement="Three retrofitted elevators went into service in the Chengbei community last year; this "
                   "year 50 signings are planned, 4 elevators are being built, 8 are signed and 27 stairwells "
                   "are still negotiating.",
         statementZh="城北社区去年有3部加装电梯建成启用;今年计划签约50台,目前4台在建、8台已签约,另有27个楼道仍在协商。",
         checks=[
             check("chengbei-elevators-in-use", "Retrofitted elevators in use in Chengbei",
                   "城北社区已启用的加装电梯数", "indicators/projects-by-type",
                   scope("yingpu-chengbei", projectType="elevator-retrofit", status="in-use"), 3),
             check("yingpu-elevators-planned", "Elevator signings planned this year in Yingpu",
                   "盈浦今年计划签约的电梯数", "facts/node-property",
                   prop("yingpu-elevator-programme", "plannedSignings"), 50),
             check("yingpu-elevators-under-construction", "Elevators under construction in Yingpu",
                   "盈浦在建的加装电梯数", "indicators/projects-by-type",
                   scope(Y, projectType="elevator-retrofit", status="under-construction"), 4),
             check("yingpu-elevators-signed", "Elevator retrofits signed in Yingpu", "盈浦已签约的加装电梯数",
                   "indicators/projects-by-type", scope(Y, projectType="elevator-retrofit", status="signed"), 8),
             check("yingpu-elevators-negotiating", "Stairwells negotiating an elevator in Yingpu",
                   "盈浦正在协商加梯的楼道数", "indicators/projects-by-type",
                   scope(Y, projectType="elevator-retrofit", status="negotiating"), 27),
         ]),
    dict(id="F33", case=Y,
         statement="Once an estate is renovated, a third party assesses its property management, the estate "
                   "gets a service plan of its own, and parking there is no longer free.",
         statementZh="小区综改完工后,由第三方评估其物业管理情况,按一小区一方案确定服务标准,停车也由免费改为收费。",
         checks=[]),
    dict(id="F34", case=Y,
         statement="Each community centre cultivates a feature of its own; \"happiness partners\", the trade "
                   "union, youth league, women's federation and the cultural centre bring in activities, and "
                   "social organisations run brand projects such as \"micro-renovation, micro-renewal\" and "
                   "\"happiness month, happiness menu\".",
         statementZh="各社区中心各有特色;“幸福合伙人”、工青妇群团和文化活动中心为社区输送活动,社会组织则打造了"
                     "品牌项目,如“微改造、微更新”和“幸福月、幸福菜单”。",
         checks=[]),
]


# ---------------------------------------------------------------------------------------------
# A plain block-style YAML writer: strings double-quoted (JSON escaping is valid YAML), numbers bare,
# params as a flow mapping of bare slugs / numbers / null.
# ---------------------------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    s = str(v)
    if s and all(c.isalnum() or c in "-_/." for c in s) and s not in ("null", "true", "false") \
            and not s[0].isdigit():
        return s
    return q(s)


def to_yaml():
    lines = ["# Facts of shared/domain/FACTS.md in Troika's own words, and the checks that recompute",
             "# each published figure from the seed graph (query = a file under cypher/queries).",
             "# Generated by seed/tools/generate_illustrative.py from seed/tools/facts_data.py.",
             "facts:"]
    for f in FACTS:
        lines.append("  - id: %s" % f["id"])
        lines.append("    case: %s" % f["case"])
        lines.append("    statement: %s" % q(f["statement"]))
        lines.append("    statementZh: %s" % q(f["statementZh"]))
        if not f["checks"]:
            lines.append("    checks: []")
            continue
        lines.append("    checks:")
        for c in f["checks"]:
            lines.append("      - name: %s" % c["name"])
            lines.append("        statement: %s" % q(c["statement"]))
            lines.append("        statementZh: %s" % q(c["statementZh"]))
            lines.append("        query: %s" % c["query"])
            params = ", ".join("%s: %s" % (k, scalar(v)) for k, v in c["params"].items())
            lines.append("        params: {%s}" % params)
            lines.append("        published: %s" % scalar(c["published"]))
            lines.append("        format: %s" % c["format"])
            lines.append("        unit: %s" % q(c["unit"]))
    return "\n".join(lines) + "\n"


def write_yaml(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(to_yaml())

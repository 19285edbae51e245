package org.troika.stakeholder;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of stakeholder the graph holds: its node label and its names in Chinese and English. */
public enum StakeholderKind {

    DISTRICT("District", "区", "district", Group.PLACE),
    SUB_DISTRICT("SubDistrict", "街道", "sub-district", Group.PLACE),
    PARTY_WORKING_COMMITTEE("PartyWorkingCommittee", "街道党工委", "sub-district party working committee", Group.PARTY),
    RESIDENTIAL_PARTY_ORGANISATION("ResidentialPartyOrganisation", "居民区党组织", "residential-area party organisation", Group.PARTY),
    PARTY_WORK_GROUP("PartyWorkGroup", "党的工作小组", "party work group", Group.PARTY),
    TEMPORARY_PARTY_ORGANISATION("TemporaryPartyOrganisation", "临时党组织", "temporary party organisation", Group.PARTY),
    RESIDENTS_COMMITTEE("ResidentsCommittee", "居委会", "residents' committee", Group.SELF_GOVERNANCE),
    PREPARATORY_GROUP("PreparatoryGroup", "筹建组", "residents' committee preparatory group", Group.SELF_GOVERNANCE),
    VILLAGE_COMMITTEE("VillageCommittee", "村委会", "village committee", Group.SELF_GOVERNANCE),
    ESTATE("Estate", "小区", "estate", Group.PLACE),
    OWNERS_ASSEMBLY("OwnersAssembly", "业主大会", "owners' assembly", Group.OWNERS),
    OWNERS_COMMITTEE("OwnersCommittee", "业委会", "owners' committee", Group.OWNERS),
    PROPERTY_FIRM("PropertyFirm", "物业服务企业", "property-service firm", Group.MARKET),
    FOUNDATION("Foundation", "社区基金会", "community foundation", Group.SOCIETY),
    SERVICE_CENTRE("ServiceCentre", "社会组织服务中心", "social-organisation service centre", Group.SOCIETY),
    STATIONED_UNIT("StationedUnit", "驻区单位", "unit stationed in the area", Group.SOCIETY),
    ASSOCIATION("Association", "业主自治促进会", "owners' self-governance promotion association", Group.SOCIETY),
    INSTITUTE("Institute", "业主自治研修院", "owners' self-governance institute", Group.SOCIETY),
    STUDIO("Studio", "工作室", "self-governance studio", Group.SELF_GOVERNANCE),
    TEAM("Team", "工作组", "team", Group.SELF_GOVERNANCE),
    PERSON("Person", "人员", "person", Group.PEOPLE),
    GRID("Grid", "网格", "grid", Group.GOVERNMENT),
    JOINT_MEETING("JointMeeting", "住宅小区联席会议", "estate joint meeting", Group.SELF_GOVERNANCE),
    PROJECT("Project", "项目", "project", Group.ACTIVITY),
    PLATFORM("Platform", "平台", "platform", Group.ACTIVITY),
    POLICY("Policy", "政策", "policy", Group.GOVERNMENT),
    EVALUATION_SYSTEM("EvaluationSystem", "评估体系", "evaluation system", Group.ACTIVITY),
    EVALUATION_DIMENSION("EvaluationDimension", "评估维度", "evaluation dimension", Group.ACTIVITY),
    GOVERNMENT_BODY("GovernmentBody", "政府部门", "government body", Group.GOVERNMENT),
    COMMUNITY_CENTRE("CommunityCentre", "社区中心", "community centre", Group.SOCIETY);

    /** Families of kinds that share a colour in the explorer. */
    public enum Group { PLACE, PARTY, SELF_GOVERNANCE, OWNERS, MARKET, SOCIETY, PEOPLE, GOVERNMENT, ACTIVITY }

    private final String label;
    private final String nameZh;
    private final String nameEn;
    private final Group group;

    StakeholderKind(String label, String nameZh, String nameEn, Group group) {
        this.label = label;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.group = group;
    }

    /** The node label, also stored as the node's {@code kind} property. */
    public String label() {
        return label;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Group group() {
        return group;
    }

    public static Optional<StakeholderKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst();
    }
}

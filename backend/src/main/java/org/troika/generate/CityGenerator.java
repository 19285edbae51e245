package org.troika.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic city shaped like the two documented cases, the same for the same seed. One unit of
 * scale is one district of {@value #SUB_DISTRICTS_PER_DISTRICT} sub-districts; a sub-district has
 * {@value #RESIDENTS_COMMITTEES} residents' and {@value #VILLAGE_COMMITTEES} village committees,
 * {@value #ESTATES} estates with their owners' assemblies, committees (in about
 * {@value #COMMITTEE_PERCENT}% of estates, {@value #MEMBERS} members each) and ratings, property firms
 * serving several estates each, studios, volunteers, projects, a grid and joint meetings: about 850
 * nodes and 1,300 relationships, so one district is about 8,500 nodes and 13,000 relationships.
 * <p>
 * The city is produced part by part ({@link #parts()}): the whole of it is never in memory. Every
 * entity's id starts with {@value #ID_PREFIX} and its provenance is {@value #PROVENANCE}; the city
 * lies in districts of its own, so it changes none of the documented cases' figures.
 */
public final class CityGenerator {

    public static final String ID_PREFIX = "syn-";
    public static final String PROVENANCE = "synthetic";
    static final int SUB_DISTRICTS_PER_DISTRICT = 10;
    static final int RESIDENTS_COMMITTEES = 12;
    static final int VILLAGE_COMMITTEES = 2;
    static final int ESTATES = 60;
    static final int COMMITTEE_PERCENT = 85;
    static final int MEMBERS = 9;
    static final int PARTY_MEMBER_PERCENT = 55;
    static final int FIRMS = 10;
    static final int STUDIOS = 3;
    static final int VOLUNTEERS = 150;
    static final int PROJECTS = 10;
    static final int ESTATES_PER_JOINT_MEETING = 5;
    private static final List<String> PROVENANCE_LIST = List.of(PROVENANCE);
    private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    private final int districts;
    private final int subDistrictsPerDistrict;
    private final long seed;
    private final Map<String, Integer> numbers = new HashMap<>();

    private CityGenerator(int districts, int subDistrictsPerDistrict, long seed) {
        if (districts < 1) {
            throw new IllegalArgumentException("The scale of a synthetic city must be at least 1 district, not " + districts);
        }
        if (subDistrictsPerDistrict < 1) {
            throw new IllegalArgumentException("A district needs at least 1 sub-district, not " + subDistrictsPerDistrict);
        }
        this.districts = districts;
        this.subDistrictsPerDistrict = subDistrictsPerDistrict;
        this.seed = seed;
    }

    /** A city of {@code scale} districts of {@value #SUB_DISTRICTS_PER_DISTRICT} sub-districts each. */
    public static CityGenerator ofScale(int scale, long seed) {
        return new CityGenerator(scale, SUB_DISTRICTS_PER_DISTRICT, seed);
    }

    /** A smaller city: {@code districts} districts of {@code subDistricts} sub-districts each. */
    public static CityGenerator of(int districts, int subDistricts, long seed) {
        return new CityGenerator(districts, subDistricts, seed);
    }

    /** The city, part by part, produced as it is read: a district's own part, then its sub-districts. */
    public Stream<CityPart> parts() {
        numbers.clear();
        Iterator<CityPart> iterator = new Iterator<>() {
            private int district = 1;
            private int subDistrict = 0;

            @Override
            public boolean hasNext() {
                return district <= districts;
            }

            @Override
            public CityPart next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CityPart part = subDistrict == 0 ? district(district) : subDistrict(district, subDistrict);
                if (++subDistrict > subDistrictsPerDistrict) {
                    subDistrict = 0;
                    district++;
                }
                return part;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private CityPart district(int district) {
        var part = new Builder();
        String id = districtId(district);
        String number = "%02d".formatted(district);
        part.node(id, List.of("District"), "合成区 " + number, "Synthetic district " + number);
        part.node(id + "-evaluation-system", List.of("EvaluationSystem"), "合成评估体系 " + number,
                "Synthetic evaluation system " + number, "edition", "1.0");
        part.node(id + "-foundation", List.of("Foundation"), "合成社区基金会 " + number, "Synthetic community foundation " + number);
        return part.build();
    }

    private CityPart subDistrict(int district, int subDistrict) {
        var random = random(district, subDistrict);
        var part = new Builder();
        String districtId = districtId(district);
        String id = "%s-s%02d".formatted(districtId, subDistrict);
        part.named(id, List.of("SubDistrict"), "街道", "sub-district", "subDistrict",
                "areaKm2", 1.5 + random.nextInt(40) / 10.0, "population", 40_000 + random.nextInt(60_000));
        part.relationship(id, "LOCATED_IN", districtId);
        part.relationship(districtId + "-foundation", "SUPPORTS", id);
        String committee = id + "-pwc";
        part.named(committee, List.of("PartyWorkingCommittee", "PartyOrganisation"), "街道党工委", "party working committee", "pwc");
        part.relationship(committee, "LEADS", id);
        String grid = id + "-grid";
        part.named(grid, List.of("Grid"), "网格", "grid", "grid", "level", 0);
        part.relationship(grid, "LOCATED_IN", id);
        part.relationship(committee, "LEADS", grid);

        List<String> areas = new ArrayList<>();
        List<String> partyOrganisations = new ArrayList<>();
        for (int i = 1; i <= RESIDENTS_COMMITTEES + VILLAGE_COMMITTEES; i++) {
            boolean village = i > RESIDENTS_COMMITTEES;
            String area = "%s-%s-%02d".formatted(id, village ? "vc" : "rc", i);
            if (village) {
                part.named(area, List.of("VillageCommittee"), "村委会", "village committee", "villageCommittee");
            } else {
                part.named(area, List.of("ResidentsCommittee"), "居委会", "residents' committee", "residentsCommittee");
            }
            part.relationship(area, "LOCATED_IN", id);
            String organisation = "%s-rpo-%02d".formatted(id, i);
            part.named(organisation, List.of("ResidentialPartyOrganisation", "PartyOrganisation"), "居民区党组织",
                    "residential party organisation", "rpo",
                    "form", village ? "village branch" : random.nextInt(3) == 0 ? "general branch" : "branch");
            part.relationship(committee, "LEADS", organisation);
            part.relationship(organisation, "LEADS", area);
            areas.add(area);
            partyOrganisations.add(organisation);
        }

        List<String> firms = new ArrayList<>();
        for (int i = 1; i <= FIRMS; i++) {
            String firm = "%s-firm-%02d".formatted(id, i);
            part.named(firm, List.of("PropertyFirm"), "物业", "property firm", "firm");
            firms.add(firm);
        }

        List<String> estates = new ArrayList<>();
        List<String> committees = new ArrayList<>();
        Map<String, String> committeeOfEstate = new HashMap<>();
        for (int i = 1; i <= ESTATES; i++) {
            int areaIndex = (i - 1) * areas.size() / ESTATES;
            String estate = "%s-estate-%03d".formatted(id, i);
            part.named(estate, List.of("Estate"), "小区", "estate", "estate",
                    "old", random.nextInt(100) < 60, "militaryFamilies", random.nextInt(100) < 3);
            part.relationship(estate, "LOCATED_IN", areas.get(areaIndex));
            estates.add(estate);
            // Each estate has one firm; firms take consecutive runs of estates, so each serves several.
            String firm = firms.get((i - 1) * FIRMS / ESTATES);
            LocalDate since = date(random);
            part.relationship(firm, "SERVES", estate, "since", since, "until", since.plusYears(1 + random.nextInt(5)).minusDays(1));

            String assembly = "%s-oa-%03d".formatted(id, i);
            part.named(assembly, List.of("OwnersAssembly"), "业主大会", "owners' assembly", "ownersAssembly");
            part.relationship(assembly, "REPRESENTS", estate);
            if (random.nextInt(100) >= COMMITTEE_PERCENT) {
                continue;
            }
            String ownersCommittee = "%s-oc-%03d".formatted(id, i);
            part.named(ownersCommittee, List.of("OwnersCommittee"), "业委会", "owners' committee", "ownersCommittee");
            part.relationship(ownersCommittee, "REPRESENTS", estate);
            LocalDate elected = date(random);
            LocalDate termEnds = elected.plusYears(5).minusDays(1);
            part.relationship(assembly, "ELECTS", ownersCommittee, "since", elected, "until", termEnds);
            part.relationship(partyOrganisations.get(areaIndex), "GUIDES", ownersCommittee);
            part.relationship(committee, "REVIEWS", ownersCommittee, "since", elected.getYear());
            int stars = 1 + random.nextInt(5);
            part.relationship(districtId + "-evaluation-system", "EVALUATES", ownersCommittee,
                    "stars", stars, "redCommittee", stars >= 4, "version", "1.0", "year", elected.getYear() + 1);
            for (int m = 1; m <= MEMBERS; m++) {
                String member = "%s-member-%03d-%d".formatted(id, i, m);
                part.named(member, List.of("Person", "CommitteeMember"), "委员", "committee member", "member",
                        "partyMember", random.nextInt(100) < PARTY_MEMBER_PERCENT);
                part.relationship(member, "MEMBER_OF", ownersCommittee,
                        "role", m == 1 ? "director" : m == 2 ? "deputy-director" : "member", "since", elected, "until", termEnds);
            }
            committees.add(ownersCommittee);
            committeeOfEstate.put(estate, ownersCommittee);
        }

        for (int i = 1; i <= STUDIOS && i <= committees.size(); i++) {
            String studio = "%s-studio-%02d".formatted(id, i);
            part.named(studio, List.of("Studio"), "党员业委会工作室", "party-member committee studio", "studio",
                    "studioType", "party-member");
            part.relationship(studio, "PART_OF", committees.get(random.nextInt(committees.size())));
            part.relationship(id, "INCUBATES", studio);
        }

        for (int i = 1; i <= VOLUNTEERS; i++) {
            String volunteer = "%s-volunteer-%03d".formatted(id, i);
            part.named(volunteer, List.of("Person", "Volunteer"), "志愿者", "volunteer", "volunteer",
                    "partyMember", random.nextInt(100) < 30);
            part.relationship(volunteer, "VOLUNTEERS_IN", areas.get(random.nextInt(areas.size())));
        }

        for (int i = 1; i <= PROJECTS; i++) {
            String project = "%s-project-%02d".formatted(id, i);
            String estate = estates.get(random.nextInt(estates.size()));
            if (random.nextBoolean()) {
                part.named(project, List.of("Project"), "旧区改造项目", "renovation project", "renovation",
                        "projectType", "renovation", "status", "completed", "areaM2", 2_000.0 + random.nextInt(30_000),
                        "year", 2018 + random.nextInt(6));
            } else {
                String[] statuses = {"in-use", "under-construction", "signed", "negotiating"};
                part.named(project, List.of("Project"), "加装电梯项目", "elevator retrofit", "elevator",
                        "projectType", "elevator-retrofit", "status", statuses[random.nextInt(statuses.length)]);
            }
            part.relationship(project, "TARGETS", estate);
            if (random.nextInt(4) == 0) {
                part.relationship(districtId + "-foundation", "FUNDS", project);
            }
        }

        for (int first = 0; first < estates.size(); first += ESTATES_PER_JOINT_MEETING) {
            String meeting = "%s-joint-meeting-%02d".formatted(id, first / ESTATES_PER_JOINT_MEETING + 1);
            part.named(meeting, List.of("JointMeeting"), "住宅小区联席会议", "estate joint meeting", "jointMeeting");
            int areaIndex = first * areas.size() / ESTATES;
            part.relationship(partyOrganisations.get(areaIndex), "LEADS", meeting);
            part.relationship(partyOrganisations.get(areaIndex), "MEETS_IN", meeting);
            for (int e = first; e < Math.min(estates.size(), first + ESTATES_PER_JOINT_MEETING); e++) {
                String estate = estates.get(e);
                part.relationship(meeting, "CONVENES", estate);
                part.relationship(firms.get(e * FIRMS / ESTATES), "MEETS_IN", meeting);
                if (committeeOfEstate.containsKey(estate)) {
                    part.relationship(committeeOfEstate.get(estate), "MEETS_IN", meeting);
                }
            }
        }
        return part.build();
    }

    private SplittableRandom random(int district, int subDistrict) {
        // Each part has a generator of its own, so a part does not depend on how many draws came before.
        return new SplittableRandom(seed * 1_000_003L + district * 1_009L + subDistrict);
    }

    private static LocalDate date(SplittableRandom random) {
        return EARLIEST.plusDays(random.nextInt(365 * 9));
    }

    private static String districtId(int district) {
        return "%sd%02d".formatted(ID_PREFIX, district);
    }

    /** The next number of a kind of name, counted across the whole city: 合成小区 0001, 0002, ... */
    private String number(String counter) {
        return "%04d".formatted(numbers.merge(counter, 1, Integer::sum));
    }

    private final class Builder {

        private final List<GeneratedNode> nodes = new ArrayList<>();
        // At most one relationship per (start, type, end), as in the seed: a repeat is dropped.
        private final Map<String, GeneratedRelationship> relationships = new LinkedHashMap<>();

        /** A node named by its kind and its number in the city: 合成小区 0001 / Synthetic estate 0001. */
        void named(String id, List<String> labels, String nameZh, String nameEn, String counter, Object... properties) {
            String number = number(counter);
            node(id, labels, "合成" + nameZh + " " + number, "Synthetic " + nameEn + " " + number, properties);
        }

        void node(String id, List<String> labels, String name, String nameEn, Object... properties) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", id);
            values.put("kind", labels.getFirst());
            values.put("name", name);
            values.put("nameEn", nameEn);
            values.put("provenance", PROVENANCE_LIST);
            put(values, properties);
            nodes.add(new GeneratedNode(id, labels, values));
        }

        void relationship(String start, String type, String end, Object... properties) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", start + "-" + type + "-" + end);
            values.put("provenance", PROVENANCE_LIST);
            put(values, properties);
            relationships.putIfAbsent((String) values.get("id"), new GeneratedRelationship(start, type, end, values));
        }

        CityPart build() {
            return new CityPart(List.copyOf(nodes), List.copyOf(relationships.values()));
        }

        private static void put(Map<String, Object> values, Object... properties) {
            for (int i = 0; i < properties.length; i += 2) {
                values.put((String) properties[i], properties[i + 1]);
            }
        }
    }
}

package org.troika.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.troika.stakeholder.StakeholderView;

/**
 * The three carriages of one estate and how complete they are: a residential-area party organisation
 * at the core, a property-service firm, an owners' committee, and the joint meeting where they meet.
 *
 * @param estate                   the estate
 * @param area                     the residential area (residents' or village committee) it lies in
 * @param partyOrganisations       the party organisations leading that area
 * @param propertyFirms            the firms serving the estate
 * @param ownersCommittees         the committees representing it
 * @param jointMeetings            the joint meetings convened for it
 * @param committeeMembers         members on its committees
 * @param partyMembersOnCommittees party members among them
 * @param stars                    the best star rating of its committees, or null when none is rated
 * @param redCommittee             whether one of its committees is a red owners' committee
 * @param missing                  the parts that are missing: PARTY_ORGANISATION, PROPERTY_FIRM, OWNERS_COMMITTEE, JOINT_MEETING
 */
public record ThreeCarriages(
        Map<String, Object> estate,
        Map<String, Object> area,
        List<Map<String, Object>> partyOrganisations,
        List<Map<String, Object>> propertyFirms,
        List<Map<String, Object>> ownersCommittees,
        List<Map<String, Object>> jointMeetings,
        long committeeMembers,
        long partyMembersOnCommittees,
        Integer stars,
        boolean redCommittee,
        List<String> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }

    @SuppressWarnings("unchecked")
    static ThreeCarriages from(Map<String, Object> row) {
        var parties = views(row.get("partyOrganisations"));
        var firms = views(row.get("propertyFirms"));
        var committees = views(row.get("ownersCommittees"));
        var meetings = views(row.get("jointMeetings"));
        List<String> missing = new ArrayList<>();
        if (parties.isEmpty()) {
            missing.add("PARTY_ORGANISATION");
        }
        if (firms.isEmpty()) {
            missing.add("PROPERTY_FIRM");
        }
        if (committees.isEmpty()) {
            missing.add("OWNERS_COMMITTEE");
        }
        if (meetings.isEmpty()) {
            missing.add("JOINT_MEETING");
        }
        Object area = row.get("area");
        return new ThreeCarriages(
                StakeholderView.of((Map<String, Object>) row.get("estate")),
                area == null ? null : StakeholderView.of((Map<String, Object>) area),
                parties, firms, committees, meetings,
                ((Number) row.get("committeeMembers")).longValue(),
                ((Number) row.get("partyMembersOnCommittees")).longValue(),
                row.get("stars") instanceof Number stars ? stars.intValue() : null,
                Boolean.TRUE.equals(row.get("redCommittee")),
                List.copyOf(missing));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> views(Object list) {
        return ((List<Map<String, Object>>) list).stream().map(StakeholderView::of).toList();
    }
}

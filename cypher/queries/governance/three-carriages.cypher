// The three carriages of estates: the party organisation leading each one's residential area, the
// firms serving it, its owners' committees with their party members and best star rating, and the
// joint meeting where they meet. One row per estate found, for a whole page of estates at once.
// :param estateIds => ['yingpu-estate-003', 'xianxia-changfu']
// :param asOf => null
UNWIND $estateIds AS estateId
MATCH (estate:Estate {id: estateId})
OPTIONAL MATCH (estate)-[:LOCATED_IN]->(area:Stakeholder)
OPTIONAL MATCH (party:ResidentialPartyOrganisation)-[:LEADS]->(area)
WITH estate, area, collect(DISTINCT party) AS parties
OPTIONAL MATCH (firm:PropertyFirm)-[contract:SERVES]->(estate)
WHERE $asOf IS NULL
   OR ((contract.since IS NULL OR contract.since <= $asOf) AND (contract.until IS NULL OR contract.until >= $asOf))
WITH estate, area, parties, collect(DISTINCT firm) AS firms
OPTIONAL MATCH (committee:OwnersCommittee)-[:REPRESENTS]->(estate)
WITH estate, area, parties, firms, collect(DISTINCT committee) AS committees
OPTIONAL MATCH (meeting:JointMeeting)-[:CONVENES]->(estate)
WITH estate, area, parties, firms, committees, collect(DISTINCT meeting) AS meetings
OPTIONAL MATCH (member:Person)-[seat:MEMBER_OF]->(committee:OwnersCommittee)
WHERE committee IN committees
  AND ($asOf IS NULL
       OR ((seat.since IS NULL OR seat.since <= $asOf) AND (seat.until IS NULL OR seat.until >= $asOf)))
WITH estate, area, parties, firms, committees, meetings,
     count(DISTINCT member) AS members,
     count(DISTINCT CASE WHEN member.partyMember THEN member END) AS partyMembers
OPTIONAL MATCH (:EvaluationSystem)-[rating:EVALUATES]->(rated:OwnersCommittee)
WHERE rated IN committees
WITH estate, area, parties, firms, committees, meetings, members, partyMembers,
     max(rating.stars) AS stars, coalesce(max(rating.redCommittee), false) AS red
RETURN properties(estate) AS estate,
       CASE WHEN area IS NULL THEN null ELSE properties(area) END AS area,
       [p IN parties | properties(p)] AS partyOrganisations,
       [f IN firms | properties(f)] AS propertyFirms,
       [c IN committees | properties(c)] AS ownersCommittees,
       [m IN meetings | properties(m)] AS jointMeetings,
       members AS committeeMembers,
       partyMembers AS partyMembersOnCommittees,
       stars,
       red AS redCommittee

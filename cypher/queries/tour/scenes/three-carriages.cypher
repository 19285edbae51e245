// Tour scene: one estate's three carriages: the estate and its residential area, the party
// organisation leading the area, the firms serving the estate, its owners' committee and the joint
// meeting convened for it.
// :param estateId => 'yingpu-estate-003'
MATCH (estate:Estate {id: $estateId})
CALL (estate) {
  RETURN estate AS n
  UNION
  MATCH (estate)-[:LOCATED_IN]->(n:Stakeholder)
  RETURN n
  UNION
  MATCH (estate)-[:LOCATED_IN]->(:Stakeholder)<-[:LEADS]-(n:ResidentialPartyOrganisation)
  RETURN n
  UNION
  MATCH (n:PropertyFirm)-[:SERVES]->(estate)
  RETURN n
  UNION
  MATCH (n:OwnersCommittee)-[:REPRESENTS]->(estate)
  RETURN n
  UNION
  MATCH (n:JointMeeting)-[:CONVENES]->(estate)
  RETURN n
}
RETURN n.id AS id

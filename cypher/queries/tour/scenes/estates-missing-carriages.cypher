// Tour scene: the estates of a sub-district that lack one of the three carriages (a party organisation
// leading the estate's area, a serving property firm, an owners' committee, a joint meeting), at most
// $limit of them, with the sub-district itself.
// :param scopeId => 'yingpu'
// :param limit => 40
MATCH (scope:Stakeholder {id: $scopeId})
MATCH (estate:Estate)-[:LOCATED_IN*1..3]->(scope)
WITH DISTINCT scope, estate
WHERE NOT EXISTS { (estate)-[:LOCATED_IN]->()<-[:LEADS]-(:ResidentialPartyOrganisation) }
   OR NOT EXISTS { (estate)<-[:SERVES]-(:PropertyFirm) }
   OR NOT EXISTS { (estate)<-[:REPRESENTS]-(:OwnersCommittee) }
   OR NOT EXISTS { (estate)<-[:CONVENES]-(:JointMeeting) }
WITH scope, estate ORDER BY estate.id
LIMIT $limit
WITH scope, collect(estate.id) AS estates
UNWIND [scope.id] + estates AS id
RETURN id

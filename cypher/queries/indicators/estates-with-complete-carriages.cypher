// Estates of a scope whose three carriages are all there: a party organisation leading the estate's
// area, a property firm serving it, an owners' committee representing it, and a joint meeting for it.
// :param scopeId => 'yingpu'
MATCH (e:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WITH DISTINCT e
WHERE EXISTS { (e)-[:LOCATED_IN]->()<-[:LEADS]-(:ResidentialPartyOrganisation) }
  AND EXISTS { (e)<-[:SERVES]-(:PropertyFirm) }
  AND EXISTS { (e)<-[:REPRESENTS]-(:OwnersCommittee) }
  AND EXISTS { (e)<-[:CONVENES]-(:JointMeeting) }
RETURN count(e) AS value

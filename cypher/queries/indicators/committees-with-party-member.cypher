// Owners' committees of a scope with at least one party member.
// :param scopeId => 'xianxia'
MATCH (c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WHERE EXISTS { (:Person {partyMember: true})-[:MEMBER_OF]->(c) }
RETURN count(DISTINCT c) AS value

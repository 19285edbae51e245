// People sitting on the owners' committees of a scope.
// :param scopeId => 'xianxia'
MATCH (p:Person)-[:MEMBER_OF]->(:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT p) AS value

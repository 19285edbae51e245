// Owners' committees representing estates of a scope.
// :param scopeId => 'xianxia'
MATCH (c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT c) AS value

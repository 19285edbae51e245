// Estates of a scope that no owners' committee represents yet.
// :param scopeId => 'xianxia'
MATCH (e:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WHERE NOT EXISTS { (:OwnersCommittee)-[:REPRESENTS]->(e) }
RETURN count(DISTINCT e) AS value

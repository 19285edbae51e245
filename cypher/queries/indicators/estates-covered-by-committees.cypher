// Estates of a scope represented by at least one owners' committee.
// :param scopeId => 'xianxia'
MATCH (:OwnersCommittee)-[:REPRESENTS]->(e:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT e) AS value

// Owners' committees of a scope rated with a given number of stars.
// :param scopeId => 'xianxia'
// :param stars => 4
MATCH (:EvaluationSystem)-[r:EVALUATES]->(c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WHERE r.stars = $stars
RETURN count(DISTINCT c) AS value

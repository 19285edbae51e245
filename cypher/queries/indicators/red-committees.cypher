// Owners' committees of a scope named red owners' committees.
// :param scopeId => 'xianxia'
MATCH (:EvaluationSystem)-[r:EVALUATES {redCommittee: true}]->(c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT c) AS value

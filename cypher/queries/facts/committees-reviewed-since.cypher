// The earliest year from which the re-elections of a scope's owners' committees passed the joint review.
// :param scopeId => 'xianxia'
MATCH (:Stakeholder)-[r:REVIEWS]->(c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN min(r.since) AS value

// Owners' committees of a scope with a party-building instructor assigned.
// :param scopeId => 'xianxia'
MATCH (:PartyBuildingInstructor)-[:ASSIGNED_TO]->(c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT c) AS value

// Owners' committees of a scope that set up a party work group.
// :param scopeId => 'xianxia'
MATCH (:PartyWorkGroup)-[:PART_OF]->(c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT c) AS value

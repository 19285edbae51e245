// Owners' committees of a scope that set up a party-member owners'-committee studio.
// :param scopeId => 'xianxia'
MATCH (s:Studio {studioType: 'party-member'})-[:PART_OF]->(c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT c) AS value

// Stakeholders of one kind located inside a scope (residents' committees, village committees, ...).
// :param scopeId => 'yingpu'
// :param kind => 'ResidentsCommittee'
MATCH (n:Stakeholder {kind: $kind})-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT n) AS value

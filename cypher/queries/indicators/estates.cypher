// Estates inside a scope (sub-district, district or residents' committee).
// :param scopeId => 'xianxia'
MATCH (e:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT e) AS value

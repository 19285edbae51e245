// Property-service firms serving estates of a scope.
// :param scopeId => 'yingpu'
MATCH (f:PropertyFirm)-[:SERVES]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT f) AS value

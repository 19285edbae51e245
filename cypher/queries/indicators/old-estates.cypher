// Old estates (老旧小区) inside a scope.
// :param scopeId => 'yingpu'
MATCH (e:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WHERE e.old = true
RETURN count(DISTINCT e) AS value

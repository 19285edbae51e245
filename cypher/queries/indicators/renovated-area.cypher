// Floor area (m²) renovated under "Beautiful Homes" in the estates of a scope.
// :param scopeId => 'yingpu'
MATCH (p:Project {projectType: 'renovation'})-[:TARGETS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WITH DISTINCT p
RETURN sum(p.areaM2) AS value

// Estates of a scope renovated under "Beautiful Homes".
// :param scopeId => 'yingpu'
MATCH (p:Project {projectType: 'renovation'})-[:TARGETS]->(e:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT e) AS value

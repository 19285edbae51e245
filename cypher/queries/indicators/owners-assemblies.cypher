// Owners' assemblies representing estates of a scope.
// :param scopeId => 'xianxia'
MATCH (a:OwnersAssembly)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT a) AS value

// Projects of one type, optionally of one status, targeting estates of a scope.
// :param scopeId => 'yingpu'
// :param projectType => 'elevator-retrofit'
// :param status => 'in-use'
MATCH (p:Project)-[:TARGETS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WHERE p.projectType = $projectType AND ($status IS NULL OR p.status = $status)
RETURN count(DISTINCT p) AS value

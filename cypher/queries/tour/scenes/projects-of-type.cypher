// Tour scene: the projects of one type in a sub-district (optionally only those of one status) and
// the estates they target, with the sub-district itself.
// :param scopeId => 'yingpu'
// :param projectType => 'renovation'
// :param status => null
MATCH (scope:Stakeholder {id: $scopeId})
MATCH (project:Project {projectType: $projectType})-[:TARGETS]->(estate:Estate)-[:LOCATED_IN*1..3]->(scope)
WHERE $status IS NULL OR project.status = $status
WITH scope, project, estate ORDER BY project.id
WITH scope, collect(DISTINCT project.id) AS projects, collect(DISTINCT estate.id) AS estates
UNWIND [scope.id] + projects + estates AS id
RETURN DISTINCT id

// People in the teams of one type belonging to a scope (for example the youth cadres of the task force).
// :param scopeId => 'yingpu'
// :param teamType => 'youth-task-force'
MATCH (p:Person)-[:MEMBER_OF]->(t:Team)-[:PART_OF]->(:Stakeholder {id: $scopeId})
WHERE t.teamType = $teamType
RETURN count(DISTINCT p) AS value

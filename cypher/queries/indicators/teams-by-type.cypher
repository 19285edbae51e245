// Teams of one type belonging to a scope (special working groups, youth task forces, ...).
// :param scopeId => 'yingpu'
// :param teamType => 'special-working-group'
MATCH (t:Team)-[:PART_OF]->(:Stakeholder {id: $scopeId})
WHERE t.teamType = $teamType
RETURN count(DISTINCT t) AS value

// Tour scene: a leading body and the teams of one type it leads (special working groups, task forces).
// :param leaderId => 'yingpu-party-working-committee'
// :param teamType => 'special-working-group'
MATCH (leader:Stakeholder {id: $leaderId})
OPTIONAL MATCH (leader)-[:LEADS]->(team:Team {teamType: $teamType})
WITH leader, team ORDER BY team.id
WITH leader, collect(team.id) AS teams
UNWIND [leader.id] + teams AS id
RETURN id

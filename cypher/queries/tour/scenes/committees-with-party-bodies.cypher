// Tour scene: the owners' committees of a sub-district with a party body of one kind attached
// (PartyWorkGroup, Studio or PartyBuildingInstructor), with those bodies and the sub-district itself.
// :param scopeId => 'xianxia'
// :param bodyLabel => 'PartyWorkGroup'
MATCH (scope:Stakeholder {id: $scopeId})
MATCH (committee:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(scope)
MATCH (body:Stakeholder)-[:PART_OF|ASSIGNED_TO]->(committee)
WHERE $bodyLabel IN labels(body)
WITH scope, committee, body ORDER BY committee.id, body.id
WITH scope, collect(DISTINCT committee.id) AS committees, collect(DISTINCT body.id) AS bodies
UNWIND [scope.id] + committees + bodies AS id
RETURN DISTINCT id

// Share (per cent) of the owners' committees of a scope with at least one party member.
// :param scopeId => 'xianxia'
MATCH (c:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WITH DISTINCT c
WITH count(c) AS committees,
     count(CASE WHEN EXISTS { (:Person {partyMember: true})-[:MEMBER_OF]->(c) } THEN 1 END) AS covered
RETURN CASE committees WHEN 0 THEN null ELSE 100.0 * covered / committees END AS value

// Share (per cent) of owners'-committee members of a scope who are party members.
// :param scopeId => 'xianxia'
MATCH (p:Person)-[:MEMBER_OF]->(:OwnersCommittee)-[:REPRESENTS]->(:Estate)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
WITH DISTINCT p
WITH count(p) AS members, count(CASE WHEN p.partyMember = true THEN 1 END) AS partyMembers
RETURN CASE members WHEN 0 THEN null ELSE 100.0 * partyMembers / members END AS value

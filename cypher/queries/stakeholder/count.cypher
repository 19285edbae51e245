// How many stakeholders of one kind pass the filters of a list query (its totalCount), counted, never fetched.
// Takes the filter parameters of stakeholder/list.
// :param kind => 'Estate'
// :param ids => null
// :param nameContains => null
// :param illustrative => null
// :param carriagesComplete => null
// :param scopes => ['yingpu']
// :param properties => [{name: 'old', op: 'eq', value: true}]
// :param has => []
// :param lacks => []
MATCH (n:Stakeholder {kind: $kind})
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($nameContains IS NULL
       OR toLower(n.name) CONTAINS toLower($nameContains)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($illustrative IS NULL OR ('illustrative' IN n.provenance) = $illustrative)
  AND ($carriagesComplete IS NULL OR $carriagesComplete = (
        EXISTS { (n)-[:LOCATED_IN]->()<-[:LEADS]-(:ResidentialPartyOrganisation) }
        AND EXISTS { (n)<-[:SERVES]-(:PropertyFirm) }
        AND EXISTS { (n)<-[:REPRESENTS]-(:OwnersCommittee) }
        AND EXISTS { (n)<-[:CONVENES]-(:JointMeeting) }))
  AND all(f IN $properties WHERE CASE f.op
        WHEN 'eq' THEN n[f.name] = f.value
        WHEN 'in' THEN n[f.name] IN f.value
        WHEN 'contains' THEN toLower(toString(n[f.name])) CONTAINS toLower(f.value)
        WHEN 'min' THEN n[f.name] >= f.value
        WHEN 'max' THEN n[f.name] <= f.value
        ELSE false END)
  AND all(scopeId IN $scopes WHERE
        EXISTS { MATCH (n)-[:LOCATED_IN*0..3]->(:Stakeholder {id: scopeId}) }
        OR EXISTS { MATCH (n)--(place:Estate|ResidentsCommittee|VillageCommittee|PreparatoryGroup)-[:LOCATED_IN*1..3]->(:Stakeholder {id: scopeId}) }
        OR EXISTS { MATCH (n:Person)-->(:Stakeholder)--(place:Estate|ResidentsCommittee|VillageCommittee|PreparatoryGroup)-[:LOCATED_IN*1..3]->(:Stakeholder {id: scopeId}) })
  AND all(h IN $has WHERE EXISTS {
        MATCH (n)-[r]-(other)
        WHERE type(r) = h.type AND (h.otherKind IS NULL OR other.kind = h.otherKind)
          AND (h.direction = 'BOTH' OR (h.direction = 'OUT') = (startNode(r) = n)) })
  AND none(h IN $lacks WHERE EXISTS {
        MATCH (n)-[r]-(other)
        WHERE type(r) = h.type AND (h.otherKind IS NULL OR other.kind = h.otherKind)
          AND (h.direction = 'BOTH' OR (h.direction = 'OUT') = (startNode(r) = n)) })
RETURN count(n) AS total

// Records changes in the audit trail at the transaction's time, each linked to the stakeholder it changed
// while that stakeholder exists (a relationship's or a deleted stakeholder's change keeps only its targetId).
// :param changes => [{id: 'c5a1…', by: 'anonymous', authenticated: false, operation: 'UPDATE', targetId: 'xianxia-estate-01', targetKind: 'Estate', version: 1, reason: 'renovated in 2022', provenance: ['F02'], before: '{"old":true}', after: '{"old":false}'}]
UNWIND $changes AS change
CREATE (c:Change)
SET c = change, c.at = datetime.transaction()
WITH c
CALL (c) {
  MATCH (target:Stakeholder {id: c.targetId})
  CREATE (c)-[:CHANGED]->(target)
}
RETURN properties(c) AS change

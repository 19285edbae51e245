// The records outside the stakeholders that may hold a person's personal values, for an erasure to scrub: the
// history of the person itself, and any history entry, saved scene or import batch with one of the values in
// one of its texts. Stakeholders are left out: the person itself is rewritten whole by the erasure.
// :param id => 'xianxia-member-001'
// :param values => ['示意委员 仙霞-001', 'Illustrative member Xianxia-001', '13800000001']
MATCH (n)
WHERE NOT n:Stakeholder
  AND ((n:Change AND n.targetId = $id)
       OR any(key IN keys(n) WHERE n[key] IS :: STRING AND any(value IN $values WHERE n[key] CONTAINS value)))
RETURN elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties

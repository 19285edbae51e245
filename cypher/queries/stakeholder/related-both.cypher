// The stakeholders related to each of many stakeholders by one relationship type (both), for GraphQL relationship
// fields: one statement for every item of a list. A key with asOf keeps only relationships valid on that date.
// :param type => 'SERVES'
// :param labels => ['Stakeholder']
// :param keys => [{key: 'yingpu-estate-003', id: 'yingpu-estate-003', asOf: null}]
UNWIND $keys AS key
MATCH (n:Stakeholder {id: key.id})
MATCH (n)-[r:$($type)]-(m:$($labels))
WHERE key.asOf IS NULL
   OR ((r.since IS NULL OR r.since <= key.asOf) AND (r.until IS NULL OR r.until >= key.asOf))
WITH key, r, m
ORDER BY m.id
RETURN key.key AS key, collect({stakeholder: properties(m), relationship: properties(r)}) AS related

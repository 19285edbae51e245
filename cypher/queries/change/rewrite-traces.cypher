// Writes the scrubbed properties of the records an erasure found (change/personal-traces), by element id,
// within the erasure's transaction.
// :param rows => [{elementId: '4:…:12', properties: {reason: 'phone of 已删除人员 corrected'}}]
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.elementId
SET n += row.properties

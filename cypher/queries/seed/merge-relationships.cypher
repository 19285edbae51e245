// Creates or updates relationships between stakeholders, one per (start, type, end). Idempotent.
// :param rows => [{start: 'demo-estate', end: 'xianxia-hongxu', type: 'LOCATED_IN', properties: {id: 'demo-estate-LOCATED_IN-xianxia-hongxu', provenance: ['illustrative']}}]
UNWIND $rows AS row
MATCH (start:Stakeholder {id: row.start})
MATCH (end:Stakeholder {id: row.end})
MERGE (start)-[r:$(row.type)]->(end)
SET r += row.properties

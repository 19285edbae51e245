// Creates or updates imported relationships, one per (start, type, end); a property given as null is removed.
// :param rows => [{start: 'yingpu-firm-07', end: 'yingpu-estate-003', type: 'SERVES', properties: {id: 'yingpu-firm-07-SERVES-yingpu-estate-003', since: date('2020-01-01'), revision: 1}}]
UNWIND $rows AS row
MATCH (start:Stakeholder {id: row.start})
MATCH (end:Stakeholder {id: row.end})
MERGE (start)-[r:$(row.type)]->(end)
SET r += row.properties

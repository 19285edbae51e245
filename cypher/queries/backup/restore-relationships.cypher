// Creates one batch of a backup's relationships between the nodes the restore created, found by
// their backup keys; returns how many it created, which is fewer when a key is missing.
// :param rows => [{type: 'LOCATED_IN', start: '4:c0a8…:0', end: '4:c0a8…:1', properties: {id: 'a-LOCATED_IN-b'}}]
UNWIND $rows AS row
MATCH (a:TroikaRestore {troikaRestoreKey: row.start})
MATCH (b:TroikaRestore {troikaRestoreKey: row.end})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created

// Creates one batch of a backup's nodes with their labels and properties, each marked with the
// helper label TroikaRestore and its backup key until the restore is done.
// :param rows => [{key: '4:c0a8…:0', labels: ['Stakeholder', 'Estate'], properties: {id: 'demo-estate', name: '示意小区'}}]
UNWIND $rows AS row
CREATE (n:TroikaRestore {troikaRestoreKey: row.key})
SET n += row.properties
SET n:$(row.labels)
RETURN count(n) AS created

// Records a written import: its file, who made it, when (the transaction's time) and what it wrote.
// An ImportBatch is never a Stakeholder; the provenance 'import:<id>' of what it wrote points at it.
// :param batch => {id: '4f1c…', file: 'estates.xlsx', by: 'anonymous', authenticated: false, stakeholdersCreated: 1, stakeholdersUpdated: 0, stakeholdersUnchanged: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsUnchanged: 0}
CREATE (b:ImportBatch)
SET b = $batch, b.at = datetime.transaction()
RETURN properties(b) AS batch

// Every written import once, by its id: the provenance 'import:<id>' of what it wrote names it.
// Import batches are ImportBatch nodes, never stakeholders.
CREATE CONSTRAINT import_batch_id IF NOT EXISTS
FOR (b:ImportBatch) REQUIRE b.id IS UNIQUE;

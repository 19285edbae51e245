// Every change to the graph once: its id is what a client quotes.
CREATE CONSTRAINT change_id IF NOT EXISTS
FOR (c:Change) REQUIRE c.id IS UNIQUE;

// The history of one record, by the id of the stakeholder or relationship it changed: also once the record is deleted.
CREATE INDEX change_target IF NOT EXISTS
FOR (c:Change) ON (c.targetId);

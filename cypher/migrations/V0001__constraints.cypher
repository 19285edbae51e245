// Every stakeholder has a stable business id, unique across all kinds.
CREATE CONSTRAINT stakeholder_id IF NOT EXISTS
FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;

// Every fact of the source article once.
CREATE CONSTRAINT fact_id IF NOT EXISTS
FOR (f:Fact) REQUIRE f.id IS UNIQUE;

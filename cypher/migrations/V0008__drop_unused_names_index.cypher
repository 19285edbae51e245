// Search reads only the indexes of the search keys (V0003); the full-text index of the raw names,
// which no query reads, cost every write of a name a third Lucene update. Dropped.
DROP INDEX stakeholder_names IF EXISTS;

// The next $batch stakeholders in id order after $after, with the names that SearchKeys keys.
// :param after => ''
// :param batch => 1000
MATCH (n:Stakeholder)
WHERE n.id > $after
WITH n ORDER BY n.id
LIMIT $batch
RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases

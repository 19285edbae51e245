// Stakeholders to export, with all their labels and properties: every one when $ids is null, else those
// with these ids. In id order, so that an export of the same graph is the same file.
// :param ids => null
MATCH (n:Stakeholder)
WHERE $ids IS NULL OR n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id

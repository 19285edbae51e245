// How many stakeholders and relationships the whole graph holds (read from the count store).
CALL () { MATCH (n:Stakeholder) RETURN count(n) AS stakeholders }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN stakeholders, relationships

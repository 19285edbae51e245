// How many stakeholders the graph holds: zero means the seed has never been loaded.
MATCH (n:Stakeholder)
RETURN count(n) AS value

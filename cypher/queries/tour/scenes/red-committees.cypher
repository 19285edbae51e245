// Tour scene: the evaluation system and the owners' committees it named red, only those with $stars
// stars when $stars is given.
// :param stars => 4
MATCH (system:EvaluationSystem)-[rating:EVALUATES]->(committee:OwnersCommittee)
WHERE rating.redCommittee AND ($stars IS NULL OR rating.stars = $stars)
WITH system, committee ORDER BY committee.id
WITH system, collect(committee.id) AS committees
UNWIND [system.id] + committees AS id
RETURN id

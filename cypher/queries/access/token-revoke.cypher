// Deletes an API token of a user (any user's when $anyUser); returns how many were deleted (0 or 1).
// :param id => 'b3f1c2d4-0000-4000-8000-000000000000'
// :param username => 'li.lei'
// :param anyUser => false
OPTIONAL MATCH (t:ApiToken {id: $id})-[:TOKEN_OF]->(u:User)
WHERE $anyUser OR u.username = $username
DETACH DELETE t
RETURN count(t) AS deleted

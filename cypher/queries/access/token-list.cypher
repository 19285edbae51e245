// The API tokens of a user, newest first; never their hashes.
// :param username => 'li.lei'
MATCH (t:ApiToken)-[:TOKEN_OF]->(u:User {username: $username})
RETURN t {.id, .name, .createdAt, username: u.username} AS token
ORDER BY t.createdAt DESC, t.id

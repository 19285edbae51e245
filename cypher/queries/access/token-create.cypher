// Creates an API token of a user: only the hash of its secret is kept.
// :param username => 'li.lei'
// :param id => 'b3f1c2d4-0000-4000-8000-000000000000'
// :param name => 'nightly export'
// :param hash => 'sha-256 of the secret, hex'
// :param createdAt => datetime('2026-05-04T09:30:00Z')
MATCH (u:User {username: $username})
CREATE (t:ApiToken {id: $id, name: $name, hash: $hash, createdAt: $createdAt})-[:TOKEN_OF]->(u)
RETURN t {.id, .name, .createdAt, username: u.username} AS token

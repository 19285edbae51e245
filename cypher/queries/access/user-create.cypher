// Creates a user; returns nothing when the name is taken (the caller reports it).
// :param username => 'li.lei'
// :param passwordHash => '$2a$10$...'
// :param roles => ['STAFF']
// :param createdAt => datetime('2026-05-04T09:30:00Z')
OPTIONAL MATCH (existing:User {username: $username})
WITH existing WHERE existing IS NULL
CREATE (u:User {username: $username, passwordHash: $passwordHash, roles: $roles, enabled: true, createdAt: $createdAt})
RETURN u {.username, .roles, .enabled, .createdAt} AS user

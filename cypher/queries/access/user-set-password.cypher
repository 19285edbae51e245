// Sets a user's password hash; returns nothing for an unknown name.
// :param username => 'li.lei'
// :param passwordHash => '$2a$10$...'
MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash
RETURN u {.username, .roles, .enabled, .createdAt} AS user

// One user by name, with the hash of the password, for signing in.
// :param username => 'li.lei'
MATCH (u:User {username: $username})
RETURN u {.username, .passwordHash, .roles, .enabled, .createdAt} AS user

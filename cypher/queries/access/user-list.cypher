// Every user, by name; never the password hash.
MATCH (u:User)
RETURN u {.username, .roles, .enabled, .createdAt} AS user
ORDER BY u.username

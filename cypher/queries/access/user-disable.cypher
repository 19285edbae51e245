// Disables a user: they can no longer sign in, and their API tokens no longer work.
// :param username => 'li.lei'
MATCH (u:User {username: $username})
SET u.enabled = false
RETURN u {.username, .roles, .enabled, .createdAt} AS user

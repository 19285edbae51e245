// Gives a user new roles; returns nothing for an unknown name.
// :param username => 'li.lei'
// :param roles => ['ADMIN']
MATCH (u:User {username: $username})
SET u.roles = $roles
RETURN u {.username, .roles, .enabled, .createdAt} AS user

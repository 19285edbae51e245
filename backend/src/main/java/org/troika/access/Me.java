package org.troika.access;

/** Who makes a request: the signed-in user's name (null when anonymous) and role. */
record Me(String username, Role role) {
}

package org.troika.access;

/**
 * The {@code @PreAuthorize} expressions of Troika's operations, one per role. A user holds the authority of their
 * role and of every role it includes, so {@code hasRole('STAFF')} holds for staff and admins alike.
 */
public final class Allowed {

    /** Researchers and above: signed in, saving scenes, tokens of their own. */
    public static final String RESEARCHER = "hasRole('RESEARCHER')";
    /** Staff and admins: every change to the graph and the tours, imports. */
    public static final String STAFF = "hasRole('STAFF')";
    /** Admins only: users, backups, reviews. */
    public static final String ADMIN = "hasRole('ADMIN')";

    private Allowed() {
    }
}

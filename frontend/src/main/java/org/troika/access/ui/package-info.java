/** Signing in to the UI: the login view and the access rules of the views. */
package org.troika.access.ui;

/** The runnable Troika application: the backend's features and the Vaadin UI in one process. */
package org.troika;

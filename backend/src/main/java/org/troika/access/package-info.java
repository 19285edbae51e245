/** Who may see and change what: the roles of Troika's users and the role of the current request. */
package org.troika.access;

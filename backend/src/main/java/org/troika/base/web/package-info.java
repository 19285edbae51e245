/** What every HTTP endpoint shares: cross-origin access closed unless named, and error bodies that show nothing internal. */
package org.troika.base.web;

/** The UI's shell and small shared components: main layout, navigation, language. */
package org.troika.base.ui;

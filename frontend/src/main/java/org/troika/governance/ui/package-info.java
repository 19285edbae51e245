/** The indicators view: sub-districts compared on their governance indicators, and the fact check. */
package org.troika.governance.ui;

/** The About page: where the data come from, how provenance works, and what rests on each fact. */
package org.troika.about.ui;

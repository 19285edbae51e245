/** Finds stakeholders by name, alias, abbreviation, pinyin or initials, in Chinese or English, through the graph's full-text indexes. */
package org.troika.search;

/** What the graph rests on: how many stakeholders and relationships each fact of the source article supports. */
package org.troika.about;

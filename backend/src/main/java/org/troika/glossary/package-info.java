/** The glossary of co-governance terms in Chinese, pinyin and English, each tied to the kinds of stakeholder it names. */
package org.troika.glossary;

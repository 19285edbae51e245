/** The glossary in the browser: every co-governance term with its pinyin, English, explanation, examples and tour steps. */
package org.troika.glossary.ui;

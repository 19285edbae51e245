/** The one batched write path of stakeholders and relationships, shared by the seed, imports and the city generator. */
package org.troika.write;

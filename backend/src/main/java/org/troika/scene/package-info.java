/** Scenes of the explorer saved under a name, to be opened again by their address; kept apart from the stakeholders. */
package org.troika.scene;

package org.troika.scene;

import java.time.OffsetDateTime;

/**
 * A scene of the explorer saved under a name. The address is the explorer's own query string for the scene
 * ({@code scope=yingpu&expand=a,b&layout=radial}), opaque here; {@code createdBy} is who saved it, as the history of
 * changes names people.
 */
public record SavedScene(String id, String name, String address, OffsetDateTime createdAt, String createdBy) {
}

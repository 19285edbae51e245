package org.troika.tour;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the tours are read from, bound from {@code troika.tours.*} (environment variable {@code TROIKA_TOURS_DIR}).
 *
 * @param dir the tours directory; when it does not exist, the tours shipped in the application are read
 */
@ConfigurationProperties("troika.tours")
public record TourProperties(@DefaultValue("seed/tours") Path dir) {
}

package org.troika;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend's features without the UI, for the backend's tests. */
@SpringBootApplication
public class TroikaTestApplication {
}

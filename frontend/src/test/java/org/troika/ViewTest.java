package org.troika;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A browserless view test: the views and their services in the test JVM, over a fresh embedded database
 * with the seed; no browser, no servlet container. Test classes extend {@code SpringBrowserlessTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TroikaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextConfiguration(initializers = FreshDatabase.class)
public @interface ViewTest {
}

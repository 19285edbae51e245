package org.troika;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the real embedded database with the seed loaded. All such tests share one
 * application context, hence one database: tests that change the graph restore what they change. The server
 * listens on a random port ({@code @LocalServerPort}), for tests that go through real HTTP.
 * Tests run as the real staff user {@link TestUsers#STAFF}, read from the database, as changes need a signed-in
 * user; a test of who may do what says whom it runs as ({@code @WithUserDetails}, {@code @WithAnonymousUser}) or
 * signs in over HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TroikaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabase.class)
@AutoConfigureGraphQlTester
@WithUserDetails(TestUsers.STAFF)
public @interface TroikaTest {
}

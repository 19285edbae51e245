package org.troika;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries the house style promises: features without cycles, a domain that knows nothing of the UI. */
@AnalyzeClasses(packages = "org.troika",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTests.DoNotIncludeTestJars.class})
class ArchitectureTests {

    /** The backend's test classes reach this module as a test jar, which DoNotIncludeTests does not recognise. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule features_do_not_form_cycles = slices()
            .matching("org.troika.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_domain_never_uses_the_ui = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.troika")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..");
}

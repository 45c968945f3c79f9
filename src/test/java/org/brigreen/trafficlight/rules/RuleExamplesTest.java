package org.brigreen.trafficlight.rules;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Runs every example of every rule of every loaded version, one test each. */
@QuarkusTest
class RuleExamplesTest {

    @Inject
    RuleSetCatalog catalog;

    @Inject
    DescriptorFacts descriptorFacts;

    @TestFactory
    Stream<DynamicTest> everyRuleExampleHolds() {
        assertFalse(catalog.all().isEmpty());
        return catalog.all().stream()
                .flatMap(ruleSet -> ExampleRuns.of(ruleSet).stream())
                .map(example -> DynamicTest.dynamicTest(example.title(),
                        () -> assertNull(example.failure(descriptorFacts))));
    }
}

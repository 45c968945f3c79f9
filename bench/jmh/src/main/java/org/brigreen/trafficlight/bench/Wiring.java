package org.brigreen.trafficlight.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The engine's collaborators built by hand, as Quarkus would inject them, and where the benchmarks find their input.
 * Paths are relative to the working directory: run from the repository root, or set the system properties.
 */
final class Wiring {

    /** The service's rules folder ({@code -Dbench.rules=...}). */
    static final Path RULES = Path.of(System.getProperty("bench.rules", "rules"));

    /** The service's table of whole projects with their expected classes ({@code -Dbench.projects=...}). */
    static final Path PROJECTS = Path.of(System.getProperty("bench.projects", "src/test/resources/projects.yaml"));

    static final String RULE_SET_ID = "bri-traffic-light";

    private Wiring() {
    }

    static DescriptorParser descriptorParser() {
        return new DescriptorParser(objectMapper(), validator());
    }

    /** Quarkus's ObjectMapper: its modules, ISO dates, and the quarkus.jackson settings of application.properties. */
    static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModules(new Jdk8Module(), new JavaTimeModule(), new ParameterNamesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** Hibernate Validator; the parameter interpolator needs no Expression Language implementation. */
    private static Validator validator() {
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }
}

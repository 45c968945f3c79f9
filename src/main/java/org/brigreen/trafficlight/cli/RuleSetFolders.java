package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.rules.RuleSetLoader;

/** Rule-set versions read from their folders as the service reads them at start, without the service. */
final class RuleSetFolders {

    private RuleSetFolders() {
    }

    /** The loader of the service, with the descriptor vocabulary the service's rules are written against. */
    static RuleSetLoader loader() {
        // The parser reads the examples' descriptors, and validates them, as the service reads a request body.
        return new RuleSetLoader(new DescriptorParser(JsonMapper.builder().addModule(new JavaTimeModule()).build(),
                Validation.buildDefaultValidatorFactory().getValidator()));
    }
}

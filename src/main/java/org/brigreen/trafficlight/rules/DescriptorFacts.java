package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The descriptor vocabulary the rules are written against, as the feature that owns the descriptor defines it: the
 * schema of its facts, and how a (possibly partial) descriptor in JSON becomes facts, defaults applied.
 */
public interface DescriptorFacts {

    FactSchema schema();

    /**
     * The facts of a descriptor fragment, read as strictly as a request body is, but without requiring the fields
     * a whole descriptor must have.
     *
     * @throws IllegalArgumentException naming what is wrong with the fragment
     */
    Facts ofFragment(JsonNode fragment);
}

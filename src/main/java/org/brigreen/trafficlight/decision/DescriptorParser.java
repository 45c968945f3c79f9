package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.ParserMessages;
import org.brigreen.trafficlight.input.Utf8;
import org.brigreen.trafficlight.rules.DescriptorFacts;
import org.brigreen.trafficlight.rules.FactSchema;
import org.brigreen.trafficlight.rules.Facts;

/**
 * Reads project descriptors strictly: malformed JSON, unknown fields, wrong types, unknown enum values and constraint
 * violations are all reported at once, each with its JSON pointer. Also reads the descriptor fragments of the rules'
 * examples, as the rules' {@link DescriptorFacts}.
 */
@ApplicationScoped
public class DescriptorParser implements DescriptorFacts {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final ObjectMapper mapper;
    private final Validator validator;

    public DescriptorParser(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper.copy().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        this.validator = validator;
    }

    /** A whole descriptor from a request body, of a size the edge has checked. */
    public ProjectDescriptor parse(byte[] body) {
        if (body.length == 0) {
            throw new InvalidRequestException("The request body is empty; it must be a project descriptor.",
                    List.of(new FieldError("", "is required")));
        }
        return parse(Utf8.decode(body, 0, body.length, "The request body"));
    }

    /** A whole descriptor from JSON text, such as a line of a batch. */
    public ProjectDescriptor parse(String json) {
        return bind(readTree(json), true);
    }

    /** A whole descriptor from a JSON tree built by the caller (a CSV row, say); the tree may be changed. */
    public ProjectDescriptor parse(ObjectNode tree) {
        return bind(tree, true);
    }

    @Override
    public FactSchema schema() {
        return DescriptorSchema.PROJECT.factSchema();
    }

    @Override
    public Facts ofFragment(JsonNode fragment) {
        try {
            return DescriptorSchema.PROJECT.facts(bind(fragment.deepCopy(), false));
        } catch (InvalidRequestException e) {
            throw new IllegalArgumentException("invalid descriptor: " + e.errors().stream()
                    .map(error -> error.pointer() + " " + error.reason())
                    .collect(Collectors.joining("; ")), e);
        }
    }

    private ProjectDescriptor bind(JsonNode tree, boolean whole) {
        if (tree == null || !tree.isObject()) {
            throw new InvalidRequestException("The request body must be a JSON object: a project descriptor.",
                    List.of(new FieldError("", "must be an object")));
        }
        List<FieldError> errors = new ArrayList<>(DescriptorSchema.PROJECT.check((ObjectNode) tree));
        ProjectDescriptor descriptor;
        try {
            descriptor = mapper.treeToValue(tree, ProjectDescriptor.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a descriptor of valid shape did not bind", e);
        }
        for (ConstraintViolation<ProjectDescriptor> violation : validator.validate(descriptor)) {
            boolean required = violation.getConstraintDescriptor().getAnnotation() instanceof NotNull;
            String pointer = pointerOf(violation.getPropertyPath());
            if ((whole || !required) && errors.stream().noneMatch(error -> error.pointer().equals(pointer))) {
                errors.add(new FieldError(pointer, violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw new InvalidRequestException("The project descriptor has " + errors.size() + " invalid field"
                    + (errors.size() == 1 ? "" : "s") + ".", errors);
        }
        return descriptor;
    }

    /**
     * The JSON value of {@code json}, read from text rather than bytes: decoding is done strictly beforehand, and the
     * parser would otherwise guess at UTF-16 or UTF-32 by itself. Nothing may follow the value.
     */
    private JsonNode readTree(String json) {
        // A byte order mark may be ignored (RFC 8259 §8.1); only the parser's byte reading skips it by itself.
        String text = json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json;
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode tree = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                throw malformed(parser.currentTokenLocation(), "more follows the JSON value");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw malformed(e.getLocation(), ParserMessages.reason(e));
        } catch (IOException e) {
            throw new InvalidRequestException("The request body cannot be read.",
                    List.of(new FieldError("", "unreadable")));
        }
    }

    private static InvalidRequestException malformed(JsonLocation location, String reason) {
        String where = location == null ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new InvalidRequestException("The request body is not valid JSON" + where + ": " + reason,
                List.of(new FieldError("", "malformed JSON" + where)));
    }

    private static String pointerOf(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }
}

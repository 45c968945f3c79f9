package org.brigreen.trafficlight.appeal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.StorableText;
import org.brigreen.trafficlight.input.Utf8;

/**
 * Reads the bodies of appeal requests strictly, reporting every invalid field at once with its JSON pointer: a
 * filing ({@code statement}, {@code descriptor}) and a ruling ({@code outcome}, {@code reasons}).
 */
@ApplicationScoped
class AppealRequests {

    /** The longest statement or reasons, in characters: a few pages. */
    static final int MAX_TEXT = 4000;
    /** A ruling's outcomes, by the names of the states they leave the appeal in. */
    private static final Map<String, AppealStepKind> OUTCOMES = Map.of(
            AppealState.UPHELD.wireName(), AppealStepKind.UPHELD,
            AppealState.DISMISSED.wireName(), AppealStepKind.DISMISSED);
    private static final List<String> OUTCOME_NAMES = OUTCOMES.keySet().stream().sorted().toList();

    private final ObjectMapper mapper;
    private final DescriptorParser descriptors;

    AppealRequests(ObjectMapper mapper, DescriptorParser descriptors) {
        this.mapper = mapper.copy().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        this.descriptors = descriptors;
    }

    record FilingRequest(String statement, ProjectDescriptor descriptor) {
    }

    record RulingRequest(AppealStepKind outcome, String reasons) {
    }

    FilingRequest filing(byte[] body) {
        ObjectNode json = object(body, "an appeal: a statement and the corrected descriptor");
        List<FieldError> errors = new ArrayList<>(unknownFields(json, Set.of("statement", "descriptor")));
        String statement = text(json, "statement", errors);
        ProjectDescriptor descriptor = null;
        JsonNode sent = json.get("descriptor");
        if (sent == null || sent.isNull()) {
            errors.add(new FieldError("/descriptor", "is required: the project descriptor as it should have been"));
        } else if (!sent.isObject()) {
            errors.add(new FieldError("/descriptor", "must be an object: a project descriptor"));
        } else {
            try {
                descriptor = descriptors.parse((ObjectNode) sent);
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(new FieldError("/descriptor" + error.pointer(),
                        error.reason(), error.allowedValues())));
            }
        }
        requireValid(errors, "The appeal");
        return new FilingRequest(statement, descriptor);
    }

    RulingRequest ruling(byte[] body) {
        ObjectNode json = object(body, "a ruling: an outcome and its reasons");
        List<FieldError> errors = new ArrayList<>(unknownFields(json, Set.of("outcome", "reasons")));
        AppealStepKind outcome = null;
        JsonNode sent = json.get("outcome");
        if (sent == null || sent.isNull()) {
            errors.add(new FieldError("/outcome", "is required", OUTCOME_NAMES));
        } else if (!sent.isTextual() || !OUTCOMES.containsKey(sent.textValue())) {
            errors.add(FieldError.unknownValue("/outcome", sent.asText(), OUTCOME_NAMES));
        } else {
            outcome = OUTCOMES.get(sent.textValue());
        }
        String reasons = text(json, "reasons", errors);
        requireValid(errors, "The ruling");
        return new RulingRequest(outcome, reasons);
    }

    private ObjectNode object(byte[] body, String what) {
        if (body.length == 0) {
            throw new InvalidRequestException("The request body is empty; it must be " + what + ".",
                    List.of(new FieldError("", "is required")));
        }
        JsonNode json;
        try {
            json = mapper.readTree(Utf8.decode(body, 0, body.length, "The request body"));
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("The request body is not JSON: " + e.getOriginalMessage(),
                    List.of(new FieldError("", "must be a JSON object: " + what)));
        }
        if (json == null || !json.isObject()) {
            throw new InvalidRequestException("The request body must be a JSON object: " + what + ".",
                    List.of(new FieldError("", "must be an object")));
        }
        return (ObjectNode) json;
    }

    private static List<FieldError> unknownFields(ObjectNode json, Set<String> known) {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new FieldError("/" + name, "is not a field of this request",
                        known.stream().sorted().toList()));
            }
        }
        return errors;
    }

    /** A required text field of at most {@value #MAX_TEXT} characters, that the log can keep. */
    private static String text(ObjectNode json, String field, List<FieldError> errors) {
        JsonNode sent = json.get(field);
        String pointer = "/" + field;
        if (sent == null || sent.isNull()) {
            errors.add(new FieldError(pointer, "is required"));
            return null;
        }
        if (!sent.isTextual()) {
            errors.add(new FieldError(pointer, "must be a string"));
            return null;
        }
        String text = sent.textValue();
        if (text.isBlank()) {
            errors.add(new FieldError(pointer, "must not be blank"));
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.add(new FieldError(pointer, "must be at most " + MAX_TEXT + " characters"));
        } else {
            StorableText.problem(text).ifPresent(problem -> errors.add(new FieldError(pointer, problem)));
        }
        return text;
    }

    private static void requireValid(List<FieldError> errors, String what) {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw new InvalidRequestException(what + " has " + errors.size() + " invalid field"
                    + (errors.size() == 1 ? "" : "s") + ".", errors);
        }
    }
}

package org.brigreen.trafficlight.tlog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A field of the record that is copied beside it, so that reads can filter and list without parsing records: a column
 * of the decision table, and the same field on a line of the export. The record is hashed into the chain, its copies
 * are not, so the record is what was decided, and a copy that says otherwise is damage. {@link #of(String)} is the one
 * reading of what a record says, used by the service's verification and by the offline verifier alike: pure, with
 * Jackson only (each copied field read as a tree node; no binding to the domain's classes). Values are compared in one
 * normal form (text; a UUID in lower case; an instant as {@link Instant#toString()}; {@code true} or {@code false});
 * null where the record has none.
 */
public enum RecordCopy {
    ID("id", "decisionId", Kind.UUID, "/id", true),
    DECIDED_AT("decided_at", "decidedAt", Kind.INSTANT, "/decidedAt", true),
    RULESET_ID("ruleset_id", "ruleSet.id", Kind.TEXT, "/ruleSet/id", true),
    RULESET_VERSION("ruleset_version", "ruleSet.version", Kind.TEXT, "/ruleSet/version", true),
    RULESET_DIGEST("ruleset_digest", "ruleSet.digest", Kind.TEXT, "/ruleSet/digest", true),
    TRAFFIC_LIGHT("traffic_light", "class", Kind.TEXT, "/assessment/trafficLight", true),
    EXCLUDED("excluded", "excluded", Kind.BOOLEAN, "/assessment/excluded", true),
    REFERENCE("reference", "reference", Kind.TEXT, "/descriptor/reference", false),
    COUNTRY("country", "country", Kind.TEXT, "/descriptor/country", true),
    SECTOR("sector", "sector", Kind.TEXT, "/descriptor/sector", true),
    /** Records made before callers were recorded have none. */
    ORG("org", "org", Kind.TEXT, "/caller/org", false),
    /** Only decisions of a batch have one. */
    BATCH_ID("batch_id", "batchId", Kind.UUID, "/batch", false),
    /** Only decisions made when an appeal was upheld have one. */
    SUPERSEDES("supersedes", "supersedes", Kind.UUID, "/supersedes", false);

    /** How a value is written. */
    public enum Kind {
        TEXT,
        UUID,
        INSTANT,
        BOOLEAN
    }

    /** A copy that does not say what its record says. */
    public record Mismatch(RecordCopy copy, String copied, String recorded) {

        /** In words, naming the export field and the column. */
        public String detail() {
            return "\"" + copy.field() + "\" (column " + copy.column() + ") is " + quoted(copied)
                    + ", but the record says " + quoted(recorded) + ": the copy was changed after it was logged.";
        }

        private static String quoted(String value) {
            return value == null ? "absent" : "\"" + value + "\"";
        }
    }

    /** A record that is not a decision's JSON, so that what it says cannot be read. */
    public static final class UnreadableRecordException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadableRecordException(String message) {
            super(message, null, false, false);
        }
    }

    /** The top-level field that names the kind of a record that is not a decision. */
    public static final String KIND_FIELD = "kind";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Map<String, RecordCopy> BY_PATH_IN_RECORD = Arrays.stream(values())
            .collect(Collectors.toMap(copy -> copy.inRecord.toString(), copy -> copy));
    /** The objects of the record that hold copied fields. */
    private static final Set<String> PARENTS_IN_RECORD = Arrays.stream(values())
            .map(copy -> copy.inRecord.head().toString()).filter(parent -> !parent.isEmpty())
            .collect(Collectors.toSet());

    private final String column;
    private final String field;
    private final Kind kind;
    private final JsonPointer inRecord;
    private final JsonPointer inExportLine;
    private final boolean required;

    RecordCopy(String column, String field, Kind kind, String inRecord, boolean required) {
        this.column = column;
        this.field = field;
        this.kind = kind;
        this.inRecord = JsonPointer.compile(inRecord);
        this.inExportLine = JsonPointer.compile("/" + field.replace('.', '/'));
        this.required = required;
    }

    /** The column of the decision table. */
    public String column() {
        return column;
    }

    /** The field of an export line, dotted where it is nested ({@code ruleSet.id}). */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    /** Where the field is on an export line. */
    public JsonPointer inExportLine() {
        return inExportLine;
    }

    /**
     * What a canonical record says for every copy. Reads only the fields copied, and skips the rest of the record
     * unparsed: what a verification of the whole log spends on each record beside its hash. A record of another kind
     * than a decision (the step of an appeal) names its kind in a top-level {@value #KIND_FIELD}, which no decision
     * record has; it has no copies, and says none.
     *
     * @throws UnreadableRecordException when it is not a decision's JSON: not an object, or without a required field
     */
    public static Map<RecordCopy, String> of(String record) {
        Map<RecordCopy, String> says = new EnumMap<>(RecordCopy.class);
        boolean otherKind;
        try (JsonParser parser = JSON.createParser(record)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableRecordException("the record is not a JSON object");
            }
            otherKind = readObject(parser, "", says);
            if (parser.nextToken() != null) {
                throw new UnreadableRecordException("the record has more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            throw new UnreadableRecordException("the record is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (otherKind) {
            return Map.of();
        }
        for (RecordCopy copy : values()) {
            if (copy.required && says.get(copy) == null) {
                throw new UnreadableRecordException("the record has no " + copy.inRecord);
            }
        }
        return says;
    }

    /**
     * Reads the object the parser is at, up to its end, keeping the copied fields at or under {@code path}; true when
     * it is the record's top level and names a kind.
     */
    private static boolean readObject(JsonParser parser, String path, Map<RecordCopy, String> says)
            throws IOException {
        boolean kind = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = path + "/" + parser.currentName();
            JsonToken value = parser.nextToken();
            RecordCopy copy = BY_PATH_IN_RECORD.get(field);
            if (field.equals("/" + KIND_FIELD)) {
                kind = true;
                parser.skipChildren();
            } else if (copy != null) {
                JsonNode node = JSON.readTree(parser);
                try {
                    says.put(copy, copy.normalized(node));
                } catch (IllegalArgumentException e) {
                    throw new UnreadableRecordException("the record's " + field + " " + e.getMessage());
                }
            } else if (value == JsonToken.START_OBJECT && PARENTS_IN_RECORD.contains(field)) {
                readObject(parser, field, says);
            } else {
                parser.skipChildren();
            }
        }
        return kind;
    }

    /** The first copy, in column order, that differs from what the record says. */
    public static Optional<Mismatch> firstMismatch(Map<RecordCopy, String> recorded, Map<RecordCopy, String> copies) {
        for (RecordCopy copy : values()) {
            if (!Objects.equals(recorded.get(copy), copies.get(copy))) {
                return Optional.of(new Mismatch(copy, copies.get(copy), recorded.get(copy)));
            }
        }
        return Optional.empty();
    }

    /**
     * A JSON value in normal form; null for a missing or null node.
     *
     * @throws IllegalArgumentException when it is not of this copy's kind
     */
    public String normalized(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (kind == Kind.BOOLEAN) {
            if (!value.isBoolean()) {
                throw new IllegalArgumentException("must be true or false");
            }
            return Boolean.toString(value.booleanValue());
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("must be a string");
        }
        return normalized(value.textValue());
    }

    private String normalized(String text) {
        return switch (kind) {
            case UUID -> uuid(text);
            case INSTANT -> instant(text);
            default -> text;
        };
    }

    private static String uuid(String text) {
        try {
            String uuid = UUID.fromString(text).toString();
            if (uuid.equals(text)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        throw new IllegalArgumentException("must be a UUID in lower case");
    }

    private static String instant(String text) {
        try {
            return Instant.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an instant such as 2026-11-21T07:02:42.747764Z");
        }
    }
}

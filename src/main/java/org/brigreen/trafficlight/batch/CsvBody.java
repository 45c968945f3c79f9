package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.brigreen.trafficlight.classification.DescriptorParser;
import org.brigreen.trafficlight.http.FieldError;
import org.brigreen.trafficlight.http.InvalidRequestException;
import org.brigreen.trafficlight.http.ParserMessages;
import org.brigreen.trafficlight.http.Utf8;
import org.brigreen.trafficlight.rules.FactType;

/**
 * A batch in CSV (RFC 4180): a header naming descriptor fields in dotted form ({@code site.protectedArea}), then one
 * descriptor per row. An empty cell is an absent field; a list field holds its values separated by {@code |}.
 */
final class CsvBody extends BatchBody {

    static final String LIST_SEPARATOR = "|";
    private static final Pattern LIST_VALUES = Pattern.compile(Pattern.quote(LIST_SEPARATOR));
    private static final ObjectReader ROWS = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build()
            .readerFor(String[].class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final List<Column> columns;
    private final MappingIterator<String[]> rows;
    private final int size;

    /** A column of the header: the descriptor field it holds, and that field's type. */
    private record Column(String field, FactType type) {
    }

    private CsvBody(List<Column> columns, MappingIterator<String[]> rows, int size, DescriptorParser parser) {
        super(parser);
        this.columns = columns;
        this.rows = rows;
        this.size = size;
    }

    static CsvBody read(byte[] body, DescriptorParser parser) {
        checkUtf8(body);
        MappingIterator<String[]> rows = rows(body);
        if (!hasNext(rows)) {
            throw empty();
        }
        List<Column> columns = header(nextRow(rows), parser.schema().types());
        int size = countRows(body);
        if (size == 0) {
            throw empty();
        }
        return new CsvBody(columns, rows, size, parser);
    }

    /** The CSV reader decodes leniently, so the body is checked first, as a whole: rows may span lines. */
    private static void checkUtf8(byte[] body) {
        OptionalInt invalid = Utf8.firstInvalidByte(body, 0, body.length);
        if (invalid.isPresent()) {
            int offset = invalid.getAsInt();
            throw Utf8.invalid("The body", "line " + lineOf(body, offset) + ", " + Utf8.byteAt(body, 0, offset));
        }
    }

    private static int lineOf(byte[] body, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (body[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<Column> header(String[] names, Map<String, FactType> fields) {
        List<FieldError> errors = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            String where = "header column " + (i + 1);
            if (!fields.containsKey(name)) {
                errors.add(new FieldError(where, "unknown field '" + name + "'", List.copyOf(fields.keySet())));
            } else if (!seen.add(name)) {
                errors.add(new FieldError(where, "field '" + name + "' is named twice"));
            }
            columns.add(new Column(name, fields.get(name)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The CSV header (line 1) must name descriptor fields in dotted form, "
                    + "each once.", errors);
        }
        return List.copyOf(columns);
    }

    /** The data rows, with a limit check as soon as there are too many. */
    private static int countRows(byte[] body) {
        MappingIterator<String[]> rows = rows(body);
        int count = -1;
        while (hasNext(rows)) {
            nextRow(rows);
            if (++count > MAX_DESCRIPTORS) {
                throw tooLarge();
            }
        }
        return Math.max(count, 0);
    }

    /**
     * The rows, read from the body as the UTF-8 it was checked to be: given bytes, the CSV reader would guess at
     * UTF-16 or UTF-32 by itself. A byte order mark is skipped, as that reader would.
     */
    private static MappingIterator<String[]> rows(byte[] body) {
        int start = startsWith(body, BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length : 0;
        Reader text = new InputStreamReader(new ByteArrayInputStream(body, start, body.length - start),
                StandardCharsets.UTF_8);
        try {
            return ROWS.readValues(text);
        } catch (IOException e) {
            throw new InvalidRequestException("The body is not valid CSV at line 1: " + ParserMessages.reason(e),
                    List.of(new FieldError("", "malformed CSV at line 1")));
        }
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean hasNext(MappingIterator<String[]> rows) {
        try {
            return rows.hasNextValue();
        } catch (RuntimeJsonMappingException | IOException e) {
            throw malformed(rows, e);
        }
    }

    private static String[] nextRow(MappingIterator<String[]> rows) {
        try {
            return rows.next();
        } catch (RuntimeJsonMappingException e) {
            throw malformed(rows, e);
        }
    }

    private static InvalidRequestException malformed(MappingIterator<String[]> rows, Exception e) {
        String where = "line " + rows.getCurrentLocation().getLineNr();
        return new InvalidRequestException("The body is not valid CSV at " + where + ": " + ParserMessages.reason(e),
                List.of(new FieldError("", "malformed CSV at " + where)));
    }

    @Override
    int size() {
        return size;
    }

    @Override
    public boolean hasNext() {
        return hasNext(rows);
    }

    @Override
    public UnreadLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int number = rows.getCurrentLocation().getLineNr();
        String[] cells = nextRow(rows);
        return () -> read(number, cells);
    }

    private BatchLine read(int number, String[] cells) {
        if (cells.length != columns.size()) {
            return refused(number, new InvalidRequestException("The row has " + cells.length + " cells; the header "
                    + "has " + columns.size() + ".", List.of(new FieldError("", "wrong number of cells"))));
        }
        return parse(number, tree(cells));
    }

    /** The descriptor a row describes, as JSON; a cell that is not of its field's type is left as text. */
    private ObjectNode tree(String[] cells) {
        ObjectNode descriptor = JSON.objectNode();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].trim();
            if (!cell.isEmpty()) {
                Column column = columns.get(i);
                parentOf(descriptor, column.field()).set(leafOf(column.field()), value(cell, column.type()));
            }
        }
        return descriptor;
    }

    private static ObjectNode parentOf(ObjectNode descriptor, String field) {
        ObjectNode parent = descriptor;
        String[] path = field.split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.withObjectProperty(path[i]);
        }
        return parent;
    }

    private static String leafOf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private static JsonNode value(String cell, FactType type) {
        return switch (type) {
            case BOOLEAN -> switch (cell.toLowerCase(Locale.ROOT)) {
                case "true" -> JSON.booleanNode(true);
                case "false" -> JSON.booleanNode(false);
                default -> JSON.textNode(cell);
            };
            case NUMBER, INTEGER -> number(cell);
            case LIST -> list(cell);
            case STRING, DATE -> JSON.textNode(cell);
        };
    }

    /**
     * A number as JSON would have it: an integer without fraction or exponent; anything else stays text, as does a
     * number longer than JSON's reader takes (reading a very long one costs time that grows with its square).
     */
    private static JsonNode number(String cell) {
        if (cell.length() > MAX_NUMBER_LENGTH || !JSON_NUMBER.matcher(cell).matches()) {
            return JSON.textNode(cell);
        }
        boolean integer = cell.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
        return integer ? JSON.numberNode(new BigInteger(cell)) : JSON.numberNode(new BigDecimal(cell));
    }

    private static ArrayNode list(String cell) {
        ArrayNode values = JSON.arrayNode();
        for (String value : LIST_VALUES.split(cell)) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        return values;
    }
}

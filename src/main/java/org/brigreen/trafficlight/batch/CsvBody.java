package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Set;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.ParserMessages;
import org.brigreen.trafficlight.input.Utf8;

/**
 * A batch in CSV (RFC 4180): a header naming descriptor fields in dotted form ({@code site.protectedArea}), then one
 * descriptor per row. An empty cell is an absent field; a list field holds its values separated by {@code |}
 * ({@link DescriptorSchema.Fact#valueOfText}).
 */
final class CsvBody extends BatchBody {

    private static final ObjectReader ROWS = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build()
            .readerFor(String[].class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<Column> columns;
    private final Rows rows;
    private final int size;

    /** A column of the header: the descriptor field it holds. */
    private record Column(String field, DescriptorSchema.Fact fact) {
    }

    private CsvBody(List<Column> columns, Rows rows, int size, DescriptorParser parser, String path) {
        super(parser, path);
        this.columns = columns;
        this.rows = rows;
        this.size = size;
    }

    static CsvBody read(byte[] body, DescriptorParser parser, String path) {
        Rows rows = new Rows(body);
        if (!rows.hasNext()) {
            throw empty();
        }
        List<Column> columns = header(rows.next(), DescriptorSchema.PROJECT.facts());
        int size = countRows(body);
        if (size == 0) {
            throw empty();
        }
        return new CsvBody(columns, rows, size, parser, path);
    }

    private static List<Column> header(String[] names, Map<String, DescriptorSchema.Fact> fields) {
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

    /** The data rows, with a limit check as soon as there are too many. The whole body is read through once. */
    private static int countRows(byte[] body) {
        Rows rows = new Rows(body);
        int count = -1;
        while (rows.hasNext()) {
            rows.next();
            if (++count > MAX_DESCRIPTORS) {
                throw tooLarge();
            }
        }
        return Math.max(count, 0);
    }

    /**
     * The rows of a body, read as strict UTF-8 (given bytes, the CSV reader would decode leniently, and guess at
     * UTF-16 or UTF-32 by itself); a byte order mark is skipped, as that reader would. What is not CSV, or not
     * UTF-8, is a 400 saying on which line.
     */
    private static final class Rows {

        private final byte[] body;
        private final MappingIterator<String[]> iterator;

        Rows(byte[] body) {
            this.body = body;
            int start = startsWith(body, BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length : 0;
            try {
                this.iterator = ROWS.readValues(Utf8.reader(body, start, body.length));
            } catch (IOException e) {
                throw malformed(e, 1);
            }
        }

        boolean hasNext() {
            try {
                return iterator.hasNextValue();
            } catch (RuntimeJsonMappingException | IOException e) {
                throw malformed(e, line());
            }
        }

        String[] next() {
            try {
                return iterator.next();
            } catch (RuntimeJsonMappingException e) {
                throw malformed(e, line());
            }
        }

        /** The line the next row starts on. */
        int line() {
            return iterator.getCurrentLocation().getLineNr();
        }

        private InvalidRequestException malformed(Exception e, int line) {
            OptionalInt notUtf8 = causedByDecoding(e) ? Utf8.firstInvalidByte(body, 0, body.length)
                    : OptionalInt.empty();
            if (notUtf8.isPresent()) {
                int offset = notUtf8.getAsInt();
                return Utf8.invalid("The body", "line " + lineOf(body, offset) + ", " + Utf8.byteAt(body, 0, offset));
            }
            return new InvalidRequestException("The body is not valid CSV at line " + line + ": "
                    + ParserMessages.reason(e), List.of(new FieldError("", "malformed CSV at line " + line)));
        }

        private static boolean causedByDecoding(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    return true;
                }
            }
            return false;
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

        private static boolean startsWith(byte[] body, byte[] prefix) {
            return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public UnreadLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int number = rows.line();
        String[] cells = rows.next();
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
                parentOf(descriptor, column.field()).set(leafOf(column.field()), column.fact().valueOfText(cell));
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
}

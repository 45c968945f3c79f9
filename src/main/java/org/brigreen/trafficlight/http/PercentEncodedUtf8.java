package org.brigreen.trafficlight.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.Utf8;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The percent-encoded bytes of a request's path and query are UTF-8 too, read as strictly as bodies ({@link Utf8}):
 * the server decodes them leniently, putting U+FFFD for what is not UTF-8, so that {@code ?reference=%C0%AF} would
 * look up a reference nobody sent. Such a request is a 400 naming the parameter (or the path) and the byte.
 */
public class PercentEncodedUtf8 {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseInvalidUtf8(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        List<FieldError> errors = new ArrayList<>();
        check("path", uri.getRawPath(), errors);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                check(decoded(name), name, errors);
                if (equals >= 0) {
                    check(decoded(name), pair.substring(equals + 1), errors);
                }
            }
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        InvalidRequestException invalid = new InvalidRequestException(
                "The request's URI holds percent-encoded bytes that are not UTF-8.", errors);
        return Optional.of(Problems.response(Problems.invalid(invalid, uri.getRawPath())));
    }

    private static void check(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.indexOf('%') < 0) {
            return;
        }
        byte[] bytes = bytes(raw);
        OptionalInt invalid = Utf8.firstInvalidByte(bytes, 0, bytes.length);
        invalid.ifPresent(offset -> errors.add(new FieldError(name,
                "not valid UTF-8 at " + Utf8.byteAt(bytes, 0, offset) + " of its percent-decoded bytes")));
    }

    /** The bytes {@code raw} stands for: %XX as the byte XX, anything else as its own UTF-8. */
    private static byte[] bytes(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 3;
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toByteArray();
    }

    /** A parameter's name as the caller meant it, for the answer; its faults are reported under its raw form. */
    private static String decoded(String raw) {
        return new String(bytes(raw), StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}

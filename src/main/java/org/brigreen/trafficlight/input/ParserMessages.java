package org.brigreen.trafficlight.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON or CSV parser found wrong with a body, said in the caller's terms. The parser's own message names the
 * spot well ("Unexpected character ('}' (code 125)): was expecting double-quote to start field name"), but carries
 * the parser's internals too: its feature names, its source description, the Java types it was reading into, its
 * limits by the name of the method that holds them. Those are taken out; a message still holding anything of the
 * kind is replaced as a whole.
 */
public final class ParserMessages {

    private static final int MAX_LENGTH = 200;
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    /** The parser's additions that mean nothing to a caller, and what they become. */
    private static final List<Replacement> INTERNALS = List.of(
            new Replacement("\\s*\\((?:start marker at|for \\w+ starting at) \\[Source:[^\\]]*\\]\\)", ""),
            new Replacement("\\s*at \\[Source:.*", ""),
            new Replacement("\\s*\\(through reference chain:.*", ""),
            new Replacement(":? ?(?:to allow,? )?enable `[^`]*`(?: to allow)?", ""),
            new Replacement("maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '\\w+' not "
                    + "enabled for parser\\)", "comments are not allowed in JSON"));
    /** Whatever still looks like the parser's or Java's own vocabulary. */
    private static final Pattern LEFT_INTERNAL = Pattern.compile("`|\\[Source|Feature|Exception|\\bjackson\\b"
            + "|\\b(?:com|org|io|java|javax|jakarta|sun)\\.[a-z]", Pattern.CASE_INSENSITIVE);

    private record Replacement(Pattern pattern, String with) {
        Replacement(String regex, String with) {
            this(Pattern.compile(regex), with);
        }
    }

    private ParserMessages() {
    }

    /** What is wrong, for a problem's detail: at most 200 characters, nothing of the parser's internals. */
    public static String reason(Throwable failure) {
        Optional<JsonProcessingException> parsing = innermostParsing(failure);
        if (parsing.isEmpty()) {
            return "it cannot be read";
        }
        if (parsing.get() instanceof StreamConstraintsException limit) {
            return overLimit(limit.getOriginalMessage());
        }
        String message = parsing.get().getOriginalMessage();
        if (message == null) {
            return "it cannot be read";
        }
        int end = message.indexOf('\n');
        String reason = end < 0 ? message : message.substring(0, end);
        for (Replacement internal : INTERNALS) {
            reason = internal.pattern().matcher(reason).replaceAll(internal.with());
        }
        if (reason.isBlank() || LEFT_INTERNAL.matcher(reason).find()) {
            return "it is not well-formed";
        }
        return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH) + "…";
    }

    /** The deepest parsing failure among the causes: a mapping failure wraps the parser's, which says more. */
    private static Optional<JsonProcessingException> innermostParsing(Throwable failure) {
        JsonProcessingException innermost = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException parsing) {
                innermost = parsing;
            }
        }
        return Optional.ofNullable(innermost);
    }

    /** A limit of the parser's, said as what the body does that is too much. */
    private static String overLimit(String message) {
        String text = message == null ? "" : message;
        Matcher limit = LIMIT.matcher(text);
        if (!limit.find()) {
            return "it is larger than can be read";
        }
        String most = limit.group(1);
        if (text.startsWith("Document nesting depth")) {
            return "it is nested more than " + most + " levels deep";
        }
        if (text.startsWith("Number value length")) {
            return "a number has more than " + most + " characters";
        }
        if (text.startsWith("Name length")) {
            return "a field name is longer than " + most + " characters";
        }
        if (text.startsWith("String value length")) {
            return "a text value is longer than " + most + " characters";
        }
        return "it is larger than can be read";
    }
}

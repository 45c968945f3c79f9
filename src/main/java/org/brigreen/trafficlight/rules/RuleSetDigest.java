package org.brigreen.trafficlight.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The digest that identifies a version by its files, recorded with every decision it makes: it must never change for
 * the same files, nor when a draft is published.
 */
final class RuleSetDigest {

    /** How a draft's manifest says so: the one line publishing changes. */
    static final Pattern DRAFT_STATUS = Pattern.compile("(?m)^status: draft$");
    private static final String PUBLISHED_STATUS = "status: published";

    private RuleSetDigest() {
    }

    /**
     * SHA-256 over each file in name order: its name within the version folder, a NUL byte, its bytes, a NUL byte.
     * A draft's manifest is hashed as it will read once published, so that the digest a draft shows is the one its
     * published version keeps.
     */
    static String of(List<Path> files, Function<Path, String> names, Path manifestFile) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha256.update(names.apply(file).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                sha256.update(file.equals(manifestFile) ? asPublished(file) : Files.readAllBytes(file));
                sha256.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] asPublished(Path manifestFile) throws IOException {
        String text = Files.readString(manifestFile, StandardCharsets.UTF_8);
        return DRAFT_STATUS.matcher(text).replaceFirst(PUBLISHED_STATUS).getBytes(StandardCharsets.UTF_8);
    }
}

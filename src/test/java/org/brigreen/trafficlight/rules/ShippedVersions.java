package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The versions of the default rule set as its folders hold them, read the way a rule author writes them: tests check
 * what every version must be, never a list of versions written into the test, so that adding one needs no test edit.
 */
public final class ShippedVersions {

    private static final Path RULE_SET = Path.of("rules", "bri-traffic-light");

    /** One version folder's manifest, as far as tests need it. */
    public record Version(String version, String status, LocalDate effectiveFrom) {

        boolean published() {
            return status.equals("published");
        }
    }

    private ShippedVersions() {
    }

    /** Every version, in version order. */
    public static List<Version> all() {
        try (Stream<Path> folders = Files.list(RULE_SET)) {
            return folders.filter(Files::isDirectory).map(ShippedVersions::read)
                    .sorted(Comparator.comparing(Version::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions that may decide, in version order. */
    public static List<String> published() {
        return all().stream().filter(Version::published).map(Version::version).toList();
    }

    /** The version that decides by default on {@code day}: the newest published one in effect. */
    public static Optional<String> inEffect(LocalDate day) {
        return all().stream().filter(Version::published).filter(version -> !version.effectiveFrom().isAfter(day))
                .map(Version::version).reduce((older, newer) -> newer);
    }

    private static Version read(Path folder) {
        try {
            JsonNode manifest = new YAMLMapper().readTree(folder.resolve("ruleset.yaml").toFile());
            return new Version(manifest.path("version").asText(), manifest.path("status").asText(),
                    LocalDate.parse(manifest.path("effectiveFrom").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

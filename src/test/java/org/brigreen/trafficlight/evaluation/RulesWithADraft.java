package org.brigreen.trafficlight.evaluation;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brigreen.trafficlight.rules.ShippedVersions;

/**
 * The shipped rule sets and a draft beside them, made as README's "To add or change a rule" says: the newest version
 * folder copied, with another version and {@code status: draft}. They are copied into a temporary folder, deleted when
 * the tests end, so that the rules in the source tree are never touched.
 */
public class RulesWithADraft implements QuarkusTestProfile {

    /** The draft's version: after any shipped one. */
    public static final String DRAFT = "9999.1";
    private static final Path RULES = Path.of("rules");
    private static final Path RULE_SET = Path.of("bri-traffic-light");
    /** Made once, however often Quarkus asks for the configuration. */
    private static Path copy;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("traffic-light.rules.directory", rulesWithADraft().toString());
    }

    private static synchronized Path rulesWithADraft() {
        if (copy == null) {
            copy = copyWithADraft();
        }
        return copy;
    }

    private static Path copyWithADraft() {
        try {
            Path copy = Files.createTempDirectory("rules-with-a-draft");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy)));
            copyFolder(RULES, copy);
            List<ShippedVersions.Version> versions = ShippedVersions.all();
            String newest = versions.get(versions.size() - 1).version();
            Path draft = copy.resolve(RULE_SET).resolve(DRAFT);
            copyFolder(RULES.resolve(RULE_SET).resolve(newest), draft);
            Path manifest = draft.resolve("ruleset.yaml");
            String text = Files.readString(manifest, StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^version:.*$", "version: \"" + DRAFT + "\"")
                    .replaceFirst("(?m)^status:.*$", "status: draft");
            Files.writeString(manifest, text, StandardCharsets.UTF_8);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

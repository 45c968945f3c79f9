package org.brigreen.trafficlight.readme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * README's examples, run as written: the service started with README's own command, {@code ./mvnw quarkus:dev}, then
 * every {@code bash} block of README.md in order, in one shell, so that what one block sets (a token) is there for the
 * next, as for a reader who follows the text. A block the reader cannot run here (it builds an image, or starts a
 * second service) says so in a comment just before it, {@code <!-- not run by ReadmeExamplesIT: why -->}; every
 * other block runs. An HTTP error answered to an example fails it ({@code curl} is run with
 * {@code --fail-with-body}), as does any command that fails.
 */
class ReadmeExamplesIT {

    private static final Path README = Path.of("README.md");
    private static final String NOT_RUN = "<!-- not run by ReadmeExamplesIT:";
    private static final URI READY = URI.create("http://localhost:8080/q/health/ready");
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Path OUTPUT = Path.of("target", "readme-examples");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyExampleOfTheReadmeRunsAsWritten() throws Exception {
        List<Example> examples = examples(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertTrue(examples.size() >= 5, "README's examples were found: " + examples.size());
        Files.createDirectories(OUTPUT);
        assertFalse(answers(READY), "port 8080 is free for the service README starts");
        Set<Path> filesBefore = filesOfTheRoot();
        Process devMode = new ProcessBuilder("./mvnw", "quarkus:dev")
                .redirectErrorStream(true).redirectOutput(OUTPUT.resolve("dev-mode.log").toFile()).start();
        try {
            awaitReady(devMode);
            Path script = OUTPUT.resolve("examples.sh");
            Files.writeString(script, script(examples));
            Path output = OUTPUT.resolve("examples.log");
            Process run = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the examples ended");
            String log = Files.readString(output);
            assertEquals(0, run.exitValue(), "the example that failed is the last one started:\n" + log);
            assertEquals(examples.size(), log.lines().filter(line -> line.startsWith("<<< README line")).count(),
                    "every example ran:\n" + log);
        } finally {
            stop(devMode);
            removeNewFiles(filesBefore);
        }
    }

    /** A {@code bash} block of README.md and the line it starts on. */
    record Example(int line, String text) {
    }

    static List<Example> examples(List<String> readme) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).strip().equals("```bash")) {
                continue;
            }
            int start = i;
            // A block in a list item is indented as deep as its fence: that indentation is not the command's.
            int indent = readme.get(i).indexOf('`');
            StringBuilder text = new StringBuilder();
            for (i++; !readme.get(i).strip().startsWith("```"); i++) {
                String line = readme.get(i);
                text.append(line.substring(Math.min(indent, line.length() - line.stripLeading().length())))
                        .append('\n');
            }
            if (!markedNotRun(readme, start)) {
                examples.add(new Example(start + 1, text.toString()));
            }
        }
        return examples;
    }

    private static boolean markedNotRun(List<String> readme, int blockStart) {
        int previous = blockStart - 1;
        while (previous >= 0 && readme.get(previous).isBlank()) {
            previous--;
        }
        return previous >= 0 && readme.get(previous).strip().startsWith(NOT_RUN);
    }

    private static String script(List<Example> examples) {
        return "set -euo pipefail\n"
                // An HTTP error answered to an example is its failure, printed with the body the service sent.
                + "curl() { command curl --fail-with-body \"$@\"; }\n"
                + examples.stream().map(example -> "printf '\\n<<< README line " + example.line() + "\\n'\n" + example.text())
                        .collect(Collectors.joining());
    }

    private static void awaitReady(Process devMode) throws IOException, InterruptedException {
        Instant limit = Instant.now().plus(START_LIMIT);
        while (!answers(READY)) {
            if (!devMode.isAlive() || Instant.now().isAfter(limit)) {
                fail("dev mode did not become ready:\n" + tail(OUTPUT.resolve("dev-mode.log")));
            }
            Thread.sleep(500);
        }
    }

    private static boolean answers(URI uri) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops dev mode and the service JVM it started. */
    private static void stop(Process devMode) throws InterruptedException {
        List<ProcessHandle> processes = devMode.descendants().toList();
        processes.forEach(ProcessHandle::destroy);
        devMode.destroy();
        if (!devMode.waitFor(30, TimeUnit.SECONDS)) {
            processes.forEach(ProcessHandle::destroyForcibly);
            devMode.destroyForcibly();
        }
    }

    /** The files the examples save in the working folder (an export, a key) are the reader's, not the project's. */
    private static void removeNewFiles(Set<Path> before) throws IOException {
        for (Path file : filesOfTheRoot()) {
            if (!before.contains(file)) {
                Files.delete(file);
            }
        }
    }

    private static Set<Path> filesOfTheRoot() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("."))) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}

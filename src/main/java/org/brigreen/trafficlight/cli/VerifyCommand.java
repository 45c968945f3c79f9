package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.brigreen.trafficlight.tlog.OfflineVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The offline verification of the decision log in one command: what is not given as a file (the public key, every
 * page of the checkpoints, the export of the whole log) is fetched from the service, then {@link OfflineVerifier}
 * verifies it all, and prints its result.
 */
@Command(name = "verify",
        description = "Verifies the decision log offline (tlog.OfflineVerifier): fetches from the service, with a "
                + "regulator's token, whatever is not given as a file (the public key, every page of the checkpoints, "
                + "the export of the whole log), verifies it and prints the result. Exit codes: 0 verified, 1 not, "
                + "2 wrong arguments; 3 and 4 when fetching fails.")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    private static final int PAGE = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Option(names = "--public-key", paramLabel = "FILE", description = "the public key's PEM, instead of fetching it")
    Path publicKey;

    @Option(names = "--checkpoints", paramLabel = "FILE",
            description = "pages of the checkpoints, every page, instead of fetching them (repeatable)")
    List<Path> checkpoints = new ArrayList<>();

    @Option(names = "--export", paramLabel = "FILE", description = "the export of the log, NDJSON, instead of "
            + "fetching it")
    Path export;

    @Option(names = "--saved-checkpoints", paramLabel = "FILE",
            description = "checkpoints kept from an earlier download: each must still be served (repeatable)")
    List<Path> savedCheckpoints = new ArrayList<>();

    @Option(names = "--proof", paramLabel = "FILE", description = "a saved inclusion or consistency proof (repeatable)")
    List<Path> proofs = new ArrayList<>();

    @Option(names = "--keep", paramLabel = "DIR",
            description = "keep what is fetched in DIR (to pass as --saved-checkpoints later); default: deleted")
    Path keep;

    @Override
    public Integer call() throws IOException {
        Path folder = keep == null ? Files.createTempDirectory("traffic-light-verify") : Files.createDirectories(keep);
        try {
            return verify(folder);
        } finally {
            if (keep == null) {
                delete(folder);
            }
        }
    }

    private int verify(Path folder) throws IOException {
        ServiceClient client = publicKey != null && !checkpoints.isEmpty() && export != null ? null
                : service.client();
        List<String> arguments = new ArrayList<>(List.of("--public-key", (publicKey != null ? publicKey
                : fetchPublicKey(client, folder)).toString()));
        // The checkpoints before the export: the export then reaches every checkpoint fetched, as it must.
        for (Path page : checkpoints.isEmpty() ? fetchCheckpoints(client, folder) : checkpoints) {
            arguments.addAll(List.of("--checkpoints", page.toString()));
        }
        arguments.addAll(List.of("--export", (export != null ? export
                : client.download("/v1/decisions", ServiceClient.NDJSON_TYPE, folder.resolve("decisions.ndjson")))
                .toString()));
        savedCheckpoints.forEach(saved -> arguments.addAll(List.of("--saved-checkpoints", saved.toString())));
        proofs.forEach(proof -> arguments.addAll(List.of("--proof", proof.toString())));
        return runVerifier(arguments.toArray(String[]::new));
    }

    private static Path fetchPublicKey(ServiceClient client, Path folder) throws IOException {
        String pem = client.getJson("/v1/audit/public-key").path("publicKeyPem").asText();
        return Files.writeString(folder.resolve("audit-public-key.pem"), pem, StandardCharsets.US_ASCII);
    }

    /** Every page of the checkpoints, each in a file of its own, following {@code nextFrom}. */
    private static List<Path> fetchCheckpoints(ServiceClient client, Path folder) throws IOException {
        List<Path> pages = new ArrayList<>();
        String next = "/v1/audit/checkpoints?limit=" + PAGE;
        while (next != null) {
            JsonNode page = client.getJson(next);
            pages.add(Files.writeString(folder.resolve("checkpoints-" + (pages.size() + 1) + ".json"),
                    page.toString(), StandardCharsets.UTF_8));
            next = page.hasNonNull("nextFrom")
                    ? "/v1/audit/checkpoints?limit=" + PAGE + "&from=" + page.get("nextFrom").asLong() : null;
        }
        return pages;
    }

    /** Runs the verifier with its own exit codes, passing on what it prints. */
    private int runVerifier(String[] arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = OfflineVerifier.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().print(err.toString(StandardCharsets.UTF_8));
        spec.commandLine().getErr().flush();
        return exitCode;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

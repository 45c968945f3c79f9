package org.brigreen.trafficlight.tlog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Verifies the decision log away from the service, with the JDK, Jackson and the JSON canonicalization library only:
 * no database, no Quarkus. For a regulator, given what the service publishes:
 * <ul>
 * <li>{@code --public-key FILE}: the PEM of {@code GET /v1/audit/public-key} ({@code publicKeyPem}); required</li>
 * <li>{@code --export FILE}: the log as NDJSON ({@code GET /v1/decisions} with {@code Accept: application/x-ndjson}).
 * A line holds {@code seq}, {@code entryHash}, {@code chainHash} (lower-case hex) and {@code record} (the canonical
 * record as a JSON string), and either nothing else or every other field of the export ({@code decisionId},
 * {@code decidedAt}, {@code class}, {@code excluded}, {@code sector}, {@code country}, {@code ruleSet}, and
 * {@code reference}, {@code org}, {@code batchId} where the record has them), each exactly what its record says; any
 * other field fails. Checks every entry hash, that every record is RFC 8785 canonical JSON, the chain (from genesis
 * when the export starts at seq 1), gapless sequence numbers, that the export reaches every checkpoint given, and
 * every checkpoint: its signature, its link to the checkpoint before it (from the first, when the export starts at
 * seq 1), and, where the export reaches its tree size, its root</li>
 * <li>{@code --checkpoints FILE}, repeatable: pages of {@code GET /v1/audit/checkpoints} as served now (every page),
 * or one checkpoint</li>
 * <li>{@code --saved-checkpoints FILE}, repeatable: checkpoints kept from an earlier download; each must still be
 * served, unchanged, among the {@code --checkpoints}, and counts as given</li>
 * <li>{@code --proof FILE}, repeatable: an answer of {@code GET /v1/decisions/{id}/proof} or
 * {@code GET /v1/audit/consistency}, verified against its signed checkpoint(s)</li>
 * </ul>
 * It prints one line per thing verified and exits 0 when all holds; at the first failure it prints one line naming
 * it and exits 1; with wrong arguments it exits 2. Run it from the packaged service:
 * <pre>
 * java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" org.brigreen.trafficlight.tlog.OfflineVerifier \
 *     --public-key audit-public-key.pem --export decisions.ndjson --checkpoints checkpoints.json
 * </pre>
 */
public final class OfflineVerifier {

    /** All holds. */
    public static final int VERIFIED = 0;
    /** Something does not hold, or an input cannot be read. */
    public static final int FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: OfflineVerifier --public-key KEY.pem [--export LOG.ndjson] "
            + "[--checkpoints CHECKPOINTS.json]... [--saved-checkpoints SAVED.json]... [--proof PROOF.json]... "
            + "(at least one export or proof)";
    /** The fields of an export line that every line has: the rest are copies of the record's fields. */
    private static final Set<String> HASHED_FIELDS = Set.of("seq", "entryHash", "chainHash", "record");
    private static final Set<String> COPY_FIELDS = Arrays.stream(RecordCopy.values())
            .map(copy -> copy.field().replaceFirst("\\..*", "")).collect(Collectors.toSet());
    private static final Set<String> RULE_SET_FIELDS = Set.of("id", "version", "digest");

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final PrintStream out;

    private OfflineVerifier(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the verifier as {@link #main} does, without exiting.
     *
     * @return the exit code: {@link #VERIFIED}, {@link #FAILED} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            new OfflineVerifier(out).verify(arguments);
            return VERIFIED;
        } catch (VerificationFailed e) {
            out.println("FAILED " + e.getMessage());
            return FAILED;
        }
    }

    /** The command line. */
    private record Arguments(Path publicKey, Optional<Path> export, List<Path> checkpoints, List<Path> saved,
            List<Path> proofs) {

        static Arguments parse(String[] args) {
            Path publicKey = null;
            Path export = null;
            List<Path> checkpoints = new ArrayList<>();
            List<Path> saved = new ArrayList<>();
            List<Path> proofs = new ArrayList<>();
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a file");
                }
                Path file = Path.of(args[i + 1]);
                switch (args[i]) {
                    case "--public-key" -> publicKey = file;
                    case "--export" -> export = file;
                    case "--checkpoints" -> checkpoints.add(file);
                    case "--saved-checkpoints" -> saved.add(file);
                    case "--proof" -> proofs.add(file);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (publicKey == null) {
                throw new IllegalArgumentException("--public-key is required");
            }
            if (export == null && proofs.isEmpty()) {
                throw new IllegalArgumentException("nothing to verify: give --export or --proof");
            }
            return new Arguments(publicKey, Optional.ofNullable(export), checkpoints, saved, proofs);
        }
    }

    /** The first failure, as the one line to print. */
    private static final class VerificationFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        VerificationFailed(String message) {
            super(message, null, false, false);
        }
    }

    private void verify(Arguments arguments) {
        PublicKey key = publicKey(arguments.publicKey());
        TreeMap<Long, SignedCheckpoint> served = new TreeMap<>();
        for (Path file : arguments.checkpoints()) {
            merge(file, readCheckpoints(file), served);
        }
        TreeMap<Long, SignedCheckpoint> checkpoints = new TreeMap<>(served);
        Map<Long, Path> saved = new TreeMap<>();
        for (Path file : arguments.saved()) {
            List<SignedCheckpoint> kept = readCheckpoints(file);
            kept.forEach(checkpoint -> saved.putIfAbsent(checkpoint.treeSize(), file));
            merge(file, kept, checkpoints);
        }
        arguments.export().ifPresent(export -> verifyExport(export, key, checkpoints));
        requireStillServed(saved, served);
        for (Path proof : arguments.proofs()) {
            verifyProof(proof, key, checkpoints);
        }
    }

    /** Checkpoints are never removed: every one a regulator saved must still be served. */
    private void requireStillServed(Map<Long, Path> saved, Map<Long, SignedCheckpoint> served) {
        saved.forEach((treeSize, file) -> {
            if (!served.containsKey(treeSize)) {
                throw new VerificationFailed("at tree size " + treeSize + " (" + file + "): "
                        + LogVerifier.Reason.MISSING_CHECKPOINT.words() + ": the checkpoint of tree size " + treeSize
                        + ", saved from an earlier download, is not among the checkpoints served now: it was "
                        + "removed.");
            }
        });
        if (!saved.isEmpty()) {
            out.printf("OK every one of %d saved checkpoints is still served, unchanged%n", saved.size());
        }
    }

    private PublicKey publicKey(Path file) {
        try {
            return Ed25519Keys.readPublicKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | IllegalArgumentException e) {
            throw new VerificationFailed(file + ": not an Ed25519 public key PEM: " + e.getMessage());
        }
    }

    // --- checkpoints ------------------------------------------------------------------------------------------

    private List<SignedCheckpoint> readCheckpoints(Path file) {
        JsonNode json = readJson(file);
        List<JsonNode> items = new ArrayList<>();
        if (json.has("checkpoints")) {
            json.get("checkpoints").forEach(items::add);
        } else if (json.isArray()) {
            json.forEach(items::add);
        } else {
            items.add(json);
        }
        return items.stream().map(item -> checkpoint(item, file.toString())).toList();
    }

    /** Adds checkpoints to those known by tree size; one of a tree size known must be the very same. */
    private static void merge(Path file, List<SignedCheckpoint> checkpoints, Map<Long, SignedCheckpoint> into) {
        for (SignedCheckpoint checkpoint : checkpoints) {
            SignedCheckpoint known = into.putIfAbsent(checkpoint.treeSize(), checkpoint);
            if (known != null && !known.sameAs(checkpoint)) {
                throw new VerificationFailed(file + ": two different checkpoints of tree size "
                        + checkpoint.treeSize());
            }
        }
    }

    private static SignedCheckpoint checkpoint(JsonNode json, String where) {
        try {
            JsonNode previous = json.get("previousTreeSize");
            return new SignedCheckpoint(positive(json, "treeSize"), hash(json, "rootHash"),
                    Instant.parse(text(json, "signedAt")), hash(json, "keyId"),
                    HashText.decode(text(json, "signature")),
                    previous == null || previous.isNull() ? null : atLeast(0, json, "previousTreeSize"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new VerificationFailed(where + ": not a checkpoint: " + e.getMessage());
        }
    }

    // --- export -----------------------------------------------------------------------------------------------

    private void verifyExport(Path export, PublicKey key, TreeMap<Long, SignedCheckpoint> checkpoints) {
        LogVerifier verifier = null;
        long firstSeq = 0;
        long lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Entry entry = entry(line, export + " line " + lineNumber);
                if (verifier == null) {
                    firstSeq = entry.seq();
                    verifier = firstSeq == 1 ? LogVerifier.fromGenesis(key, checkpoints.values().iterator())
                            : LogVerifier.from(firstSeq, null, null, LogVerifier.UNKNOWN, key,
                                    checkpoints.values().iterator());
                }
                failOn(verifier.accept(entry.seq(), entry.record(), entry.entryHash(), entry.chainHash(),
                        entry.copies()), export, lineNumber);
                requireCanonical(entry, export, lineNumber);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new VerificationFailed(export + ": cannot be read: " + e.getMessage());
        }
        if (verifier == null) {
            throw new VerificationFailed(export + ": no records");
        }
        failOn(verifier.finish(verifier.nextSeq() - 1), export, lineNumber);
        report(export, verifier, firstSeq, checkpoints);
    }

    /** One line of the export, with what its copies of the record's fields say; null copies for a minimal line. */
    private record Entry(long seq, String record, byte[] entryHash, byte[] chainHash, Map<RecordCopy, String> copies) {
    }

    private Entry entry(String line, String where) {
        try {
            JsonNode json = mapper.readTree(line);
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("a line must be a JSON object");
            }
            return new Entry(positive(json, "seq"), text(json, "record"), hash(json, "entryHash"),
                    hash(json, "chainHash"), copies(json));
        } catch (IOException | IllegalArgumentException e) {
            throw new VerificationFailed(where + ": not a log entry: " + e.getMessage());
        }
    }

    /**
     * What the fields of a line that copy its record say, in {@link RecordCopy}'s normal form (null for one it lacks);
     * null for a line with only its record and hashes.
     *
     * @throws IllegalArgumentException for a field the export does not have, or one that is not of its kind
     */
    private static Map<RecordCopy, String> copies(JsonNode line) {
        unknownField(line, "", name -> HASHED_FIELDS.contains(name) || COPY_FIELDS.contains(name));
        if (COPY_FIELDS.stream().noneMatch(line::has)) {
            return null;
        }
        JsonNode ruleSet = line.get("ruleSet");
        if (ruleSet != null && !ruleSet.isObject()) {
            throw new IllegalArgumentException("\"ruleSet\" must be an object");
        }
        if (ruleSet != null) {
            unknownField(ruleSet, "ruleSet.", RULE_SET_FIELDS::contains);
        }
        Map<RecordCopy, String> copies = new EnumMap<>(RecordCopy.class);
        for (RecordCopy copy : RecordCopy.values()) {
            try {
                copies.put(copy, copy.normalized(line.at(copy.inExportLine())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + copy.field() + "\" " + e.getMessage(), e);
            }
        }
        return copies;
    }

    private static void unknownField(JsonNode object, String prefix, Predicate<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.test(name)) {
                throw new IllegalArgumentException("unknown field \"" + prefix + name + "\": not a field of the "
                        + "export");
            }
        });
    }

    private static void failOn(Optional<LogVerifier.Failure> failure, Path export, long lineNumber) {
        failure.ifPresent(f -> {
            throw new VerificationFailed("at seq " + f.seq() + " (" + export + " line " + lineNumber + "): "
                    + f.reason().words() + ": " + f.detail());
        });
    }

    /** A record the service wrote is RFC 8785 canonical: anything else was not written by it. */
    private static void requireCanonical(Entry entry, Path export, long lineNumber) {
        String canonical;
        try {
            canonical = new JsonCanonicalizer(entry.record()).getEncodedString();
        } catch (IOException | RuntimeException e) {
            canonical = null;
        }
        if (!entry.record().equals(canonical)) {
            throw new VerificationFailed("at seq " + entry.seq() + " (" + export + " line " + lineNumber
                    + "): record not canonical: the record is not RFC 8785 canonical JSON.");
        }
    }

    private void report(Path export, LogVerifier verifier, long firstSeq, TreeMap<Long, SignedCheckpoint> all) {
        long lastSeq = verifier.nextSeq() - 1;
        long reached = all.subMap(firstSeq, true, lastSeq, true).size();
        String chain = firstSeq == 1 ? "chain from genesis" : "chain from seq " + firstSeq + " (anchored there)";
        String roots = firstSeq == 1 ? verifier.rootsChecked() + " checkpoint roots recomputed and "
                : "no checkpoint roots (the export does not start at seq 1), ";
        out.printf("OK %s: seq %d to %d (%d records), every entry hash, %s, no gaps; %s%d checkpoint signatures "
                + "verified (%d within the export, %d outside it), %d links to the checkpoint before checked%n", export,
                firstSeq, lastSeq, verifier.records(), chain, roots, verifier.signaturesChecked(), reached,
                all.size() - reached, verifier.linksChecked());
    }

    // --- proofs -----------------------------------------------------------------------------------------------

    private void verifyProof(Path file, PublicKey key, Map<Long, SignedCheckpoint> checkpoints) {
        JsonNode proof = readJson(file);
        try {
            if (proof.has("auditPath")) {
                verifyInclusion(file, proof, key, checkpoints);
            } else if (proof.has("consistencyPath")) {
                verifyConsistency(file, proof, key, checkpoints);
            } else {
                throw new VerificationFailed(file + ": neither an inclusion proof (auditPath) nor a consistency "
                        + "proof (consistencyPath)");
            }
        } catch (IllegalArgumentException e) {
            throw new VerificationFailed(file + ": not a proof: " + e.getMessage());
        }
    }

    private void verifyInclusion(Path file, JsonNode proof, PublicKey key, Map<Long, SignedCheckpoint> checkpoints) {
        long treeSize = positive(proof, "treeSize");
        long leafIndex = proof.path("leafIndex").asLong(-1);
        SignedCheckpoint checkpoint = signedCheckpoint(file, proof.get("checkpoint"), treeSize, key, checkpoints)
                .orElseThrow(() -> new VerificationFailed(file + ": no signed checkpoint of tree size " + treeSize
                        + ": pass --checkpoints with it"));
        if (!MerkleTree.verifyInclusion(leafIndex, treeSize, hash(proof, "leafHash"), hashes(proof, "auditPath"),
                checkpoint.rootHash())) {
            throw new VerificationFailed(file + ": the inclusion proof of leaf " + leafIndex + " does not lead to the "
                    + "root signed for tree size " + treeSize);
        }
        out.printf("OK %s: leaf %d (seq %d%s) is in the tree of size %d signed at %s%n", file, leafIndex,
                leafIndex + 1, proof.has("decisionId") ? ", decision " + proof.get("decisionId").asText() : "",
                treeSize, SignedCheckpoint.timestamp(checkpoint.signedAt()));
    }

    private void verifyConsistency(Path file, JsonNode proof, PublicKey key,
            Map<Long, SignedCheckpoint> checkpoints) {
        long from = positive(proof, "fromTreeSize");
        long to = positive(proof, "toTreeSize");
        SignedCheckpoint second = signedCheckpoint(file, proof.get("toCheckpoint"), to, key, checkpoints)
                .orElseThrow(() -> new VerificationFailed(file + ": no signed checkpoint of tree size " + to
                        + ": pass --checkpoints with it"));
        Optional<SignedCheckpoint> first = signedCheckpoint(file, proof.get("fromCheckpoint"), from, key,
                checkpoints);
        byte[] firstRoot = first.map(SignedCheckpoint::rootHash).orElseGet(() -> hash(proof, "fromRootHash"));
        if (!MerkleTree.verifyConsistency(from, to, firstRoot, second.rootHash(), hashes(proof, "consistencyPath"))) {
            throw new VerificationFailed(file + ": the tree of size " + from + " is not proven a prefix of the tree "
                    + "of size " + to);
        }
        out.printf("OK %s: the tree of size %d (root %s, %s) is a prefix of the tree of size %d signed at %s%n", file,
                from, HashText.encode(firstRoot), first.isPresent() ? "signed" : "unsigned, from the proof", to,
                SignedCheckpoint.timestamp(second.signedAt()));
    }

    /** The checkpoint of a tree size, from the proof or the checkpoint files (which must agree), signature verified. */
    private Optional<SignedCheckpoint> signedCheckpoint(Path file, JsonNode embedded, long treeSize, PublicKey key,
            Map<Long, SignedCheckpoint> checkpoints) {
        Optional<SignedCheckpoint> given = embedded == null || embedded.isNull() ? Optional.empty()
                : Optional.of(checkpoint(embedded, file.toString()));
        Optional<SignedCheckpoint> known = Optional.ofNullable(checkpoints.get(treeSize));
        if (given.isPresent() && known.isPresent() && !given.get().sameAs(known.get())) {
            throw new VerificationFailed(file + ": its checkpoint of tree size " + treeSize + " differs from the one "
                    + "in the checkpoint files");
        }
        Optional<SignedCheckpoint> checkpoint = given.or(() -> known);
        checkpoint.ifPresent(c -> {
            if (c.treeSize() != treeSize) {
                throw new VerificationFailed(file + ": its checkpoint is of tree size " + c.treeSize() + ", not "
                        + treeSize);
            }
            if (!c.isSignedBy(key)) {
                throw new VerificationFailed(file + ": bad signature: the checkpoint of tree size " + treeSize
                        + " is not signed by key " + HashText.encode(Ed25519Keys.keyId(key)));
            }
        });
        return checkpoint;
    }

    // --- JSON -------------------------------------------------------------------------------------------------

    private JsonNode readJson(Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new VerificationFailed(file + ": cannot be read as JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static long positive(JsonNode json, String field) {
        return atLeast(1, json, field);
    }

    private static long atLeast(long least, JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()
                || value.asLong() < least) {
            throw new IllegalArgumentException("\"" + field + "\" must be an integer of " + least + " or more");
        }
        return value.asLong();
    }

    private static byte[] hash(JsonNode json, String field) {
        try {
            return HashText.decodeHash(text(json, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not a lower-case hex SHA-256 hash: "
                    + e.getMessage(), e);
        }
    }

    private static List<byte[]> hashes(JsonNode json, String field) {
        JsonNode array = json.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array of hashes");
        }
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(item -> {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("\"" + field + "\" must be an array of hashes");
            }
            hashes.add(HashText.decodeHash(item.asText()));
        });
        return hashes;
    }
}

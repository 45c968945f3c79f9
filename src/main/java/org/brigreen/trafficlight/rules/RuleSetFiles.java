package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the files of one version folder into the model: its {@code ruleset.yaml} manifest and its rule files, strictly
 * (an unknown or repeated key is a problem), without judging what they say.
 */
final class RuleSetFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** The folder of a version that holds its reference data. */
    static final String REFERENCE_FOLDER = "reference";

    private final Path folder;
    private final List<Path> files;
    private final List<Path> referenceFiles;
    private final Path manifestFile;
    private final LoadProblems problems;

    RuleSetFiles(Path folder, LoadProblems problems) {
        this.folder = folder;
        this.files = yamlFiles(folder);
        Path reference = folder.resolve(REFERENCE_FOLDER);
        this.referenceFiles = Files.isDirectory(reference) ? yamlFiles(reference) : List.of();
        this.manifestFile = folder.resolve(RuleSetLoader.MANIFEST);
        this.problems = problems;
    }

    /** Every YAML file of the version, its reference data included, in name order: what its digest covers. */
    List<Path> files() {
        return Stream.concat(files.stream(), referenceFiles.stream())
                .sorted(Comparator.comparing(this::relativeName))
                .toList();
    }

    /** A file's name within the version folder, as the digest hashes it: {@code reference/x.yaml} for reference data. */
    String relativeName(Path file) {
        return folder.relativize(file).toString().replace(File.separatorChar, '/');
    }

    /**
     * The value of a reference-data parameter: the {@code values} of its file in the version's reference folder,
     * unless the file is missing or cannot be read.
     */
    Optional<JsonNode> referenceValues(String where, String file) {
        Path path = folder.resolve(REFERENCE_FOLDER).resolve(file).normalize();
        if (!referenceFiles.contains(path)) {
            problems.add(where + ": file '" + file + "' is not among the YAML files of " + folder.resolve(
                    REFERENCE_FOLDER) + ": " + referenceFiles.stream().map(f -> f.getFileName().toString()).toList());
            return Optional.empty();
        }
        ReferenceData data = parse(path, ReferenceData.class);
        if (data == null) {
            return Optional.empty();
        }
        problems.expect(data.title() != null && data.source() != null && data.published() != null, path.toString(),
                "reference data names its title, source and publication date");
        problems.expect(data.values() != null, path.toString(), "values is missing");
        return Optional.ofNullable(data.values());
    }

    Path manifestFile() {
        return manifestFile;
    }

    /** The manifest as written; empty when it cannot be read (its parse says why). */
    String manifestText() {
        try {
            return Files.readString(manifestFile);
        } catch (IOException e) {
            return "";
        }
    }

    /** The manifest, unless it is missing or cannot be read. */
    Optional<RuleSetManifest> manifest() {
        if (!files.contains(manifestFile)) {
            problems.add(manifestFile + ": missing");
            return Optional.empty();
        }
        return Optional.ofNullable(parse(manifestFile, RuleSetManifest.class));
    }

    /** The rule files of the version, in name order. */
    List<Path> ruleFiles() {
        return files.stream().filter(file -> !file.equals(manifestFile)).toList();
    }

    /** A rule file, unless it cannot be read. */
    Optional<RuleFile> ruleFile(Path file) {
        return Optional.ofNullable(parse(file, RuleFile.class));
    }

    private <T> T parse(Path file, Class<T> type) {
        try {
            T value = YAML.readValue(file.toFile(), type);
            if (value == null) {
                problems.add(file + ": empty file");
            }
            return value;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            problems.add(file + ": " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
        }
        return null;
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

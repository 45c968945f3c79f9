package org.brigreen.trafficlight.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.brigreen.trafficlight.decision.DescriptorParser;
import org.brigreen.trafficlight.decision.DescriptorSchema;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.ContradictoryFactsException;
import org.brigreen.trafficlight.rules.Facts;
import org.brigreen.trafficlight.rules.RuleEngine;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;

/**
 * The realistic mix of descriptors the benchmarks assess: the whole projects of the service's test table, every sector
 * group and site situation, most with facts missing. Each is kept as its JSON request body and as the facts the
 * service derives from that body. {@link #next()} hands them out in turn, so that an average over many calls is the
 * average over the table.
 */
final class ProjectMix {

    /** A row of projects.yaml: the class and exclusion it must get, under its pinned version or the one in effect. */
    private record Project(String name, String version, String expectedClass, boolean expectedExcluded) {
    }

    /** One descriptor, as a request body and as facts. */
    record Sample(byte[] body, Facts facts) {
    }

    private final List<Project> projects;
    private final Sample[] samples;
    private int next;

    private ProjectMix(List<Project> projects, Sample[] samples) {
        this.projects = projects;
        this.samples = samples;
    }

    /** Reads the table and derives each project's facts the way the service does: parse the body, then facts. */
    static ProjectMix read(Path table, DescriptorParser parser) throws IOException {
        List<JsonNode> rows = new YAMLMapper().readValue(table.toFile(), new TypeReference<>() { });
        List<Project> projects = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        for (JsonNode row : rows) {
            projects.add(new Project(row.path("name").asText(), row.path("version").textValue(),
                    row.path("class").asText(), row.path("excluded").asBoolean()));
            byte[] body = row.get("descriptor").toString().getBytes(StandardCharsets.UTF_8);
            samples.add(new Sample(body, DescriptorSchema.PROJECT.facts(parser.parse(body))));
        }
        return new ProjectMix(List.copyOf(projects), samples.toArray(Sample[]::new));
    }

    /**
     * The descriptors that every version in {@code versions} decides: a later version refuses facts that contradict
     * one another, which earlier ones decided on, and every version is measured on the same mix.
     */
    ProjectMix decidedByAll(List<RuleSet> versions) {
        List<Project> kept = new ArrayList<>();
        List<Sample> keptSamples = new ArrayList<>();
        for (int i = 0; i < samples.length; i++) {
            if (decidedByAll(versions, samples[i])) {
                kept.add(projects.get(i));
                keptSamples.add(samples[i]);
            }
        }
        return new ProjectMix(List.copyOf(kept), keptSamples.toArray(Sample[]::new));
    }

    private static boolean decidedByAll(List<RuleSet> versions, Sample sample) {
        try {
            versions.forEach(version -> RuleEngine.assess(version, sample.facts()));
            return true;
        } catch (ContradictoryFactsException e) {
            return false;
        }
    }

    /** How many descriptors the mix holds. */
    int size() {
        return samples.length;
    }

    Sample next() {
        Sample sample = samples[next];
        next = (next + 1) % samples.length;
        return sample;
    }

    /**
     * Fails unless every project gets the class and exclusion the table expects, so that a benchmark cannot measure
     * a setup that only looks like the service.
     */
    void verify(RuleSetCatalog catalog) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < samples.length; i++) {
            Project project = projects.get(i);
            Assessment assessment = RuleEngine.assess(catalog.select(null, project.version(), today),
                    samples[i].facts());
            String actualClass = assessment.trafficLight().wireName();
            if (!actualClass.equals(project.expectedClass()) || assessment.excluded() != project.expectedExcluded()) {
                wrong.add(project.name() + ": expected " + project.expectedClass() + (project.expectedExcluded()
                        ? " excluded" : "") + ", got " + actualClass + (assessment.excluded() ? " excluded" : ""));
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("the engine does not classify as the service's tests expect: " + wrong);
        }
    }

    /** What the mix does under {@code ruleSet}: how many rules match and how many wait on missing facts. */
    String outcomes(RuleSet ruleSet) {
        int withMissingFacts = 0;
        long matched = 0;
        long undecided = 0;
        for (Sample sample : samples) {
            Assessment assessment = RuleEngine.assess(ruleSet, sample.facts());
            withMissingFacts += sample.facts().absent().isEmpty() ? 0 : 1;
            matched += assessment.reasons().size();
            undecided += assessment.missingFacts().stream()
                    .flatMap(missing -> missing.neededBy().stream())
                    .distinct()
                    .count();
        }
        return String.format("%s %s: %d rules; %d descriptors, %d of them with missing facts; per descriptor "
                        + "%.1f rules matched and %.1f undecided on average", ruleSet.id(), ruleSet.version(),
                ruleSet.rules().size(), samples.length, withMissingFacts, (double) matched / samples.length,
                (double) undecided / samples.length);
    }
}

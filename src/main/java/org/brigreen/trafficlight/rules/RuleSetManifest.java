package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code ruleset.yaml} of a rule-set version: what it is, when it takes effect, the sources its rules cite,
 * its parameters, and what each class means for a lender.
 *
 * @param status  {@code published}, or {@code draft} (used only when pinned)
 * @param classes per class: the required actions and the Equator Principles category it reads across to
 * @param ep4     when the Equator Principles apply to the project, and how the category is judged
 * @param decision what the version's decision procedure does beyond METHODOLOGY §2; none when absent
 * @param impliedFacts   facts inferred when the descriptor leaves them out, in order
 * @param contradictions facts that cannot all hold together, refused with 400
 * @param siteLayers     the reference layer versions a site's location is screened against, by layer name
 *                       ({@code protected-areas}: its version); none: site facts are those declared
 */
public record RuleSetManifest(
        String id,

        String version,

        LocalizedText title,

        LocalDate effectiveFrom,

        String status,

        Map<String, String> sources,

        Map<String, ParameterDefinition> parameters,

        Map<TrafficLight, ClassPolicy> classes,

        Ep4Policy ep4,

        DecisionProcedure decision,

        List<ImpliedFactDefinition> impliedFacts,

        List<ContradictionDefinition> contradictions,

        Map<String, String> siteLayers) {

    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";

    public RuleSetManifest {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        classes = classes == null ? Map.of() : Map.copyOf(classes);
        decision = decision == null ? DecisionProcedure.AS_FIRST_PUBLISHED : decision;
        impliedFacts = impliedFacts == null ? List.of() : List.copyOf(impliedFacts);
        contradictions = contradictions == null ? List.of() : List.copyOf(contradictions);
        siteLayers = siteLayers == null ? Map.of() : Map.copyOf(siteLayers);
    }

    /** What a class means for a lender (METHODOLOGY §2): required actions and the EP4 read-across. */
    public record ClassPolicy(
            String ep4Category,

            List<LocalizedText> requiredActions,

            Citation citation) {
        public ClassPolicy {
            requiredActions = requiredActions == null ? List.of() : List.copyOf(requiredActions);
        }
    }

    /**
     * The Equator Principles scope test, as a CEL condition like a rule's, and, where given, the category judged from
     * the project's impacts; without categories, the category is read across from the class.
     */
    public record Ep4Policy(
            String appliesWhen,

            Citation citation,

            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            List<Ep4CategoryDefinition> categories) {

        public Ep4Policy {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }
}

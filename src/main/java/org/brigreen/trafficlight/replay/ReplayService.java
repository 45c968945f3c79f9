package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.classification.SiteScreener;
import org.brigreen.trafficlight.decisionlog.DecisionRecordV1;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.site.ScreenedSite;
import org.jboss.logging.Logger;

/**
 * Assesses a recorded decision's descriptor again, reading the log and never writing to it: a replay is not a
 * decision. Under the version that decided, the replay must give the recorded record back exactly; anything else is
 * an {@link IntegrityException}.
 */
@ApplicationScoped
public class ReplayService {

    /** Enough to show a regulator what went wrong without answering a whole rewritten record. */
    static final int MAX_DIFFERENCES = 50;
    private static final Logger LOG = Logger.getLogger(ReplayService.class);

    private final RuleSetCatalog catalog;
    private final DecisionRecordV1 codec;
    private final ObjectMapper mapper;
    private final SiteScreener siteScreener;

    public ReplayService(RuleSetCatalog catalog, DecisionRecordV1 codec, ObjectMapper mapper,
            SiteScreener siteScreener) {
        this.catalog = catalog;
        this.codec = codec;
        this.mapper = mapper;
        this.siteScreener = siteScreener;
    }

    /**
     * Replays a recorded decision: under the version that decided when {@code version} is null or names that very
     * version, else under {@code version} of {@code ruleSetId} (default: the rule set that decided).
     *
     * @throws IntegrityException         when the version that decided does not reproduce the record
     * @throws org.brigreen.trafficlight.rules.UnknownRuleSetException when the version asked for is not loaded
     */
    public Replay replay(Decision decision, String ruleSetId, String version, Language language) {
        RuleSetRef decidedBy = decision.ruleSet();
        if (version == null) {
            return reproduce(decision, language);
        }
        RuleSet target = catalog.select(ruleSetId == null ? decidedBy.id() : ruleSetId, version,
                LocalDate.now(ZoneOffset.UTC));
        if (target.id().equals(decidedBy.id()) && target.version().equals(decidedBy.version())) {
            return reproduce(decision, language);
        }
        return compare(decision, target, language);
    }

    /** The assessment {@code ruleSet} gives the descriptor of {@code decision}, its location screened again. */
    Assessment assess(RuleSet ruleSet, Decision decision) {
        return rerun(ruleSet, decision).assessment();
    }

    /** {@code decision} made again under {@code ruleSet}: its location screened and its facts assessed. */
    private Decision rerun(RuleSet ruleSet, Decision decision) {
        ScreenedSite site = siteScreener.screen(decision.descriptor(), ruleSet);
        return decision.reassessed(ruleSet.ref(), site, siteScreener.assess(decision.descriptor(), ruleSet, site));
    }

    private Replay reproduce(Decision decision, Language language) {
        RuleSetRef decidedBy = decision.ruleSet();
        RuleSet ruleSet = catalog.find(decidedBy.id(), decidedBy.version()).orElseThrow(() -> integrityError(
                "Decision " + decision.id() + " cannot be reproduced: the version that decided it, " + name(decidedBy)
                        + ", is not loaded. A published version must stay served.", null));
        Decision replayed = rerun(ruleSet, decision);
        // The whole record, compared as the log keeps it (canonical JSON): the assessment in full, and the digest,
        // which differs when a published version's files were edited after it decided.
        List<Difference> differences = JsonDifferences.between(canonicalTree(decision), canonicalTree(replayed), "",
                MAX_DIFFERENCES);
        Replay replay = replay(decision, replayed, ReplayMode.REPRODUCTION, differences, language);
        if (!differences.isEmpty()) {
            throw integrityError("Decision " + decision.id() + " is not reproduced by " + name(decidedBy) + ": "
                    + describe(differences) + ".", replay);
        }
        return replay;
    }

    private Replay compare(Decision decision, RuleSet target, Language language) {
        Decision replayed = rerun(target, decision);
        return replay(decision, replayed, ReplayMode.COMPARISON, null, language);
    }

    private static Replay replay(Decision recorded, Decision replayed, ReplayMode mode, List<Difference> differences,
            Language language) {
        Outcome before = Outcome.of(recorded.ruleSet(), recorded.assessment(), language);
        Outcome after = Outcome.of(replayed.ruleSet(), replayed.assessment(), language);
        return new Replay(recorded.id(), recorded.decidedAt(), recorded.descriptor().reference(), mode,
                differences == null ? null : differences.isEmpty(), differences, before, after,
                Change.between(before, after), language.tag());
    }

    private JsonNode canonicalTree(Decision decision) {
        try {
            return mapper.readTree(codec.canonical(decision));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a canonical record is not JSON", e);
        }
    }

    private static IntegrityException integrityError(String detail, Replay replay) {
        // Evidence that the log and the rules no longer agree: operators must see it, not only the caller.
        LOG.error(detail);
        return new IntegrityException(detail, replay);
    }

    private static String describe(List<Difference> differences) {
        String where = differences.stream().limit(3).map(Difference::pointer).toList().toString();
        return differences.size() + (differences.size() == 1 ? " difference" : " differences")
                + (differences.size() >= MAX_DIFFERENCES ? " or more" : "") + ", at " + where
                + (differences.size() > 3 ? " …" : "");
    }

    private static String name(RuleSetRef ref) {
        return ref.id() + " " + ref.version() + " (" + ref.digest() + ")";
    }
}

package org.brigreen.trafficlight.appeal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.security.Callers;
import org.brigreen.trafficlight.security.DecisionAccess;
import org.brigreen.trafficlight.security.Roles;
import org.brigreen.trafficlight.web.FormToken;

/**
 * The appeals part of a decision's certificate page ({@code templates/tags/appeals.html}), which the template asks
 * for by name: the page belongs to the decision pages, which know nothing of appeals, and appeals depend on them.
 */
@ApplicationScoped
@Named("decisionAppeals")
public class DecisionAppeals {

    private static final List<String> APPELLANTS = List.of(Roles.LENDER, Roles.ENTERPRISE);

    private final AppealService appeals;
    private final DecisionAccess access;
    private final Callers callers;
    private final FormToken formToken;
    private final ObjectMapper json;

    DecisionAppeals(AppealService appeals, DecisionAccess access, Callers callers, FormToken formToken,
            ObjectMapper json) {
        this.appeals = appeals;
        this.access = access;
        this.callers = callers;
        this.formToken = formToken;
        this.json = json;
    }

    /**
     * The appeals of a decision and what the person may do about it.
     *
     * @param appeals         oldest first
     * @param supersedes      the decision this one replaced when an appeal against it was upheld; null otherwise
     * @param mayFile         whether the person may appeal it now: it received the decision, which is neither under
     *                        appeal nor superseded
     * @param descriptorJson  the facts decided, as JSON, for the filing form to correct
     */
    public record Section(String decisionId, List<AppealRow> appeals, String supersedes, boolean mayFile,
            String descriptorJson, String formToken) {

        public String supersedesPath() {
            return supersedes == null ? null : "/app/decisions/" + supersedes;
        }
    }

    /** The section of decision {@code decisionId}, which the person sees: the certificate page was found. */
    public Section of(UUID decisionId) {
        Decision decision = access.visible(decisionId).decision();
        List<AppealRow> rows = appeals.ofDecision(decisionId).stream().map(AppealRow::of).toList();
        // An upheld appeal is the only way a decision is superseded.
        boolean open = rows.stream().noneMatch(row -> row.pending()
                || row.state().equals(AppealState.UPHELD.wireName()));
        boolean mayFile = open && callers.firstRole(APPELLANTS).isPresent();
        return new Section(decisionId.toString(), rows,
                decision.supersedes() == null ? null : decision.supersedes().toString(), mayFile,
                mayFile ? pretty(decision) : null, mayFile ? formToken.current() : null);
    }

    private String pretty(Decision decision) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(decision.descriptor());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

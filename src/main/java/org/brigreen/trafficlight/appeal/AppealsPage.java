package org.brigreen.trafficlight.appeal;

import java.util.List;
import java.util.Map;

/**
 * The appeals a person may see, newest first, and for a regulator a ruling form on each pending one; after a refused
 * ruling, the form of that appeal again with what was typed and what is wrong.
 *
 * @param rules        whether the person rules (a regulator)
 * @param refusedId    the appeal whose ruling was refused; null when none was
 * @param problems     what is wrong with the refused ruling's fields, by field name ({@code outcome}, {@code reasons})
 *                     in the API's words
 * @param conflict     the problem type of a ruling the appeal's state did not allow; null otherwise
 * @param outcomeTyped the outcome chosen in the refused ruling
 * @param reasonsTyped the reasons typed in the refused ruling
 */
public record AppealsPage(List<AppealRow> appeals, boolean rules, String formToken, String refusedId,
        Map<String, String> problems, String conflict, String outcomeTyped, String reasonsTyped) {

    /** The page as first shown, with nothing refused. */
    static AppealsPage of(List<AppealRow> appeals, boolean rules, String formToken) {
        return new AppealsPage(appeals, rules, formToken, null, Map.of(), null, "", "");
    }

    /** Whether the ruling of appeal {@code id} was refused. */
    public boolean refused(String id) {
        return id.equals(refusedId);
    }

    /** The problem with field {@code name} of the refused ruling; null when there is none. */
    public String problem(String name) {
        return problems.get(name);
    }

    public long pendingCount() {
        return appeals.stream().filter(AppealRow::pending).count();
    }
}

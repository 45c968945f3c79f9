package org.brigreen.trafficlight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The templates of the decision pages (templates/DecisionPages/), which two resources share. */
@CheckedTemplate(basePath = "DecisionPages")
final class DecisionPages {

    private DecisionPages() {
    }

    static native TemplateInstance history(HistoryPage history);

    static native TemplateInstance project(ProjectTimeline timeline);

    static native TemplateInstance certificate(Certificate certificate);

    /**
     * The page of a decision or project that is not there, or not the person's to see: the same for both.
     *
     * @param decisionId the decision asked for; null when a project was
     * @param reference  the project reference asked for; null when a decision was
     */
    static native TemplateInstance notFound(String decisionId, String reference);
}

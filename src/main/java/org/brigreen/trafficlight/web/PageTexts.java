package org.brigreen.trafficlight.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, in English here and in Chinese in {@code messages/msg_zh.properties}: one place per
 * language. Templates read them as {@code {msg:name}}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageTexts {

    @Message("BRI green-development traffic light")
    String serviceName();

    @Message("Skip to the content")
    String skipToContent();

    @Message("中文")
    String otherLanguage();

    @Message("zh")
    String otherLanguageTag();

    @Message("Read this page in Chinese")
    String otherLanguageLabel();

    @Message("Environmental risk of overseas investment projects, classified red, amber or green")
    String homeHeading();

    @Message("The service classifies a Belt and Road investment project as red, amber or green for its environmental "
            + "risk, as the green-development guidance asks, and says why: each reason with the rule that gave it and "
            + "the policy text it cites. Every classification is recorded in a log that anyone entitled can verify.")
    String homeIntro();

    @Message("Who it serves")
    String audiencesHeading();

    @Message("Lenders screen a loan, and re-screen whole portfolios when the rules change.")
    String audienceLenders();

    @Message("Enterprises self-check a project before they seek finance, and learn what would improve its class.")
    String audienceEnterprises();

    @Message("Regulators audit the decision log: what was decided, when, for whom, under which rules, and whether "
            + "anyone changed the record.")
    String audienceRegulators();

    @Message("The three classes")
    String classesHeading();

    @Message("Red")
    String red();

    @Message("significant or irreversible harm to the climate, to clean air, water and soil, or to biodiversity; "
            + "strict supervision, and no financing at all where the project is excluded")
    String redMeaning();

    @Message("Amber")
    String amber();

    @Message("moderate harm that the project can mitigate, or no contribution either way; an environmental "
            + "management plan and monitoring")
    String amberMeaning();

    @Message("Green")
    String green();

    @Message("no significant harm, and a positive contribution to at least one objective; simplified review")
    String greenMeaning();

    @Message("The rules in effect")
    String rulesHeading();

    @Message("Rule set {id}, version {version}, in effect from {effectiveFrom}. Its content digest, which every "
            + "decision under it records:")
    String rulesInEffect(String id, String version, String effectiveFrom);

    @Message("For programmers")
    String programmersHeading();

    @Message("The same service answers a REST API, described in OpenAPI:")
    String programmersIntro();

    @Message("the API and its documentation")
    String apiLink();

    @Message("Your account")
    String accountLabel();

    @Message("Sign in")
    String signIn();

    @Message("Sign out")
    String signOut();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Your pages")
    String myPages();

    @Message("You are signed in as {name}, {role} of {org}.")
    String youAreWithOrg(String name, String role, String org);

    @Message("You are signed in as {name}, {role}.")
    String youAre(String name, String role);

    @Message("{#when role}{#is 'enterprise'}an enterprise{#is 'lender'}a lender{#is 'regulator'}a regulator"
            + "{#is 'rules_admin'}a rule administrator{#else}without a role{/when}")
    String role(String role);

    @Message("Self-check a project: its class, why, and what would lift it")
    String selfCheckTask();

    @Message("Screen a portfolio: upload a CSV or NDJSON file of projects")
    String portfolioTask();

    @Message("Your organisation's decisions")
    String historyTask();

    // The organisation's decisions, one project's decisions over time, and the screening certificate

    @Message("{#when light}{#is 'red'}Red{#is 'amber'}Amber{#is 'green'}Green{/when}")
    String classWord(String light);

    @Message("{#when stage}{#is 'planned'}Planned{#is 'financed_not_started'}Financed, not started"
            + "{#is 'under_construction'}Under construction{#is 'operational'}Operational{#is 'expansion'}Expansion"
            + "{#is 'decommissioning'}Decommissioning{#else}Not given{/when}")
    String stage(String stage);

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Every organisation's decisions")
    String everyOrganisationsDecisions();

    @Message("Newest first, {size} to a page. Times are in UTC.")
    String historyIntro(int size);

    @Message("Find a project")
    String searchHeading();

    @Message("Project reference")
    String referenceLabel();

    @Message("The reference exactly as it was sent: capitals, spaces and punctuation count (no partial match).")
    String referenceHint();

    @Message("Search")
    String search();

    @Message("Show every project")
    String showEveryProject();

    @Message("Decisions for the reference {reference}")
    String decisionsFor(String reference);

    @Message("A reference has 1 to 128 characters, none of them a control character.")
    String referenceInvalid();

    @Message("This page's link is not one the service gave. Start again from the newest decisions.")
    String cursorInvalid();

    @Message("No decision is recorded yet.")
    String noDecisions();

    @Message("No decision has exactly this reference.")
    String noDecisionsFor();

    @Message("Decisions, newest first")
    String decisionsCaption();

    @Message("Decided")
    String decidedColumn();

    @Message("Reference")
    String referenceColumn();

    @Message("Class")
    String classColumn();

    @Message("Excluded")
    String excludedColumn();

    @Message("Rule-set version")
    String ruleSetVersionColumn();

    @Message("Life-cycle stage")
    String stageColumn();

    @Message("Organisation")
    String organisationColumn();

    @Message("Certificate")
    String certificateColumn();

    @Message("none")
    String noReference();

    @Message("Certificate")
    String openCertificate();

    @Message("Pages of decisions")
    String pagingLabel();

    @Message("Older decisions")
    String olderDecisions();

    @Message("Newest decisions")
    String newestDecisions();

    @Message("Project {reference}")
    String projectHeading(String reference);

    @Message("Its decisions over time, oldest first: the life-cycle stage the project was in, the rule-set version "
            + "that decided, the class, and where the class changed from the decision before. Times are in UTC.")
    String projectIntro();

    @Message("Only its latest {count} decisions are shown.")
    String projectCut(int count);

    @Message("Decisions over time")
    String timelineLabel();

    @Message("First decision")
    String firstDecision();

    @Message("Class changed: {from} → {to}")
    String classChanged(String from, String to);

    @Message("Class unchanged")
    String classUnchanged();

    @Message("recorded for {org}")
    String recordedForOrg(String org);

    @Message("Back to the decisions")
    String backToDecisions();

    @Message("This project's decisions over time")
    String projectDecisions();

    @Message("Screening certificate")
    String certificateHeading();

    @Message("The decision as recorded in the service's hash-chained decision log, read back from its record.")
    String certificateIntro();

    @Message("Print, or save as PDF")
    String print();

    @Message("Project {reference}")
    String certificateProject(String reference);

    @Message("A project without a reference")
    String certificateNoReference();

    @Message("Excluded from financing")
    String excludedFromFinancing();

    @Message("Why")
    String reasonsHeading();

    @Message("No rule gave a reason.")
    String noReasons();

    @Message("Rule")
    String ruleLabel();

    @Message("Citation")
    String citationLabel();

    @Message("Facts it used")
    String factsUsedLabel();

    @Message("Required actions")
    String actionsHeading();

    @Message("already in place")
    String actionSatisfied();

    @Message("Missing facts")
    String missingHeading();

    @Message("Facts to confirm")
    String toConfirmHeading();

    @Message("needed by")
    String neededBy();

    @Message("The missing facts hold the class down: given, and favourable, they would give a better class.")
    String cappedByMissingFacts();

    @Message("None.")
    String none();

    @Message("The record")
    String recordHeading();

    @Message("Decision id")
    String decisionIdLabel();

    @Message("Decided")
    String decidedLabel();

    @Message("Life-cycle stage")
    String stageLabel();

    @Message("Recorded for")
    String recordedForLabel();

    @Message("Rule set")
    String ruleSetLabel();

    @Message("version {version}")
    String ruleSetVersion(String version);

    @Message("Rule-set digest")
    String ruleSetDigestLabel();

    @Message("Sequence number in the log")
    String seqLabel();

    @Message("Entry hash (the record's leaf hash)")
    String entryHashLabel();

    @Message("Chain hash")
    String chainHashLabel();

    @Message("How to check it")
    String howToCheckHeading();

    @Message("Ask the service for this record's inclusion proof, GET {proofPath} (as the lender or enterprise that "
            + "recorded it, or a regulator): its leafHash must be the entry hash above, and its audit path must lead "
            + "to the root of a checkpoint the service signed. GET {decisionPath} gives the decision itself.")
    String howToCheck(String proofPath, String decisionPath);

    @Message("Not found")
    String notFoundHeading();

    @Message("There is no decision {id}.")
    String noSuchDecision(String id);

    @Message("There is no decision for the project reference {reference}.")
    String noSuchProject(String reference);
}

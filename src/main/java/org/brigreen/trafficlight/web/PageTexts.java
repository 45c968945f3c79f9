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
}

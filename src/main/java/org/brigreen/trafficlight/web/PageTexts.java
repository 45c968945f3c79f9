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

    // The lender's portfolio page

    @Message("Screen a portfolio")
    String portfolioTitle();

    @Message("Upload a file of projects: each is classified and recorded in the decision log, as the batch API does, and you see the results, the portfolio in pictures, and what another rule-set version would change.")
    String portfolioIntro();

    @Message("Your portfolio file")
    String portfolioUploadHeading();

    @Message("Choose a CSV or NDJSON file, or drop it here")
    String portfolioFileLabel();

    @Message("Up to 100,000 projects and 64 MiB. CSV: a header naming descriptor fields in dotted form, one project per row, lists separated by |. NDJSON: one project descriptor per line.")
    String portfolioFileHelp();

    @Message("Rule-set version (optional)")
    String portfolioVersionLabel();

    @Message("The version in effect ({version})")
    String portfolioInEffect(String version);

    @Message("Screen and record")
    String portfolioScreen();

    @Message("What a file looks like")
    String portfolioSampleHeading();

    @Message("A CSV header and two projects; an empty cell is a fact not given.")
    String portfolioSampleIntro();

    @Message("Download this sample as a CSV file")
    String portfolioSampleLink();

    @Message("Screening")
    String portfolioProgressHeading();

    @Message("Sending the file…")
    String portfolioSending();

    @Message("{n} of {total} lines decided")
    String portfolioProgress(String n, String total);

    @Message("Screening finished: {decided} projects decided and recorded; lines refused: {refused}.")
    String portfolioDone(String decided, String refused);

    @Message("The service could not answer. Try again.")
    String portfolioFailed();

    @Message("Results")
    String portfolioResultsHeading();

    @Message("Excluded from financing: {n} projects.")
    String portfolioExcludedCallout(String n);

    @Message("Show them in the table")
    String portfolioShowExcluded();

    @Message("Projects by class")
    String portfolioByClass();

    @Message("Projects by sector and class")
    String portfolioBySector();

    @Message("Projects by country and class")
    String portfolioByCountry();

    @Message("red {red}, amber {amber}, green {green}")
    String portfolioBar(String red, String amber, String green);

    @Message("Others")
    String portfolioOther();

    @Message("Not given")
    String portfolioUnknown();

    @Message("Download the results")
    String portfolioDownloadsHeading();

    @Message("Results as NDJSON (as the service answered)")
    String portfolioDownloadNdjson();

    @Message("Results as CSV")
    String portfolioDownloadCsv();

    @Message("The files hold every line as the service answered it, refused lines with their problems included; each decision can be looked up in the decision log by its id.")
    String portfolioDownloadsNote();

    @Message("Every line")
    String portfolioTableHeading();

    @Message("All")
    String portfolioAll();

    @Message("Yes")
    String portfolioYes();

    @Message("No")
    String portfolioNo();

    @Message("Refused")
    String portfolioRefused();

    @Message("Reference contains")
    String portfolioSearchReference();

    @Message("Line")
    String portfolioColumnLine();

    @Message("Reference")
    String portfolioColumnReference();

    @Message("Class")
    String portfolioColumnClass();

    @Message("Excluded")
    String portfolioColumnExcluded();

    @Message("Sector")
    String portfolioColumnSector();

    @Message("Country")
    String portfolioColumnCountry();

    @Message("Problem")
    String portfolioColumnProblem();

    @Message("Lines {from} to {to} of {count} shown")
    String portfolioRows(String from, String to, String count);

    @Message("No line matches the filters.")
    String portfolioNoRows();

    @Message("Pages of the table")
    String portfolioPages();

    @Message("Previous 50")
    String portfolioPrevious();

    @Message("Next 50")
    String portfolioNext();

    @Message("What would change under another rule-set version")
    String portfolioCompareHeading();

    @Message("The same file is evaluated under the version you choose, drafts included, and each line's class is set beside the class this screening gave it.")
    String portfolioCompareIntro();

    @Message("An evaluation records nothing: no decision, no batch. It cannot be cited as a screening result.")
    String portfolioCompareRecordsNothing();

    @Message("Version to compare with")
    String portfolioCompareVersion();

    @Message("draft")
    String portfolioDraft();

    @Message("Compare, recording nothing")
    String portfolioCompare();

    @Message("{n} of {total} lines evaluated")
    String portfolioComparing(String n, String total);

    @Message("Projects by their class in this screening (rows, version {from}) and under version {to} (columns)")
    String portfolioMatrixCaption(String from, String to);

    @Message("This screening ↓ · other version →")
    String portfolioMatrixCorner();

    @Message("{n} projects compared; nothing was recorded.")
    String portfolioMatrixTotal(String n);

    @Message("Newly excluded from financing: {n}")
    String portfolioIntoExclusion(String n);

    @Message("No longer excluded: {n}")
    String portfolioOutOfExclusion(String n);

    @Message("Lines refused in either (not in the table): {n}")
    String portfolioRefusedEither(String n);

    @Message("{#when sector}{#is 'solar_pv'}Solar power{#is 'wind_onshore'}Onshore wind power"
            + "{#is 'wind_offshore'}Offshore wind power{#is 'geothermal'}Geothermal power"
            + "{#is 'hydro_run_of_river'}Run-of-river hydropower{#is 'hydro_reservoir'}Reservoir hydropower"
            + "{#is 'nuclear'}Nuclear power{#is 'biomass_power'}Biomass power"
            + "{#is 'waste_to_energy'}Waste-to-energy{#is 'gas_power'}Gas-fired power"
            + "{#is 'oil_power'}Oil-fired power{#is 'coal_power'}Coal-fired power"
            + "{#is 'grid_transmission'}Power grid and transmission{#is 'energy_storage'}Energy storage"
            + "{#is 'coal_mining'}Coal mining{#is 'metal_mining'}Metal mining"
            + "{#is 'metal_smelting'}Metal smelting{#is 'steel'}Steel{#is 'cement'}Cement"
            + "{#is 'petrochemical'}Petrochemicals{#is 'oil_gas_upstream'}Oil and gas extraction"
            + "{#is 'pipeline'}Pipeline{#is 'rail_electric'}Electric railway{#is 'rail_diesel'}Diesel railway"
            + "{#is 'urban_transit'}Urban transit{#is 'road'}Road{#is 'port'}Port{#is 'airport'}Airport"
            + "{#is 'land_reclamation'}Land reclamation{#is 'industrial_park'}Industrial park"
            + "{#is 'manufacturing'}Manufacturing{#is 'ev_manufacturing'}Electric-vehicle manufacturing"
            + "{#is 'water_supply'}Water supply{#is 'wastewater'}Wastewater treatment"
            + "{#is 'solid_waste'}Solid waste{#is 'telecom_digital'}Telecommunications and digital"
            + "{#is 'agriculture'}Agriculture{#is 'forestry'}Forestry{#is 'real_estate'}Real estate"
            + "{#is 'other'}Other sector{#else}{sector}{/when}")
    String portfolioSector(String sector);
}

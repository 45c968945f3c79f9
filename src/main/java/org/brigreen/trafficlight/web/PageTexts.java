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

    // --- The self-check ------------------------------------------------------------------------------------------

    @Message("{#when fact}"
            + "{#is 'reference'}Your reference"
            + "{#is 'name'}Project name"
            + "{#is 'country'}Host country"
            + "{#is 'sector'}Sector"
            + "{#is 'stage'}Life-cycle stage"
            + "{#is 'capacityMw'}Capacity (MW)"
            + "{#is 'excludedActivities'}Activities the project involves"
            + "{#is 'site.protectedArea'}Protected area"
            + "{#is 'site.worldHeritage'}World Heritage site"
            + "{#is 'site.ramsar'}Ramsar wetland"
            + "{#is 'site.kba'}Key Biodiversity Area"
            + "{#is 'site.criticalHabitat'}Critical habitat"
            + "{#is 'site.nearestSensitiveAreaKm'}Distance to the nearest sensitive area (km)"
            + "{#is 'site.indigenousPeoples'}Indigenous Peoples affected"
            + "{#is 'site.conflictAffected'}Conflict-affected area"
            + "{#is 'site.sensitiveReceptors'}Sensitive places nearby that no list designates"
            + "{#is 'social.physicallyDisplacedPersons'}People physically displaced"
            + "{#is 'social.economicallyDisplacedPersons'}People economically displaced"
            + "{#is 'social.indigenousPeoplesConsent'}Indigenous Peoples' consent"
            + "{#is 'social.culturalHeritage'}Cultural heritage"
            + "{#is 'grievanceMechanism'}Grievance mechanism"
            + "{#is 'eia.status'}EIA status"
            + "{#is 'eia.standard'}EIA standard"
            + "{#is 'eia.publicConsultation'}Public consultation held"
            + "{#is 'eia.disclosed'}EIA disclosed"
            + "{#is 'coal.exposure'}Coal in the project"
            + "{#is 'coal.constructionStart'}Construction start"
            + "{#is 'emissions.scope12TonnesPerYear'}Scope 1 and 2 emissions (tCO₂e a year)"
            + "{#is 'emissions.intensityGramsPerKwh'}Emission intensity (gCO₂e/kWh)"
            + "{#is 'hydro.powerDensityWattsPerM2'}Power density (W/m²)"
            + "{#is 'hydro.commissioningYear'}Commissioning year"
            + "{#is 'mitigation'}Mitigation in place"
            + "{#is 'finance.capexUsd'}Total investment (US$)"
            + "{#is 'finance.loanUsd'}Loan (US$)"
            + "{#is 'finance.tenorYears'}Loan tenor (years)"
            + "{#is 'finance.type'}Kind of finance"
            + "{/when}")
    String fieldLabel(String fact);

    @Message("{#when fact}"
            + "{#is 'reference'}Your own id for the project or loan; your history lists the decision under it."
            + "{#is 'name'}As you call it."
            + "{#is 'country'}Where the project is built."
            + "{#is 'sector'}What the project mainly is."
            + "{#is 'stage'}How far along the project is today."
            + "{#is 'capacityMw'}Installed capacity, for power projects."
            + "{#is 'excludedActivities'}Activities excluded from financing whatever else is true (the IFC exclusion list): tick any the project involves."
            + "{#is 'site.protectedArea'}Whether the site lies in a protected area, and its IUCN management category; the World Database on Protected Areas (WDPA, also in IBAT) lists them."
            + "{#is 'site.worldHeritage'}Whether the site lies in a World Heritage property, and of which kind (UNESCO's World Heritage List)."
            + "{#is 'site.ramsar'}Inside a wetland of international importance under the Ramsar Convention."
            + "{#is 'site.kba'}Inside a Key Biodiversity Area (the World Database of KBAs, also in IBAT)."
            + "{#is 'site.criticalHabitat'}Critical habitat as IFC Performance Standard 6 defines it: habitat of high biodiversity value, such as that of critically endangered or endangered species, endemic or restricted-range species, migratory congregations, or highly threatened ecosystems. The biodiversity baseline of your ESIA determines it."
            + "{#is 'site.nearestSensitiveAreaKm'}To the nearest protected area, World Heritage site, Ramsar wetland or Key Biodiversity Area; 0 if the site is inside one."
            + "{#is 'site.indigenousPeoples'}Whether the project affects Indigenous Peoples, whose free, prior and informed consent (FPIC) it then needs."
            + "{#is 'site.conflictAffected'}In a conflict-affected or high-risk area; the World Bank's list of fragile and conflict-affected situations is a start."
            + "{#is 'site.sensitiveReceptors'}Ecologically sensitive places within the project's reach that are not designated, such as mangroves or spawning grounds."
            + "{#is 'social.physicallyDisplacedPersons'}People who must leave their homes because of the project; the resettlement plan counts them."
            + "{#is 'social.economicallyDisplacedPersons'}People who lose land, income or livelihood, but not their homes."
            + "{#is 'social.indigenousPeoplesConsent'}Whether the free, prior and informed consent of the Indigenous Peoples affected is documented."
            + "{#is 'social.culturalHeritage'}Whether the project touches cultural heritage (IFC Performance Standard 8)."
            + "{#is 'grievanceMechanism'}Whether the people affected have a way to raise grievances and be answered."
            + "{#is 'eia.status'}Where the environmental impact assessment stands with the host country's authority."
            + "{#is 'eia.standard'}The standard the assessment follows: the host country's, international (IFC Performance Standards, Equator Principles, World Bank ESF) or stricter Chinese standards."
            + "{#is 'eia.publicConsultation'}Whether the people affected were consulted during the assessment."
            + "{#is 'eia.disclosed'}Whether the assessment is published for the people affected to read."
            + "{#is 'coal.exposure'}How the project depends on coal, if at all."
            + "{#is 'coal.constructionStart'}The date construction started or is to start; it decides whether a coal project counts as new under the September 2021 pledge."
            + "{#is 'emissions.scope12TonnesPerYear'}Greenhouse gases the project emits itself, and through the energy it buys."
            + "{#is 'emissions.intensityGramsPerKwh'}For power: greenhouse gases per kilowatt-hour generated."
            + "{#is 'hydro.powerDensityWattsPerM2'}For hydropower: installed capacity divided by reservoir area."
            + "{#is 'hydro.commissioningYear'}The year the hydropower plant started, or is to start, operating."
            + "{#is 'mitigation'}Measures the project applies in its design and operation."
            + "{#is 'finance.capexUsd'}The project's capital expenditure."
            + "{#is 'finance.loanUsd'}The loan sought or granted."
            + "{#is 'finance.tenorYears'}How long the loan runs."
            + "{#is 'finance.type'}The Equator Principles apply to some kinds only."
            + "{/when}")
    String fieldHelp(String fact);

    @Message("{#when value}"
            + "{#is 'none'}None"
            + "{#is 'other'}Other"
            + "{#is 'yes'}Yes"
            + "{#is 'no'}No"
            + "{#is 'unknown'}Not yet determined"
            + "{#is 'solar_pv'}Solar photovoltaic"
            + "{#is 'wind_onshore'}Onshore wind"
            + "{#is 'wind_offshore'}Offshore wind"
            + "{#is 'geothermal'}Geothermal"
            + "{#is 'hydro_run_of_river'}Run-of-river hydropower"
            + "{#is 'hydro_reservoir'}Reservoir hydropower"
            + "{#is 'nuclear'}Nuclear power"
            + "{#is 'biomass_power'}Biomass power"
            + "{#is 'waste_to_energy'}Waste to energy"
            + "{#is 'gas_power'}Gas power"
            + "{#is 'oil_power'}Oil power"
            + "{#is 'coal_power'}Coal power"
            + "{#is 'grid_transmission'}Grid and transmission"
            + "{#is 'energy_storage'}Energy storage"
            + "{#is 'coal_mining'}Coal mining"
            + "{#is 'metal_mining'}Metal mining"
            + "{#is 'metal_smelting'}Metal smelting"
            + "{#is 'steel'}Steel"
            + "{#is 'cement'}Cement"
            + "{#is 'petrochemical'}Petrochemicals"
            + "{#is 'oil_gas_upstream'}Oil and gas extraction"
            + "{#is 'pipeline'}Pipeline"
            + "{#is 'rail_electric'}Electric railway"
            + "{#is 'rail_diesel'}Diesel railway"
            + "{#is 'urban_transit'}Urban transit"
            + "{#is 'road'}Road"
            + "{#is 'port'}Port"
            + "{#is 'airport'}Airport"
            + "{#is 'land_reclamation'}Land reclamation"
            + "{#is 'industrial_park'}Industrial park"
            + "{#is 'manufacturing'}Manufacturing"
            + "{#is 'ev_manufacturing'}Electric vehicle manufacturing"
            + "{#is 'water_supply'}Water supply"
            + "{#is 'wastewater'}Wastewater treatment"
            + "{#is 'solid_waste'}Solid waste"
            + "{#is 'telecom_digital'}Telecommunications and digital"
            + "{#is 'agriculture'}Agriculture"
            + "{#is 'forestry'}Forestry"
            + "{#is 'real_estate'}Real estate"
            + "{#is 'planned'}Planned"
            + "{#is 'financed_not_started'}Financed, not started"
            + "{#is 'under_construction'}Under construction"
            + "{#is 'operational'}Operating"
            + "{#is 'expansion'}Expansion"
            + "{#is 'decommissioning'}Decommissioning"
            + "{#is 'primary_fuel'}Burns coal to generate power"
            + "{#is 'captive_power'}Coal-fired units inside a plant or industrial park"
            + "{#is 'mining'}Mines coal"
            + "{#is 'transport'}Carries mainly coal (rail, port or conveyor)"
            + "{#is 'iucn_ia_ii'}Inside, IUCN category Ia, Ib or II"
            + "{#is 'iucn_iii_vi'}Inside, IUCN category III to VI"
            + "{#is 'designated_no_category'}Inside, designated without an IUCN category"
            + "{#is 'natural'}Natural site"
            + "{#is 'mixed'}Mixed natural and cultural site"
            + "{#is 'cultural'}Cultural site"
            + "{#is 'adjacent'}Next to it"
            + "{#is 'inside'}Inside it"
            + "{#is 'not_started'}Not started"
            + "{#is 'in_progress'}In progress"
            + "{#is 'approved'}Approved"
            + "{#is 'rejected'}Rejected"
            + "{#is 'revoked'}Approval revoked"
            + "{#is 'challenged'}Approval challenged in court or on appeal"
            + "{#is 'suspended'}Approval suspended"
            + "{#is 'host_country'}Host country's standard"
            + "{#is 'international'}International (IFC PS, Equator Principles, World Bank ESF)"
            + "{#is 'chinese_stricter'}Stricter Chinese standard"
            + "{#is 'project_finance'}Project finance"
            + "{#is 'corporate_loan'}Corporate loan tied to the project"
            + "{#is 'documented'}Documented"
            + "{#is 'not_documented'}Not documented"
            + "{#is 'not_required'}Not required"
            + "{#is 'mangrove'}Mangroves"
            + "{#is 'natural_forest'}Natural forest"
            + "{#is 'spawning_ground'}Spawning ground"
            + "{#is 'migration_route'}Migration route"
            + "{#is 'drinking_water_source'}Drinking-water source"
            + "{#is 'ccus'}Carbon capture, use and storage"
            + "{#is 'high_efficiency_flue_gas_treatment'}High-efficiency flue-gas treatment"
            + "{#is 'hydro_sustainability_standard'}Hydropower Sustainability Standard applied"
            + "{#is 'wildlife_crossings'}Wildlife crossings"
            + "{#is 'biodiversity_offset'}Biodiversity offset"
            + "{#is 'certified_esms'}Certified environmental and social management system"
            + "{#is 'sustainable_biomass_sourcing'}Sustainably sourced biomass"
            + "{#is 'zero_discharge_water'}Zero liquid discharge"
            + "{#is 'illegal_under_host_law'}Illegal under host-country law"
            + "{#is 'cites_trade'}Trade in wildlife regulated by CITES"
            + "{#is 'weapons_munitions'}Weapons and munitions"
            + "{#is 'radioactive_materials'}Radioactive materials"
            + "{#is 'unbonded_asbestos'}Unbonded asbestos fibres"
            + "{#is 'drift_net_fishing'}Drift-net fishing"
            + "{#is 'primary_tropical_forest_logging'}Logging in primary tropical forest"
            + "{#is 'forced_or_child_labour'}Forced or child labour"
            + "{/when}")
    String choice(String value);

    @Message("Not stated")
    String notStated();

    @Message(", ")
    String listSeparator();

    @Message("{#when group}{#is 'project'}The project{#is 'site'}The site{#is 'people'}People"
            + "{#is 'eia'}Environmental impact assessment{#is 'coal'}Coal{#is 'emissions'}Emissions and mitigation"
            + "{#is 'finance'}Finance{/when}")
    String groupHeading(String group);

    @Message("{#when group}{#is 'project'}What it is, where, and how far along."
            + "{#is 'site'}Where it is, as against protected and sensitive areas. Screening tools such as IBAT, built "
            + "on the World Database on Protected Areas, tell most of these from the project's location."
            + "{#is 'people'}The people the project affects, and whether they can be heard."
            + "{#is 'eia'}The assessment the host country approves before construction, and the standard it follows."
            + "{#is 'coal'}Whether the project depends on coal: new coal power is excluded."
            + "{#is 'emissions'}Greenhouse gases, and the measures that reduce the harm."
            + "{#is 'finance'}The finance sought, which decides whether the Equator Principles apply.{/when}")
    String groupIntro(String group);

    @Message("{#when objective}{#is 'climate'}Climate{#is 'pollution'}Pollution{#is 'biodiversity'}Biodiversity"
            + "{#is 'compliance'}Compliance{/when}")
    String objective(String objective);

    @Message("Self-check a project")
    String selfCheckHeading();

    @Message("Describe the project as far as you know it: the service tells you its class under the rules in effect, "
            + "why, and what would lift it. Checking records nothing; a decision is recorded only when you choose to "
            + "record it. Leave blank what you do not know: the answer says what is missing.")
    String selfCheckIntro();

    @Message("required")
    String required();

    @Message("Check the project")
    String checkButton();

    @Message("The service would refuse this description")
    String refusedHeading();

    @Message("The service would refuse this: {reason}")
    String refusedHere(String reason);

    @Message("The answer")
    String answerHeading();

    @Message("Under rule set {id}, version {version}")
    String underRules(String id, String version);

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

    @Message("Project reference")
    String referenceLabel();

    @Message("The reference exactly as it was sent: capitals, spaces and punctuation count (no partial match).")
    String referenceHint();

    @Message("Decisions for the reference {reference}")
    String decisionsFor(String reference);

    @Message("A reference has 1 to 128 characters, none of them a control character.")
    String referenceInvalid();

    @Message("This page's link is not one the service gave. Start again from the newest decisions.")
    String cursorInvalid();

    @Message("No decision is recorded yet.")
    String noDecisions();

    @Message("No decision matches this filter.")
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

    @Message("What would lift the class")
    String liftHeading();

    @Message("Each remedy is tried at once on your description, as an evaluation: nothing is recorded.")
    String liftIntro();

    @Message("If {fact} were {to} instead of {from}")
    String whatIfChange(String fact, String from, String to);

    @Message("the class would be")
    String wouldBe();

    @Message("Try it")
    String tryIt();

    @Message("No single change of a choice lifts this one: change the figures in the form and check again.")
    String noSingleChange();

    @Message("What if: {change}. Evaluated, not recorded.")
    String whatIfBanner(String change);

    @Message("Record the decision")
    String recordDecisionHeading();

    @Message("Recording enters this classification in the decision log, under rule set {id} version {version}, in "
            + "your organisation's name; you then get its screening certificate.")
    String recordIntro(String id, String version);

    @Message("Record the decision")
    String recordButton();

    @Message("Change the description")
    String changeHeading();

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

    // The decision log's filter, its count and its downloads

    @Message("Filter the decisions")
    String filterHeading();

    @Message("{#when field}{#is 'from'}Decided from (date, UTC){#is 'to'}Decided until (date, UTC, included)"
            + "{#is 'class'}Class{#is 'excluded'}Excluded from financing{#is 'superseded'}Superseded after an appeal"
            + "{#is 'sector'}Sector{#is 'country'}Country{#is 'version'}Rule-set version{#is 'org'}Organisation"
            + "{/when}")
    String filterLabel(String field);

    @Message("Any")
    String filterAny();

    @Message("Two letters, ISO 3166-1, such as KE.")
    String filterCountryHint();

    @Message("{#when kind}{#is 'date'}Give a date, such as 2026-01-31.{#is 'before-from'}This date is before the first "
            + "one.{#is 'choice'}Choose one of the values offered.{#is 'country'}This is not an ISO 3166-1 country "
            + "code.{#is 'text'}Use 1 to 64 characters, none of them a control character.{/when}")
    String filterProblem(String kind);

    @Message("Filter")
    String filterApply();

    @Message("Clear the filter")
    String filterClear();

    @Message("Decisions found")
    String resultsHeading();

    @Message("{count} {count == 1L ? 'decision matches' : 'decisions match'}.")
    String matchingDecisions(long count);

    @Message("Download every matching decision:")
    String downloadShown();

    // The regulator's reports (/app/reports)

    @Message("Reports on every organisation's decisions")
    String reports_task();

    @Message("Reports")
    String reports_title();

    @Message("Every organisation's decisions counted by class for a period, the trend by month, the annual report and "
            + "the excluded projects. Whole days are counted from the daily counts kept beside the log, a partial day "
            + "from the log itself; POST /v1/reports/verify checks the counts against the log.")
    String reports_intro();

    @Message("Choose a report")
    String reports_formHeading();

    @Message("{#when field}{#is 'from'}Decided from (UTC){#is 'to'}Decided before (UTC){#is 'version'}Rule-set version"
            + "{#is 'by'}Group by{#is 'year'}Year of the annual report{#is 'after'}Page{/when}")
    String reports_field(String field);

    @Message("{#when field}{#is 'from'}Give a date, such as 2026-01-31.{#is 'to'}Give a date after the first one."
            + "{#is 'year'}Give a year from 2000 to 9998.{#is 'after'}Start again from the first page."
            + "{#else}Choose one of the values offered.{/when}")
    String reports_problem(String field);

    @Message("The reports were not made: correct the fields marked below.")
    String reports_refused();

    @Message("Show the reports")
    String reports_show();

    @Message("{#when key}{#is 'sector'}Sector{#is 'country'}Country{#is 'month'}Month{#is 'organisation'}Organisation"
            + "{#is 'region'}Region{/when}")
    String reports_by(String key);

    @Message("Decisions by {#when by}{#is 'sector'}sector{#is 'country'}country{#is 'month'}month"
            + "{#is 'organisation'}organisation{/when}")
    String reports_countsHeading(String by);

    @Message("Each bar is one key; its parts are the red, amber and green decisions, and the number after it the "
            + "total. The table below gives the same figures.")
    String reports_chartDesc();

    @Message("No decisions in this period.")
    String reports_noDecisions();

    @Message("Total")
    String reports_total();

    @Message("Download “{what}” as CSV")
    String reports_download(String what);

    @Message("Annual report {year}")
    String reports_annualHeading(int year);

    @Message("Categories A, B and C stand for the classes red, amber and green: like the Equator Principles' "
            + "categories (significant, limited, minimal or no adverse impacts), not the same, for they come from the "
            + "service's rule sets. Regions are the UN M49 regions of the projects' countries.")
    String reports_categoryNote();

    @Message("Decisions by category")
    String reports_categories();

    @Message("Category")
    String reports_category();

    @Message("Class")
    String reports_class();

    @Message("Excluded from financing")
    String reports_excluded();

    @Message("Decisions by region")
    String reports_byRegion();

    @Message("{#when region}{#is 'Africa'}Africa{#is 'Americas'}Americas{#is 'Asia'}Asia{#is 'Europe'}Europe"
            + "{#is 'Oceania'}Oceania{#else}Unknown{/when}")
    String reports_regionName(String region);

    @Message("Excluded projects")
    String reports_excludedHeading();

    @Message("The projects excluded from financing in this period, in the order decided")
    String reports_excludedCaption();

    @Message("No project was excluded in this period.")
    String reports_noneExcluded();

    @Message("{#when column}{#is 'reference'}Reference{#is 'org'}Organisation{#is 'sector'}Sector{#is 'country'}Country"
            + "{#is 'decidedAt'}Decided at (UTC){#is 'decision'}Decision{/when}")
    String reports_column(String column);

    @Message("Open")
    String reports_open();

    @Message("Next excluded projects")
    String reports_nextExcluded();
}

package org.brigreen.trafficlight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.brigreen.trafficlight.rules.DescriptorFacts;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetLoader;

/**
 * A rule set of any size in the real rule-file format, loaded by the real {@link RuleSetLoader}: a manifest with
 * sources, class policies, shared sector lists and one threshold parameter per rule, and rule files of up to 50
 * rules. The rules cycle through seven shapes modelled on the shipped ones (distance, emission-intensity, capacity,
 * date and year thresholds against parameters, {@code in} lists, findings, caps, a floor, an uplift, plain required
 * actions), each with examples that fire, do not fire and need a missing fact, which the loader runs.
 */
final class SyntheticRuleSet {

    private static final String ID = "synthetic";
    private static final String VERSION = "1.0";
    private static final int RULES_PER_FILE = 50;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([a-z]+)");

    private static final List<List<String>> SECTOR_GROUPS = List.of(
            List.of("coal_power", "gas_power", "oil_power", "biomass_power"),
            List.of("road", "rail_electric", "rail_diesel", "port", "airport"),
            List.of("metal_mining", "metal_smelting", "petrochemical", "oil_gas_upstream"),
            List.of("solar_pv", "wind_onshore", "wind_offshore", "geothermal"),
            List.of("hydro_reservoir", "hydro_run_of_river", "industrial_park", "cement", "steel"));

    private SyntheticRuleSet() {
    }

    /** Writes a rule set of {@code ruleCount} rules to a temporary folder, loads it, and removes the folder. */
    static RuleSet load(int ruleCount, DescriptorFacts descriptorFacts) throws IOException {
        Path root = Files.createTempDirectory("synthetic-rules-");
        try {
            write(root.resolve(ID).resolve(VERSION), ruleCount);
            return new RuleSetLoader(descriptorFacts).loadAll(root).get(0);
        } finally {
            deleteRecursively(root);
        }
    }

    private static void write(Path folder, int ruleCount) throws IOException {
        Files.createDirectories(folder);
        StringBuilder parameters = new StringBuilder();
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < ruleCount; i++) {
            Map<String, String> values = placeholders(i);
            parameters.append(fill(PARAMETER, values).indent(2));
            rules.append(fill(shapeOf(i).rule, values).indent(2)).append('\n');
            if ((i + 1) % RULES_PER_FILE == 0 || i + 1 == ruleCount) {
                String file = String.format("rules-%02d.yaml", i / RULES_PER_FILE + 1);
                Files.writeString(folder.resolve(file), "rules:\n" + rules, StandardCharsets.UTF_8);
                rules.setLength(0);
            }
        }
        String manifest = fill(MANIFEST, Map.of("ruleset", ID, "version", VERSION, "count", String.valueOf(ruleCount),
                "groups", sectorGroups(), "parameters", parameters.toString()));
        Files.writeString(folder.resolve(RuleSetLoader.MANIFEST), manifest, StandardCharsets.UTF_8);
    }

    private static Shape shapeOf(int rule) {
        return Shape.values()[rule % Shape.values().length];
    }

    /** What the templates of rule {@code i} are filled with: its id, parameter and example values, sector group. */
    private static Map<String, String> placeholders(int i) {
        Shape shape = shapeOf(i);
        double limit = shape.limit.applyAsDouble(i);
        int group = i % SECTOR_GROUPS.size();
        String value = number(limit);
        return Map.of(
                "id", "synthetic." + shape.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + i,
                "limit", shape.parameter + i,
                "type", shape.type,
                "value", value,
                "parameter", shape.valuePattern.replace("$value", value),
                "fires", number(limit + shape.firesOffset),
                "passes", number(limit + shape.passesOffset),
                "sectors", "sectorGroup" + group,
                "sector", SECTOR_GROUPS.get(group).get(0));
    }

    private static String sectorGroups() {
        StringBuilder groups = new StringBuilder();
        for (int group = 0; group < SECTOR_GROUPS.size(); group++) {
            groups.append(fill(SECTOR_GROUP, Map.of("group", String.valueOf(group),
                    "sectors", String.join(", ", SECTOR_GROUPS.get(group)))).indent(2));
        }
        return groups.toString();
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        return placeholder.replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for $" + match.group(1));
            }
            return Matcher.quoteReplacement(value);
        });
    }

    /** Whole numbers without a fraction, so that years and integer parameters stay integers in YAML. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * A kind of rule: its parameter's name prefix, type and value pattern, the threshold of rule {@code i}, the
     * offsets from the threshold of the example values that fire and that do not, and the rule's YAML.
     */
    private enum Shape {
        NEAR_SENSITIVE_AREA("bufferKm", "number", "$value", i -> 1 + i % 25, -0.5, 0.5, """
                - id: $id
                  objective: biodiversity
                  effect: {finding: moderate}
                  when: sector in params.$sectors && site.nearestSensitiveAreaKm <= params.$limit
                  message:
                    en: A project of this sector group lies within $value km of a protected or sensitive area.
                    zh: 该类行业项目距保护地或生态敏感区域不足$value公里。
                  citation: {source: IFC-PS6, clause: "para. 16-19"}
                  remedy:
                    en: Site the project more than $value km from the sensitive area.
                    zh: 将项目选址调整至距敏感区域$value公里以外。
                  examples:
                    - descriptor: {sector: $sector, stage: planned, site: {nearestSensitiveAreaKm: $fires}}
                      fires: true
                    - descriptor: {sector: $sector, stage: planned, site: {nearestSensitiveAreaKm: $passes}}
                      fires: false
                    - descriptor: {sector: $sector, stage: planned}
                      missing: [site.nearestSensitiveAreaKm]
                """),
        HIGH_INTENSITY("highIntensityGPerKwh", "number", "$value", i -> 250 + 10 * (i % 20), 0, -1, """
                - id: $id
                  objective: climate
                  effect: {finding: significant}
                  when: sector in params.$sectors && emissions.intensityGramsPerKwh >= params.$limit
                  message:
                    en: The project emits $value gCO2e/kWh or more.
                    zh: 项目排放强度达到或超过每千瓦时$value克二氧化碳当量。
                  citation: {source: EU-TAXONOMY, clause: "Appendix D"}
                  examples:
                    - descriptor: {sector: $sector, stage: operational, emissions: {intensityGramsPerKwh: $fires}}
                      fires: true
                    - descriptor: {sector: $sector, stage: operational, emissions: {intensityGramsPerKwh: $passes}}
                      fires: false
                    - descriptor: {sector: $sector, stage: operational}
                      missing: [emissions.intensityGramsPerKwh]
                """),
        LOW_CARBON("lowIntensityGPerKwh", "number", "$value", i -> 50 + 5 * (i % 10), -1, 0, """
                - id: $id
                  objective: climate
                  effect: {finding: positive}
                  when: >-
                    emissions.intensityGramsPerKwh < params.$limit
                    || sector in ['solar_pv', 'wind_onshore', 'wind_offshore']
                  message:
                    en: The project is low-carbon (below $value gCO2e/kWh, or wind and solar power).
                    zh: 项目属于低碳项目（排放强度低于每千瓦时$value克二氧化碳当量，或为风电、光伏项目）。
                  citation: {source: EU-TAXONOMY, clause: "Appendix D"}
                  examples:
                    - descriptor: {sector: gas_power, stage: planned, emissions: {intensityGramsPerKwh: $fires}}
                      fires: true
                    - descriptor: {sector: gas_power, stage: planned, emissions: {intensityGramsPerKwh: $passes}}
                      fires: false
                    - name: wind power, intensity unknown
                      descriptor: {sector: wind_onshore, stage: planned}
                      fires: true
                    - descriptor: {sector: gas_power, stage: planned}
                      missing: [emissions.intensityGramsPerKwh]
                """),
        EIA_PENDING("eiaCapacityMw", "number", "$value", i -> 10 * (1 + i % 30), 0, -1, """
                - id: $id
                  objective: compliance
                  effect: {cap: amber}
                  when: eia.status in ['not_started', 'in_progress'] && capacityMw >= params.$limit
                  message:
                    en: A project of $value MW or more has no approved EIA yet.
                    zh: 装机容量达到或超过$value兆瓦的项目尚未取得环境影响评价批复。
                  citation: {source: GUIDELINES-2022, clause: "Art. 8"}
                  requiredActions:
                    - en: Obtain EIA approval before construction.
                      zh: 在开工建设前取得环境影响评价批复。
                  examples:
                    - descriptor: {sector: $sector, stage: planned, eia: {status: in_progress}, capacityMw: $fires}
                      fires: true
                    - descriptor: {sector: $sector, stage: planned, eia: {status: in_progress}, capacityMw: $passes}
                      fires: false
                    - name: approved, capacity unknown
                      descriptor: {sector: $sector, stage: planned, eia: {status: approved}}
                      fires: false
                """),
        NEW_COAL("coalCutoff", "date", "\"$value-09-21\"", i -> 2015 + i % 8, 1, 0, """
                - id: $id
                  objective: climate
                  effect: {finding: significant, floor: red}
                  blocking: true
                  when: >-
                    (sector == 'coal_power' || coal.exposure in ['primary_fuel', 'captive_power'])
                    && coal.constructionStart > params.$limit
                  message:
                    en: Coal power whose construction started after 21 September $value.
                    zh: $value年9月21日之后开工建设的煤电项目。
                  citation: {source: PLEDGE-2021, clause: "statement of 21 September 2021"}
                  examples:
                    - descriptor: {sector: coal_power, stage: under_construction,
                                   coal: {constructionStart: "$fires-09-21"}}
                      fires: true
                    - descriptor: {sector: coal_power, stage: under_construction,
                                   coal: {constructionStart: "$passes-09-21"}}
                      fires: false
                    - descriptor: {sector: coal_power, stage: under_construction}
                      missing: [coal.constructionStart]
                    - descriptor: {sector: solar_pv, stage: planned}
                      fires: false
                """),
        ESMS_UPLIFT("esmsBufferKm", "number", "$value", i -> 1 + i % 25, 1, 0, """
                - id: $id
                  objective: biodiversity
                  effect: {uplift: true}
                  when: "'certified_esms' in mitigation && site.nearestSensitiveAreaKm > params.$limit"
                  message:
                    en: A certified ESMS, more than $value km from any sensitive area.
                    zh: 项目建有经认证的环境与社会管理体系，且距任何敏感区域超过$value公里。
                  citation: {source: BRIGC-GDG-2020, clause: "recommendations: mitigation"}
                  examples:
                    - descriptor: {sector: $sector, stage: planned, mitigation: [certified_esms],
                                   site: {nearestSensitiveAreaKm: $fires}}
                      fires: true
                    - descriptor: {sector: $sector, stage: planned, mitigation: [certified_esms],
                                   site: {nearestSensitiveAreaKm: $passes}}
                      fires: false
                    - descriptor: {sector: $sector, stage: planned, mitigation: [certified_esms]}
                      missing: [site.nearestSensitiveAreaKm]
                """),
        OLD_HYDRO("hydroReviewYear", "integer", "$value", i -> 1990 + i % 30, -1, 0, """
                - id: $id
                  objective: compliance
                  when: sector in ['hydro_reservoir', 'hydro_run_of_river'] && hydro.commissioningYear < params.$limit
                  message:
                    en: A hydropower plant commissioned before $value.
                    zh: $value年之前投运的水电站。
                  citation: {source: GUIDELINES-2022, clause: "Art. 19"}
                  requiredActions:
                    - en: Commission an independent dam-safety review.
                      zh: 委托开展独立的大坝安全评估。
                  examples:
                    - descriptor: {sector: hydro_reservoir, stage: operational, hydro: {commissioningYear: $fires}}
                      fires: true
                    - descriptor: {sector: hydro_reservoir, stage: operational, hydro: {commissioningYear: $passes}}
                      fires: false
                    - descriptor: {sector: hydro_reservoir, stage: operational}
                      missing: [hydro.commissioningYear]
                """);

        final String parameter;
        final String type;
        final String valuePattern;
        final IntToDoubleFunction limit;
        final double firesOffset;
        final double passesOffset;
        final String rule;

        Shape(String parameter, String type, String valuePattern, IntToDoubleFunction limit, double firesOffset,
                double passesOffset, String rule) {
            this.parameter = parameter;
            this.type = type;
            this.valuePattern = valuePattern;
            this.limit = limit;
            this.firesOffset = firesOffset;
            this.passesOffset = passesOffset;
            this.rule = rule;
        }
    }

    private static final String PARAMETER = """
            $limit:
              type: $type
              value: $parameter
              description:
                en: Threshold of rule $id.
                zh: 规则$id的阈值。
              citation: {source: BRIGC-GDG-2020, clause: "synthetic"}
            """;

    private static final String SECTOR_GROUP = """
            sectorGroup$group:
              type: list
              value: [$sectors]
              description:
                en: Sector group $group.
                zh: 第$group组行业。
            """;

    private static final String MANIFEST = """
            # Generated by the rule-count benchmark: $count rules in the shape of the shipped ones.
            id: $ruleset
            version: "$version"
            title:
              en: Synthetic rule set of $count rules
              zh: 含$count条规则的合成规则集
            effectiveFrom: 2022-01-01
            status: published

            sources:
              PLEDGE-2021: "Statement at the UN General Assembly, 21 September 2021"
              GUIDELINES-2022: "MEE/MOFCOM: Guidelines for Ecological Environmental Protection, January 2022"
              BRIGC-GDG-2020: "BRIGC: Green Development Guidance for BRI Projects, December 2020"
              EP4: "Equator Principles, 4th edition, October 2020"
              IFC-PS6: "IFC Performance Standard 6"
              EU-TAXONOMY: "EU Taxonomy Climate Delegated Act 2021/2139, Appendix D"

            parameters:
              ep4MinCapexUsd:
                type: number
                value: 10000000
                description:
                  en: Project capital cost from which the Equator Principles apply.
                  zh: 赤道原则适用的项目资本支出门槛。
                citation: {source: EP4, clause: "Scope"}
            $groups
            $parameters
            classes:
              red:
                ep4Category: A
                citation: {source: BRIGC-GDG-2020, clause: "red"}
                requiredActions:
                  - en: Environmental and social impact assessment to international standards.
                    zh: 按国际标准开展环境与社会影响评价。
              amber:
                ep4Category: B
                citation: {source: BRIGC-GDG-2020, clause: "yellow"}
                requiredActions:
                  - en: Host-country EIA with an environmental and social management plan.
                    zh: 开展东道国环境影响评价并制定环境与社会管理计划。
              green:
                ep4Category: C
                citation: {source: BRIGC-GDG-2020, clause: "green"}

            ep4:
              appliesWhen: finance.capexUsd >= params.ep4MinCapexUsd
              citation: {source: EP4, clause: "Scope"}
            """;
}

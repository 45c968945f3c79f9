package org.brigreen.trafficlight.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An overseas investment project as the caller describes it: the input vocabulary of METHODOLOGY §3.
 * Absent optional facts stay {@code null}; the rules decide what their absence means.
 */
@Schema(description = "An overseas investment project to classify (METHODOLOGY §3). Only country, sector and stage "
        + "are required; a fact that a matching rule needs but is absent is listed in the answer and caps the class at amber.",
        additionalProperties = Schema.False.class)
public record ProjectDescriptor(
        @Size(max = 128)
        @Schema(description = "The caller's own identifier: loan or project number.", example = "LN-2026-0042")
        String reference,

        @Size(max = 256)
        @Schema(description = "Name of the project.", example = "Garissa 50 MW solar park")
        String name,

        @NotNull(message = "is required") @CountryCode
        @Schema(description = "Host country, ISO 3166-1 alpha-2.", example = "KE", required = true)
        String country,

        @NotNull(message = "is required")
        @Schema(description = "Sector of the project.", example = "solar_pv", required = true)
        Sector sector,

        @NotNull(message = "is required")
        @Schema(description = "Stage of the project's life cycle.", example = "planned", required = true)
        Stage stage,

        @PositiveOrZero @DecimalMax("100000")
        @Schema(description = "Installed or planned capacity in MW (power projects).", example = "50")
        Double capacityMw,

        @Valid @Schema(description = "Coal exposure; default none.") Coal coal,
        @Valid @Schema(description = "Site sensitivity.") Site site,
        @Valid @Schema(description = "Environmental impact assessment.") Eia eia,
        @Valid @Schema(description = "Greenhouse-gas emissions.") Emissions emissions,
        @Valid @Schema(description = "Hydropower characteristics.") Hydro hydro,

        @Schema(description = "Recognised mitigation measures in place or committed.", example = "[\"certified_esms\"]")
        List<Mitigation> mitigation,

        @Valid @Schema(description = "Finance facts for the Equator Principles scope test.") Finance finance,

        @Schema(description = "Activities of the IFC Exclusion List / BRIGC negative list that the project involves.",
                example = "[]")
        List<ExcludedActivity> excludedActivities) {

    public ProjectDescriptor {
        coal = coal == null ? new Coal(null, null) : coal;
        mitigation = mitigation == null ? List.of() : List.copyOf(mitigation);
        excludedActivities = excludedActivities == null ? List.of() : List.copyOf(excludedActivities);
    }

    @Schema(description = "Coal exposure of the project.", additionalProperties = Schema.False.class)
    public record Coal(
            @Schema(description = "How the project depends on coal; default none.", example = "none",
                    defaultValue = "none")
            CoalExposure exposure,

            @Schema(description = "Date construction started (or will start): decides 'new' against the pledge cut-off.",
                    example = "2019-05-01")
            LocalDate constructionStart) {

        public Coal {
            exposure = exposure == null ? CoalExposure.NONE : exposure;
        }
    }

    @Schema(description = "Where the project sits relative to protected and sensitive areas.",
            additionalProperties = Schema.False.class)
    public record Site(
            @Schema(description = "Protected-area status of the site.", example = "none")
            ProtectedArea protectedArea,

            @Schema(description = "World Heritage status of the site.", example = "none")
            WorldHeritage worldHeritage,

            @Schema(description = "Inside a Ramsar wetland of international importance.", example = "false")
            Boolean ramsar,

            @Schema(description = "Inside a Key Biodiversity Area.", example = "false")
            Boolean kba,

            @Schema(description = "Critical-habitat determination (IFC PS6).", example = "no")
            CriticalHabitat criticalHabitat,

            @PositiveOrZero @DecimalMax("20040")
            @Schema(description = "Distance in km to the nearest protected area, World Heritage site, Ramsar site or KBA; "
                    + "0 means inside.", example = "42.5")
            Double nearestSensitiveAreaKm,

            @Schema(description = "Indigenous Peoples are affected (free, prior and informed consent needed).",
                    example = "false")
            Boolean indigenousPeoples,

            @Schema(description = "Conflict-affected or high-risk area.", example = "false")
            Boolean conflictAffected) {
    }

    @Schema(description = "The environmental impact assessment.", additionalProperties = Schema.False.class)
    public record Eia(
            @Schema(description = "Status of the EIA.", example = "approved")
            EiaStatus status,

            @Schema(description = "Standard the EIA was carried out to.", example = "international")
            EiaStandard standard,

            @Schema(description = "The EIA included public consultation.", example = "true")
            Boolean publicConsultation) {
    }

    @Schema(description = "Greenhouse-gas emissions.", additionalProperties = Schema.False.class)
    public record Emissions(
            @PositiveOrZero @DecimalMax("1e10")
            @Schema(description = "Scope 1 and 2 emissions in tCO2e per year.", example = "1200")
            Double scope12TonnesPerYear,

            @PositiveOrZero @DecimalMax("10000")
            @Schema(description = "Emission intensity in gCO2e per kWh (power projects).", example = "25")
            Double intensityGramsPerKwh) {
    }

    @Schema(description = "Hydropower characteristics.", additionalProperties = Schema.False.class)
    public record Hydro(
            @Positive @DecimalMax("1000000")
            @Schema(description = "Power density in W/m²: installed capacity divided by reservoir area.", example = "12.5")
            Double powerDensityWattsPerM2,

            @Min(1850) @Max(2100)
            @Schema(description = "Year of commissioning: plants before 2020 use the lower power-density threshold.",
                    example = "2024")
            Integer commissioningYear) {
    }

    @Schema(description = "Finance facts used for the Equator Principles scope test.",
            additionalProperties = Schema.False.class)
    public record Finance(
            @PositiveOrZero @DecimalMax("1e13")
            @Schema(description = "Total capital expenditure in US dollars.", example = "48000000")
            Double capexUsd,

            @PositiveOrZero @DecimalMax("1e13")
            @Schema(description = "Loan amount in US dollars.", example = "30000000")
            Double loanUsd,

            @PositiveOrZero @DecimalMax("100")
            @Schema(description = "Loan tenor in years.", example = "15")
            Double tenorYears) {
    }
}

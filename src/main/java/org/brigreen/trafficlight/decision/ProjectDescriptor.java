package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * An overseas investment project as the caller describes it: the input vocabulary of METHODOLOGY §3.
 * Absent optional facts stay {@code null}; the rules decide what their absence means.
 */
public record ProjectDescriptor(
        @Size(max = 128)
        String reference,

        @Size(max = 256)
        String name,

        @NotNull(message = "is required") @CountryCode
        String country,

        @NotNull(message = "is required")
        Sector sector,

        @NotNull(message = "is required")
        Stage stage,

        @PositiveOrZero @DecimalMax("100000")
        Double capacityMw,

        @Valid Coal coal,
        @Valid Site site,
        @Valid Social social,

        Boolean grievanceMechanism,

        @Valid Eia eia,
        @Valid Emissions emissions,
        @Valid Hydro hydro,

        List<Mitigation> mitigation,

        @Valid Finance finance,

        List<ExcludedActivity> excludedActivities) {

    public ProjectDescriptor {
        coal = coal == null ? new Coal(null, null) : coal;
        mitigation = mitigation == null ? List.of() : List.copyOf(mitigation);
        excludedActivities = excludedActivities == null ? List.of() : List.copyOf(excludedActivities);
    }

    public record Coal(
            CoalExposure exposure,

            LocalDate constructionStart) {

        public Coal {
            exposure = exposure == null ? CoalExposure.NONE : exposure;
        }
    }

    /**
     * Where the project is and what is around it. {@code location} is a GeoJSON geometry in WGS 84 (a point, a line, a
     * polygon): the site facts are computed from it where the rule-set version names reference layers.
     */
    public record Site(
            ProtectedArea protectedArea,

            WorldHeritage worldHeritage,

            Boolean ramsar,

            Boolean kba,

            CriticalHabitat criticalHabitat,

            @PositiveOrZero @DecimalMax("20040")
            Double nearestSensitiveAreaKm,

            Boolean indigenousPeoples,

            Boolean conflictAffected,

            List<SensitiveReceptor> sensitiveReceptors,

            JsonNode location) {
    }

    /** The people a project affects (METHODOLOGY §7.6): displacement, Indigenous Peoples' consent, heritage. */
    public record Social(
            @PositiveOrZero @Max(100_000_000)
            Integer physicallyDisplacedPersons,

            @PositiveOrZero @Max(100_000_000)
            Integer economicallyDisplacedPersons,

            IndigenousPeoplesConsent indigenousPeoplesConsent,

            CulturalHeritage culturalHeritage) {
    }

    public record Eia(
            EiaStatus status,

            EiaStandard standard,

            Boolean publicConsultation,

            Boolean disclosed) {
    }

    public record Emissions(
            @PositiveOrZero @DecimalMax("1e10")
            Double scope12TonnesPerYear,

            @PositiveOrZero @DecimalMax("10000")
            Double intensityGramsPerKwh) {
    }

    public record Hydro(
            @Positive @DecimalMax("1000000")
            Double powerDensityWattsPerM2,

            @Min(1850) @Max(2100)
            Integer commissioningYear) {
    }

    public record Finance(
            @PositiveOrZero @DecimalMax("1e13")
            Double capexUsd,

            @PositiveOrZero @DecimalMax("1e13")
            Double loanUsd,

            @PositiveOrZero @DecimalMax("100")
            Double tenorYears,

            FinanceType type) {
    }
}

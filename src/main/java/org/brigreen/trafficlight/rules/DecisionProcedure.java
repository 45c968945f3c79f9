package org.brigreen.trafficlight.rules;

/**
 * What a rule-set version's decision procedure does beyond the order of METHODOLOGY §2, declared in its
 * {@code ruleset.yaml} under {@code decision:}. Every switch is off when absent, so that a version which declares
 * nothing (2021.2, 2022.1) decides exactly as it always has.
 *
 * @param upliftLowersItsObjective    a recognised mitigation lowers the finding of its own objective one level
 *                                    (significant to moderate, moderate to low) and the class is computed again;
 *                                    off: it lifts the whole class one step (METHODOLOGY §7.4)
 * @param capsOnlyWhereTheyBind       missing facts are said to cap the class only where they did (the class would be
 *                                    better without the cap), and the missing facts of rules that cannot change the
 *                                    class, or that say so, are listed as to confirm (METHODOLOGY §7.1)
 * @param remediesOnlyWhereTheyLift   a remedy is listed only where the class would be better without its rule
 * @param undeterminedExclusionReported an exclusion that depends on a missing fact is reported with that fact
 *                                    (METHODOLOGY §7.2)
 */
public record DecisionProcedure(
        boolean upliftLowersItsObjective,

        boolean capsOnlyWhereTheyBind,

        boolean remediesOnlyWhereTheyLift,

        boolean undeterminedExclusionReported) {

    /** The procedure of a version that declares none: METHODOLOGY §2 as first published. */
    public static final DecisionProcedure AS_FIRST_PUBLISHED = new DecisionProcedure(false, false, false, false);
}

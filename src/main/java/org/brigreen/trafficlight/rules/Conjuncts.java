package org.brigreen.trafficlight.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.Operator;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.values.CelValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The top-level conjuncts of a condition that compare one fact with values known when the rule set is loaded
 * ({@code sector == 'road'}, {@code stage in params.stagesBuilt}, {@code !eia.disclosed},
 * {@code site.nearestSensitiveAreaKm > 0.0}), which the engine tests in Java before it asks CEL: where one is false,
 * the condition is false whatever else it reads (CEL's {@code false && anything} is false); and where every conjunct
 * is such a comparison, the outcome, missing facts included, needs no CEL at all. Evaluating a condition that reads a
 * missing fact is CEL's costliest case, and most rules concern a few sectors or stages.
 */
final class Conjuncts {

    /** A comparison of one fact with a known value; {@code test} takes the fact's value in its runtime form. */
    record Atom(String fact, Predicate<Object> test) {
    }

    private final List<Atom> atoms;
    private final boolean onlyAtoms;

    private Conjuncts(List<Atom> atoms, boolean onlyAtoms) {
        this.atoms = List.copyOf(atoms);
        this.onlyAtoms = onlyAtoms;
    }

    /** The comparisons among the top-level conjuncts of a checked condition. */
    static Conjuncts of(CelAbstractSyntaxTree ast, FactSchema schema, Map<String, Object> parameters) {
        List<CelExpr> conjuncts = new ArrayList<>();
        collect(ast.getExpr(), conjuncts);
        List<Atom> atoms = new ArrayList<>();
        for (CelExpr conjunct : conjuncts) {
            Atom atom = atom(conjunct, ast, schema, parameters);
            if (atom != null) {
                atoms.add(atom);
            }
        }
        return new Conjuncts(atoms, atoms.size() == conjuncts.size());
    }

    /**
     * The outcome the comparisons alone decide, or null where CEL must evaluate the condition: false where one of
     * them is false for a given fact; and, where the condition is nothing but comparisons, true, or undecided on the
     * missing facts they read.
     */
    RuleOutcome decide(Bindings bindings) {
        List<String> missing = null;
        for (Atom atom : atoms) {
            Object value = bindings.valueOf(atom.fact());
            if (value == null) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                if (!missing.contains(atom.fact())) {
                    missing.add(atom.fact());
                }
            } else if (!atom.test().test(value)) {
                return RuleOutcome.decided(false);
            }
        }
        if (!onlyAtoms) {
            return null;
        }
        return missing == null ? RuleOutcome.decided(true) : RuleOutcome.undecided(missing);
    }

    private static void collect(CelExpr expr, List<CelExpr> conjuncts) {
        if (isCall(expr, Operator.LOGICAL_AND)) {
            expr.call().args().forEach(arg -> collect(arg, conjuncts));
        } else {
            conjuncts.add(expr);
        }
    }

    private static boolean isCall(CelExpr expr, Operator operator) {
        return expr.getKind() == CelExpr.ExprKind.Kind.CALL && expr.call().function().equals(operator.getFunction());
    }

    private static Atom atom(CelExpr expr, CelAbstractSyntaxTree ast, FactSchema schema,
            Map<String, Object> parameters) {
        if (isCall(expr, Operator.LOGICAL_NOT)) {
            Atom inner = atom(expr.call().args().get(0), ast, schema, parameters);
            return inner == null ? null : new Atom(inner.fact(), inner.test().negate());
        }
        String fact = factOf(expr, ast, schema);
        if (fact != null) {
            return schema.typeOf(fact) == FactType.BOOLEAN ? new Atom(fact, Boolean.TRUE::equals) : null;
        }
        if (expr.getKind() != CelExpr.ExprKind.Kind.CALL || expr.call().args().size() != 2) {
            return null;
        }
        fact = factOf(expr.call().args().get(0), ast, schema);
        Object known = known(expr.call().args().get(1), ast, parameters);
        if (fact == null || known == null) {
            return null;
        }
        Predicate<Object> test = test(expr.call().function(), schema.typeOf(fact), known);
        return test == null ? null : new Atom(fact, test);
    }

    /** How a fact of {@code type} compares with {@code known} under the operator, as CEL compares them. */
    private static Predicate<Object> test(String function, FactType type, Object known) {
        if (function.equals(Operator.IN.getFunction())) {
            return type == FactType.STRING && known instanceof List<?> list ? list::contains : null;
        }
        if (function.equals(Operator.EQUALS.getFunction()) || function.equals(Operator.NOT_EQUALS.getFunction())) {
            Predicate<Object> equal = switch (type) {
                case STRING, BOOLEAN -> known instanceof String || known instanceof Boolean
                        ? value -> Objects.equals(value, known) : null;
                case NUMBER, INTEGER -> known instanceof Number number
                        ? value -> ((Number) value).doubleValue() == number.doubleValue() : null;
                default -> null;
            };
            return equal == null || function.equals(Operator.EQUALS.getFunction()) ? equal : equal.negate();
        }
        if (!isOrdering(function)) {
            return null;
        }
        if ((type == FactType.NUMBER || type == FactType.INTEGER) && known instanceof Number number) {
            double limit = number.doubleValue();
            return value -> holds(Double.compare(((Number) value).doubleValue(), limit), function);
        }
        if (type == FactType.DATE && known instanceof Instant limit) {
            return value -> holds(((Instant) value).compareTo(limit), function);
        }
        return null;
    }

    private static boolean isOrdering(String function) {
        return function.equals(Operator.LESS.getFunction()) || function.equals(Operator.LESS_EQUALS.getFunction())
                || function.equals(Operator.GREATER.getFunction())
                || function.equals(Operator.GREATER_EQUALS.getFunction());
    }

    private static boolean holds(int order, String function) {
        if (function.equals(Operator.LESS.getFunction())) {
            return order < 0;
        } else if (function.equals(Operator.LESS_EQUALS.getFunction())) {
            return order <= 0;
        } else if (function.equals(Operator.GREATER.getFunction())) {
            return order > 0;
        }
        return order >= 0;
    }

    private static String factOf(CelExpr expr, CelAbstractSyntaxTree ast, FactSchema schema) {
        if (expr.getKind() != CelExpr.ExprKind.Kind.IDENT && expr.getKind() != CelExpr.ExprKind.Kind.SELECT) {
            return null;
        }
        String name = ast.getReference(expr.id()).map(reference -> reference.name()).orElse(null);
        return name != null && schema.contains(name) ? name : null;
    }

    /** A constant, a list of constants or a parameter's value, in runtime form; null for anything else. */
    private static Object known(CelExpr expr, CelAbstractSyntaxTree ast, Map<String, Object> parameters) {
        if (expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT) {
            return constant(expr.constant());
        }
        if (expr.getKind() == CelExpr.ExprKind.Kind.LIST) {
            List<Object> values = new ArrayList<>();
            for (CelExpr element : expr.list().elements()) {
                Object value = element.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                        ? constant(element.constant()) : null;
                if (!(value instanceof String)) {
                    return null;
                }
                values.add(value);
            }
            return List.copyOf(values);
        }
        String name = expr.getKind() == CelExpr.ExprKind.Kind.IDENT || expr.getKind() == CelExpr.ExprKind.Kind.SELECT
                ? ast.getReference(expr.id()).map(reference -> reference.name()).orElse(null) : null;
        Object parameter = name == null ? null : parameters.get(name);
        return parameter instanceof CelValue value ? value.value() : null;
    }

    private static Object constant(CelConstant constant) {
        return switch (constant.getKind()) {
            case STRING_VALUE -> constant.stringValue();
            case BOOLEAN_VALUE -> constant.booleanValue();
            case INT64_VALUE -> constant.int64Value();
            case DOUBLE_VALUE -> constant.doubleValue();
            default -> null;
        };
    }
}

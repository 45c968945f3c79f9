package org.brigreen.trafficlight.rules;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the CEL conditions of one rule-set version against its declared variables: every fact of the descriptor
 * by its dotted name, every parameter of the version as {@code params.<name>}, {@code absent} (the names of the facts
 * the descriptor leaves out: {@code 'coal.constructionStart' in absent}), and any variable the engine computes for a
 * kind of condition (such as {@code findings.worst} for the Equator Principles category).
 */
final class ConditionCompiler {

    static final String PARAMETER_PREFIX = "params.";
    private static final String IN_FUNCTION = "@in";

    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .enableUnknownTracking(true)
            .comprehensionMaxIterations(10_000)
            .build();

    private final Cel cel;
    private final FactSchema schema;
    private final Map<String, Object> parameterValues;

    /**
     * @param parameterValues the CEL values of the version's parameters, by their name in conditions
     *                        ({@code params.<name>}), for the conjuncts that compare a fact with them
     */
    ConditionCompiler(FactSchema schema, Map<String, FactType> parameterTypes, Map<String, Object> parameterValues) {
        this(schema, parameterTypes, parameterValues, Map.of());
    }

    ConditionCompiler(FactSchema schema, Map<String, FactType> parameterTypes, Map<String, Object> parameterValues,
            Map<String, FactType> engineVariables) {
        this.schema = schema;
        this.parameterValues = Map.copyOf(parameterValues);
        CelBuilder builder = CelFactory.plannerCelBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS);
        schema.types().forEach((name, type) -> builder.addVar(name, type.celType()));
        parameterTypes.forEach((name, type) -> builder.addVar(PARAMETER_PREFIX + name, type.celType()));
        builder.addVar(Bindings.ABSENT, FactType.LIST.celType());
        engineVariables.forEach((name, type) -> builder.addVar(name, type.celType()));
        this.cel = builder.build();
    }

    /** Parses, type-checks and plans a boolean condition, or says in one line why it cannot. */
    Condition compile(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("the condition is empty");
        }
        CelValidationResult result = cel.compile(expression);
        if (result.hasError()) {
            throw new IllegalArgumentException(result.getErrorString().replace('\n', ' '));
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            if (!ast.getResultType().equals(SimpleType.BOOL)) {
                throw new IllegalArgumentException("the condition is of type " + ast.getResultType().name()
                        + ", not bool");
            }
            checkAbsentFactNames(ast);
            List<String> facts = factsReferencedBy(ast);
            return new Condition(expression, cel.createProgram(ast), facts, parametersReferencedBy(ast),
                    facts.stream().map(schema::unknownPattern).toList(), Conjuncts.of(ast, schema, parameterValues));
        } catch (CelValidationException | CelEvaluationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private List<String> factsReferencedBy(CelAbstractSyntaxTree ast) {
        Set<String> facts = new LinkedHashSet<>();
        ast.getReferenceMap().values().forEach(reference -> {
            if (schema.contains(reference.name())) {
                facts.add(reference.name());
            }
        });
        return List.copyOf(facts);
    }

    /** A fact named in {@code 'x' in absent} must exist: a misspelt name would never be absent, silently. */
    private void checkAbsentFactNames(CelAbstractSyntaxTree ast) {
        CelNavigableAst.fromAst(ast).getRoot().allNodes()
                .map(CelNavigableExpr::expr)
                .filter(expr -> expr.getKind() == CelExpr.ExprKind.Kind.CALL
                        && expr.call().function().equals(IN_FUNCTION)
                        && expr.call().args().size() == 2
                        && expr.call().args().get(1).getKind() == CelExpr.ExprKind.Kind.IDENT
                        && expr.call().args().get(1).ident().name().equals(Bindings.ABSENT))
                .map(expr -> expr.call().args().get(0))
                .forEach(element -> {
                    if (element.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                            || !schema.contains(element.constant().stringValue())) {
                        throw new IllegalArgumentException("'in absent' takes a fact name in quotes, such as "
                                + "'coal.constructionStart' in absent; not " + element);
                    }
                });
    }

    private static List<String> parametersReferencedBy(CelAbstractSyntaxTree ast) {
        Set<String> parameters = new LinkedHashSet<>();
        ast.getReferenceMap().values().forEach(reference -> {
            if (reference.name().startsWith(PARAMETER_PREFIX)) {
                parameters.add(reference.name().substring(PARAMETER_PREFIX.length()));
            }
        });
        return List.copyOf(parameters);
    }
}

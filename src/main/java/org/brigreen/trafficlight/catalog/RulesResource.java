package org.brigreen.trafficlight.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.brigreen.trafficlight.rules.LocalizedText;
import org.brigreen.trafficlight.rules.Rule;
import org.brigreen.trafficlight.rules.RuleDefinition;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.rules.RuleSetCatalog;
import org.brigreen.trafficlight.rules.RuleSetDiff;
import org.brigreen.trafficlight.rules.RuleSetManifest;
import org.brigreen.trafficlight.security.Roles;

@Path("/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LENDER, Roles.ENTERPRISE, Roles.REGULATOR, Roles.RULES_ADMIN})
@RateLimited
public class RulesResource {

    private final RuleSetCatalog catalog;

    public RulesResource(RuleSetCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<RuleSetSummary> list() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return catalog.all().stream().map(ruleSet -> summary(ruleSet, today)).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    public RuleSetDetail get(
            @PathParam("id") String id,
            @PathParam("version") String version) {
        RuleSet ruleSet = catalog.select(id, version, LocalDate.now(ZoneOffset.UTC));
        return new RuleSetDetail(summary(ruleSet, LocalDate.now(ZoneOffset.UTC)), ruleSet.manifest(),
                ruleSet.rules().stream().map(Rule::definition).toList());
    }

    @GET
    @Path("/{id}/versions/{a}/diff/{b}")
    public RuleSetDiff diff(
            @PathParam("id") String id,
            @PathParam("a") String a,
            @PathParam("b") String b) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return RuleSetDiff.between(catalog.select(id, a, today), catalog.select(id, b, today));
    }

    private RuleSetSummary summary(RuleSet ruleSet, LocalDate today) {
        boolean isDefault = catalog.defaultVersion(ruleSet.id(), today)
                .map(d -> d.version().equals(ruleSet.version()))
                .orElse(false);
        return new RuleSetSummary(ruleSet.id(), ruleSet.version(), ruleSet.manifest().title(),
                ruleSet.manifest().status(), ruleSet.effectiveFrom(), ruleSet.digest(), isDefault,
                ruleSet.rules().size());
    }

    public record RuleSetSummary(
            String id,
            String version,
            LocalizedText title,
            String status,
            LocalDate effectiveFrom,
            String digest,
            boolean isDefault,
            int ruleCount) {
    }

    public record RuleSetDetail(
            RuleSetSummary summary,
            RuleSetManifest manifest,
            List<RuleDefinition> rules) {
    }

}

package org.brigreen.trafficlight.catalog;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.brigreen.trafficlight.rules.DescriptorFacts;
import org.brigreen.trafficlight.rules.RuleSetCatalog;

/**
 * The service's one {@link RuleSetCatalog}, configured by {@link RulesConfig}. It is made first thing at start, so
 * that its versions load on their own thread while the database schema is migrated; the start then waits for them,
 * and a rule set that does not load stops the start.
 */
@ApplicationScoped
class RuleSetCatalogStartup {

    /** Right after the configuration checks, before the schema migration ({@code database.SchemaMigration}). */
    private static final int START_LOADING = Interceptor.Priority.PLATFORM_BEFORE + 3;
    /** Right after the schema migration. */
    private static final int AWAIT_LOADED = Interceptor.Priority.PLATFORM_BEFORE + 5;

    @Produces
    @Singleton
    @Startup(START_LOADING)
    RuleSetCatalog catalog(RulesConfig config, DescriptorFacts descriptorFacts) {
        return new RuleSetCatalog(config.directory(), config.defaultRuleSet(), descriptorFacts);
    }

    void awaitLoaded(@Observes @Priority(AWAIT_LOADED) StartupEvent event, RuleSetCatalog catalog) {
        catalog.all();
    }
}

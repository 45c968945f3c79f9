package org.brigreen.trafficlight.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.site.ScreenedFeature;
import org.brigreen.trafficlight.site.ScreenedSite;

/**
 * The site facts of a decision computed from its location, as the API answers them: the facts, the features and
 * layer versions behind them, the layers the rule-set version names that were not available, where the declaration
 * disagreed (the computed fact decided), and notices a reader must not miss.
 *
 * @param notices in the answer's language: that sample data was used, which no decision may rely on; that no layer
 *                was available, so the declared facts decided
 */
public record SiteAnswer(
        Map<String, Object> computed,
        List<ScreenedFeature> features,
        List<ScreenedSite.LayerUse> layers,
        List<String> unavailable,
        List<ScreenedSite.Discrepancy> discrepancies,
        List<String> notices) {

    static SiteAnswer of(ScreenedSite site, Language language) {
        List<String> notices = new ArrayList<>();
        if (site.usedSampleData()) {
            notices.add(language == Language.ZH
                    ? "样例数据，不可用于决策：所用参考图层为本项目自制的样例数据集。"
                    : "Sample data, not for decisions: the reference layers used are the project's own sample set.");
        }
        if (site.layers().isEmpty()) {
            notices.add(language == Language.ZH
                    ? "没有可用的参考图层：以申报的场址事实为准。"
                    : "No reference layer was available: the declared site facts decided.");
        }
        return new SiteAnswer(site.facts(), site.features(), site.layers(), site.unavailable(), site.discrepancies(),
                notices);
    }
}

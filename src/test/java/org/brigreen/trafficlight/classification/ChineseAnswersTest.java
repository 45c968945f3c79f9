package org.brigreen.trafficlight.classification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.brigreen.trafficlight.security.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Asked in Chinese, every reason, action, remedy and basis of every project of the table is in Chinese. */
@QuarkusTest
class ChineseAnswersTest {

    private static final String CHINESE = "(?s).*\\p{IsHan}.*";

    static java.util.stream.Stream<ProjectTable.Project> projects() {
        return ProjectTable.projects().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void everyTextOfTheAnswerIsChinese(ProjectTable.Project project) {
        String query = project.version() == null ? "" : "?version=" + project.version();
        JsonPath answer = JsonPath.from(given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN")
                .body(project.descriptor().toString())
                .when().post("/v1/classifications" + query)
                .then().statusCode(201).header("Content-Language", "zh").extract().asString());
        List<String> texts = new ArrayList<>();
        texts.addAll(answer.getList("reasons.message"));
        texts.addAll(answer.getList("reasons.findAll { it.basis != null }.basis"));
        texts.addAll(answer.getList("requiredActions.action"));
        texts.addAll(answer.getList("remedies.remedy"));
        assertThat(answer.getString("language"), equalTo("zh"));
        assertThat(answer.getList("requiredActions"), not(empty()));
        assertThat(project.name(), texts, everyItem(matchesPattern(CHINESE)));
    }
}

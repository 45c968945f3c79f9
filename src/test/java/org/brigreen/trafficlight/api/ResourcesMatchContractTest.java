package org.brigreen.trafficlight.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.brigreen.trafficlight.ratelimit.RateLimited;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract (META-INF/openapi.yaml) is written, not scanned from the code: every JAX-RS resource method must be
 * one of its operations, with the same path, HTTP method, parameters, body, media types and roles, and every
 * operation must be a resource method. The shared 429 is stated for every operation that needs a token, so each of
 * them must be rate-limited.
 */
class ResourcesMatchContractTest {

    private static final java.nio.file.Path CONTRACT = java.nio.file.Path.of("src", "main", "resources", "META-INF",
            "openapi.yaml");
    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");
    private static final String PACKAGE = "org.brigreen.trafficlight";
    private static final String SCHEME = "bearer";

    @Test
    void everyResourceMethodIsAnOperationOfTheContractAndEveryOperationAResourceMethod() throws IOException {
        assertEquals(operationsOfTheContract(), operationsOfTheCode(),
                "The JAX-RS resources and " + CONTRACT + " differ: edit the contract to match the code.");
    }

    /** Each operation, as "METHOD /path", with what a caller must know of it. */
    private static Map<String, SortedSet<String>> operationsOfTheContract() throws IOException {
        Map<String, SortedSet<String>> operations = new TreeMap<>();
        JsonNode paths = new YAMLMapper().readTree(CONTRACT.toFile()).path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            SortedSet<String> facts = new TreeSet<>();
            operation.path("parameters").forEach(parameter -> facts.add(parameter.path("in").asText() + " "
                    + parameter.path("name").asText()));
            operation.path("requestBody").path("content").fieldNames().forEachRemaining(type -> facts.add(
                    "body " + type));
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fieldNames().forEachRemaining(type -> facts.add(
                            "answers " + type));
                }
            });
            operation.path("security").forEach(requirement -> requirement.path(SCHEME).forEach(role -> facts.add(
                    "role " + role.asText())));
            if (operation.has("security")) {
                facts.add("rate-limited");
            }
            operations.put(method.getKey().toUpperCase() + " " + path.getKey(), facts);
        }));
        return operations;
    }

    private static Map<String, SortedSet<String>> operationsOfTheCode() throws IOException {
        Map<String, SortedSet<String>> operations = new TreeMap<>();
        for (Class<?> resource : resources().stream().filter(resource -> !isPage(resource)).toList()) {
            for (Method method : resource.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    operations.put(httpMethod + " " + path(resource, method), facts(resource, method));
                }
            }
        }
        return operations;
    }

    /** The classes with @Path, but not those built in dev mode only: they are not part of the service. */
    private static List<Class<?>> resources() throws IOException {
        List<Class<?>> resources = new ArrayList<>();
        String pathAnnotation = "L" + Path.class.getName().replace('.', '/') + ";";
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES.resolve(PACKAGE.replace('.', '/')))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                // Only classes that mention @Path are loaded.
                if (!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(pathAnnotation)) {
                    continue;
                }
                String name = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = loadClass(name);
                if (type.isAnnotationPresent(Path.class) && !type.isAnnotationPresent(IfBuildProfile.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    /**
     * A method of the pages for people, at /, under /app and the problem types' pages under /problems (which answer
     * HTML, or send the browser on to a page): the contract describes the API, not the pages.
     */
    private static boolean isPage(Class<?> resource) {
        String path = resource.getAnnotation(Path.class).value();
        return path.equals("/") || path.equals("/app") || path.startsWith("/app/") || path.equals("/problems");
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(httpMethod -> httpMethod != null).map(HttpMethod::value).findFirst().orElse(null);
    }

    private static String path(Class<?> resource, Method method) {
        String path = resource.getAnnotation(Path.class).value();
        if (method.isAnnotationPresent(Path.class)) {
            path = path.replaceAll("/$", "") + "/" + method.getAnnotation(Path.class).value().replaceAll("^/", "");
        }
        // A template's regular expression ({id: [0-9]+}) is no part of the contract's path.
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static SortedSet<String> facts(Class<?> resource, Method method) {
        SortedSet<String> facts = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    addParameter(field, facts);
                }
            } else if (!addParameter(parameter, facts) && !hasJaxRsAnnotation(parameter)) {
                mediaTypes(resource, method, Consumes.class).forEach(type -> facts.add("body " + type));
            }
        }
        mediaTypes(resource, method, Produces.class).forEach(type -> facts.add("answers " + type));
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.isAnnotationPresent(PermitAll.class) ? null : resource.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            Arrays.stream(roles.value()).forEach(role -> facts.add("role " + role));
        }
        if (method.isAnnotationPresent(RateLimited.class) || resource.isAnnotationPresent(RateLimited.class)) {
            facts.add("rate-limited");
        }
        return facts;
    }

    private static boolean addParameter(AnnotatedElement element, SortedSet<String> facts) {
        if (element.isAnnotationPresent(QueryParam.class)) {
            facts.add("query " + element.getAnnotation(QueryParam.class).value());
        } else if (element.isAnnotationPresent(PathParam.class)) {
            facts.add("path " + element.getAnnotation(PathParam.class).value());
        } else if (element.isAnnotationPresent(HeaderParam.class)) {
            facts.add("header " + element.getAnnotation(HeaderParam.class).value());
        } else {
            return false;
        }
        return true;
    }

    private static boolean hasJaxRsAnnotation(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType).map(Class::getPackageName)
                .anyMatch(name -> name.startsWith("jakarta.ws.rs"));
    }

    private static List<String> mediaTypes(Class<?> resource, Method method, Class<? extends Annotation> kind) {
        Annotation declared = method.isAnnotationPresent(kind) ? method.getAnnotation(kind)
                : resource.getAnnotation(kind);
        if (declared == null) {
            return List.of();
        }
        String[] types = declared instanceof Consumes consumes ? consumes.value() : ((Produces) declared).value();
        return Arrays.stream(types).flatMap(type -> Arrays.stream(type.split(","))).map(String::strip).toList();
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, ResourcesMatchContractTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

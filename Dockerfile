# syntax=docker/dockerfile:1
#
# The traffic-light service as a container image.
#
#   docker build -t traffic-light .
#   docker run -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db-host:5432/traffic_light \
#     -e QUARKUS_DATASOURCE_USERNAME=traffic_light -e QUARKUS_DATASOURCE_PASSWORD=secret \
#     -v "$PWD/audit-signing-key.pem:/secrets/audit-signing-key.pem:ro" \
#     -e TRAFFIC_LIGHT_AUDIT_SIGNING_KEY=/secrets/audit-signing-key.pem \
#     -e MP_JWT_VERIFY_ISSUER=https://idp.example.com/realms/bri \
#     -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=https://idp.example.com/realms/bri/protocol/openid-connect/certs \
#     traffic-light
#
# The image needs an external PostgreSQL (the embedded one is for dev mode and tests only and is not
# in the package), the Ed25519 key that signs the log's checkpoints (openssl genpkey -algorithm
# ed25519) and the issuer and public key of the bearer tokens; without them it stops at start with one
# line saying which is missing.
# The rules are read from /app/rules; mount a volume there to use other rules. The JVM options are those of
# src/main/jvm/jvm.options.

# --- Build --------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY . .
# The Maven repository is a cache mount: dependencies are downloaded once, not on every source change.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B package -DskipTests

# --- Run ----------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --user-group --no-create-home --home-dir /app traffic-light
WORKDIR /app/quarkus-app
# The fast-jar layout, dependencies first so that their layer changes least often. The files stay
# owned by root: the application only reads them.
COPY --from=build /build/target/quarkus-app/lib/ lib/
COPY --from=build /build/target/quarkus-app/*.jar /build/target/quarkus-app/jvm.options ./
COPY --from=build /build/target/quarkus-app/app/ app/
COPY --from=build /build/target/quarkus-app/quarkus/ quarkus/
# The class-data archive that jvm.options names, made anew by this image's own JVM (an archive serves only the
# JVM build that made it): the classes the start loads, as Quarkus's package step records them.
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Dquarkus.appcds.generate=true -jar quarkus-run.jar
# The rules, read from /app/rules.
COPY rules/ /app/rules/
ENV TRAFFIC_LIGHT_RULES_DIRECTORY=/app/rules
USER traffic-light
EXPOSE 8080
# curl is part of the eclipse-temurin 17 images (the images of Java 22 and later no longer have it).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/q/health/ready || exit 1
CMD ["java", "@jvm.options", "-XX:MaxRAMPercentage=75", "-jar", "quarkus-run.jar"]

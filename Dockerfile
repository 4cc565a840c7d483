# Factbench container image: built with the Maven wrapper, run on a JRE as a non-root user.
#
#   docker build -t factbench/app:latest .
#   docker build --network host --build-arg BUILD_IMAGE=factbench/java:25 --build-arg RUN_IMAGE=factbench/java:25 \
#     -t factbench/app:latest .      # machines without a container registry (see scripts/compose-smoke.sh)
#
# Run it with an external PostgreSQL (docker-compose.yml does): SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD and
# FACTBENCH_ADMIN_PASSWORD. Without SPRING_DATASOURCE_URL the app would start an embedded PostgreSQL under
# /app/data instead, which is not what a container is for.
# Plain Dockerfile syntax (no heredocs, no RUN --mount): the classic builder, which is all some machines have,
# builds it too.

ARG BUILD_IMAGE=eclipse-temurin:25-jdk
ARG RUN_IMAGE=eclipse-temurin:25-jre

# ---- build ----------------------------------------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /build
ENV VAADIN_USAGE_STATS_ENABLED=false \
    MAVEN_ARGS="-B -ntp"

# The wrapper, its Maven and the dependencies first: this layer is reused while pom.xml stays the same.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw dependency:go-offline

# Vaadin: with TypeScript in frontend/, src/main/bundles/prod.bundle (committed) must match it; otherwise the production
# build compiles the frontend itself and needs Node.js, which the build image does not have.
COPY src/ src/
COPY frontend/ frontend/
# Tests run before the image is built (CI runs the suite); here only the production jar (Vaadin production mode).
RUN ./mvnw package -Dmaven.test.skip=true -Dspotless.check.skip=true \
 && cp target/factbench-*.jar /build/app.jar

# The container's health check: a tiny class for the JRE's own `java`, as the run image may have no curl or wget.
RUN mkdir -p /build/healthcheck \
 && printf '%s\n' \
    'public class HealthCheck {' \
    '  public static void main(String[] args) throws Exception {' \
    '    String port = System.getenv().getOrDefault("PORT", "8080");' \
    '    var url = java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health").toURL();' \
    '    var c = (java.net.HttpURLConnection) url.openConnection();' \
    '    c.setConnectTimeout(3000);' \
    '    c.setReadTimeout(5000);' \
    '    int code = c.getResponseCode();' \
    '    var in = code < 400 ? c.getInputStream() : c.getErrorStream();' \
    '    String body = in == null ? "" : new String(in.readAllBytes(), "UTF-8");' \
    '    System.out.println(code + " " + body);' \
    '    System.exit(code == 200 && body.contains("\"UP\"") ? 0 : 1);' \
    '  }' \
    '}' > /build/healthcheck/HealthCheck.java \
 && javac --release 21 -d /build/healthcheck /build/healthcheck/HealthCheck.java \
 && rm /build/healthcheck/HealthCheck.java

# ---- run ------------------------------------------------------------------------------------------------------
FROM ${RUN_IMAGE}
RUN groupadd --system --gid 10001 factbench \
 && useradd --system --uid 10001 --gid factbench --home-dir /app --no-create-home --shell /usr/sbin/nologin factbench \
 && mkdir -p /app/data \
 && chown -R factbench:factbench /app
WORKDIR /app
COPY --from=build /build/healthcheck/ /app/healthcheck/
COPY --from=build /build/app.jar /app/app.jar

ENV PORT=8080 \
    FACTBENCH_DATA_DIR=/app/data \
    VAADIN_USAGE_STATS_ENABLED=false \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData"
USER factbench:factbench
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=10s --start-period=120s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-XX:-UsePerfData", "-cp", "/app/healthcheck", "HealthCheck"]
# exec: java becomes PID 1 and gets SIGTERM from `docker stop`. JAVA_OPTS may be replaced at `docker run -e`.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar \"$@\"", "factbench"]

# Build stage: the Maven wrapper fetches Maven; tests run in CI, not here.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN chmod +x mvnw \
    && ./mvnw -B -DskipTests package \
    && cp target/plan-tracker-*.jar /src/app.jar

# Run stage: only the JRE and the application jar, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system app && useradd --system --gid app --home-dir /app --no-create-home app
WORKDIR /app
COPY --from=build --chown=app:app /src/app.jar app.jar
USER app
EXPOSE 8080
# A JVM out of heap exits at once; the container's restart policy starts a fresh one (README, "Out of memory").
# More settings for a small host (heap size, GC): add them to JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "app.jar"]

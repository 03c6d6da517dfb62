# syntax=docker/dockerfile:1
# Build: the Maven wrapper fetches Maven; the local repository is cached between builds.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -q -DskipTests package

# Run: JRE only, as an unprivileged user.
FROM eclipse-temurin:17-jre
# curl for the container health check (no longer part of the base image)
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system sambruk \
 && useradd --system --gid sambruk --home-dir /app --shell /usr/sbin/nologin sambruk
WORKDIR /app
COPY --from=build /src/platform-app/target/sambruk-platform.jar /app/sambruk-platform.jar
# The embedded database is only used when SPRING_DATASOURCE_URL is unset; its folder must be writable.
RUN mkdir -p /app/data && chown -R sambruk:sambruk /app
USER sambruk
ENV SAMBRUK_EMBEDDEDDB_DIR=/app/data/postgres
# Memory (bench/README.md, "Memory"): a bounded heap, the serial collector (two cores, a small
# heap: no G1 remembered sets), bounded metaspace and code cache, smaller thread stacks, and two
# malloc arenas instead of glibc's eight per core. Override JAVA_OPTS to size it otherwise.
ENV MALLOC_ARENA_MAX=2 \
    JAVA_OPTS="-XX:+UseSerialGC -Xms128m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
# exec: java is the container's main process and gets its signals (graceful shutdown)
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/sambruk-platform.jar \"$@\"", "--"]

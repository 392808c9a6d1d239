# Strata in a container: docker build -t strata . && docker run -p 8123:8123 -v strata-data:/var/lib/strata strata
# Stage 1 builds the single jar with the full JDK and Maven; stage 2 runs it on the JRE only.
FROM eclipse-temurin:25-jdk AS build
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends maven \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Poms first, so that the dependency download layer is reused while only sources change.
COPY pom.xml ./
COPY core/pom.xml core/
COPY vector-exec/pom.xml vector-exec/
COPY sql/pom.xml sql/
COPY formats/pom.xml formats/
COPY compression/pom.xml compression/
COPY storage/mergetree/pom.xml storage/mergetree/
COPY http-api/pom.xml http-api/
COPY client-cli/pom.xml client-cli/
COPY server/pom.xml server/
COPY perf/pom.xml perf/
COPY tests/pom.xml tests/
RUN mvn -q -B -pl server -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -q -B -DskipTests -pl server -am package && cp server/target/strata.jar /strata.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system strata && useradd --system --gid strata --home-dir /var/lib/strata strata \
 && mkdir -p /var/lib/strata && chown strata:strata /var/lib/strata
COPY --from=build /strata.jar /opt/strata/strata.jar
USER strata
VOLUME /var/lib/strata
EXPOSE 8123 9000
ENV STRATA_JAVA_OPTS=""
# exec form via sh so STRATA_JAVA_OPTS can add heap settings; java becomes PID 1 and gets SIGTERM.
ENTRYPOINT ["sh", "-c", "exec java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -XX:+UseParallelGC -Xss4m $STRATA_JAVA_OPTS -jar /opt/strata/strata.jar \"$@\"", "strata"]
CMD ["server", "--listen", "0.0.0.0", "--path", "/var/lib/strata"]

# Sourced by bin/strata and bin/test: sets JAVA to a java binary of JDK >= 25 and JAVA_HOME to its
# home, looking at $JAVA_HOME, then `java` on PATH, then the newest /usr/lib/jvm/* install.

strata_java_major() {
    # Prints the feature version of the given java binary (25 for "25.0.1", 1 for "1.8.0").
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | head -n1 | cut -d. -f1
}

strata_find_java() {
    local candidate major
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major=$(strata_java_major "$JAVA_HOME/bin/java")
        if [ "${major:-0}" -ge 25 ] 2>/dev/null; then JAVA="$JAVA_HOME/bin/java"; return 0; fi
    fi
    if candidate=$(command -v java 2>/dev/null); then
        major=$(strata_java_major "$candidate")
        if [ "${major:-0}" -ge 25 ] 2>/dev/null; then
            JAVA="$candidate"
            JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$candidate")")")
            return 0
        fi
    fi
    local best="" best_major=0
    for candidate in /usr/lib/jvm/*/bin/java; do
        [ -x "$candidate" ] || continue
        major=$(strata_java_major "$candidate")
        if [ "${major:-0}" -ge 25 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
            best="$candidate"; best_major="$major"
        fi
    done
    if [ -n "$best" ]; then
        JAVA="$best"
        JAVA_HOME=$(dirname "$(dirname "$best")")
        return 0
    fi
    echo "strata: a JDK 25 or newer is required but none was found." >&2
    echo "  Looked at \$JAVA_HOME (${JAVA_HOME:-unset}), 'java' on PATH and /usr/lib/jvm/*." >&2
    echo "  Install one (e.g. apt-get install temurin-25-jdk, or https://adoptium.net) and/or set JAVA_HOME." >&2
    return 1
}

strata_find_java || exit 1
export JAVA_HOME

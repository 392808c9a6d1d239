# Sourced by bin/strata and bin/test: finds a JDK >= 25 (JAVA_HOME, then java on PATH, then /usr/lib/jvm/*).
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'; }
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return 0
  fi
  if command -v java >/dev/null 2>&1; then
    j=$(readlink -f "$(command -v java)")
    if [ "$(java_major "$j")" -ge 25 ] 2>/dev/null; then dirname "$(dirname "$j")"; return 0; fi
  fi
  for d in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    if [ -x "$d/bin/java" ] && [ "$(java_major "$d/bin/java")" -ge 25 ] 2>/dev/null; then echo "${d%/}"; return 0; fi
  done
  echo "strata: no JDK >= 25 found (set JAVA_HOME, or install Temurin 25 under /usr/lib/jvm)" >&2
  return 1
}

# Sourced by mvnw: Troika builds with Java 25. When JAVA_HOME is unset or points to an older JDK,
# pick the newest JDK 25+ found in the usual install locations.
troika_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
troika_required_java=25
if [ -z "${JAVA_HOME-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] \
   || [ "$(troika_java_major "$JAVA_HOME")" -lt "$troika_required_java" ] 2>/dev/null; then
  troika_best=""
  troika_best_major=0
  set +f # mvnw disables globbing
  for troika_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
                          /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$troika_candidate/bin/javac" ] || continue
    troika_major=$(troika_java_major "$troika_candidate")
    [ -n "$troika_major" ] || continue
    if [ "$troika_major" -ge "$troika_required_java" ] && [ "$troika_major" -gt "$troika_best_major" ]; then
      troika_best=$troika_candidate
      troika_best_major=$troika_major
    fi
  done
  set -f
  if [ -n "$troika_best" ]; then
    JAVA_HOME=$troika_best
    export JAVA_HOME
  else
    echo "Troika needs a JDK $troika_required_java or newer: set JAVA_HOME to one." >&2
    exit 1
  fi
fi

# Sourced by run.sh and test.sh: exports JAVA_HOME pointing at a JDK 21 or newer.
# Looks at JAVA_HOME, the java on the PATH, then the usual install places.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for home in "${candidates[@]}"; do
    if [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ]; then
      local major
      major="$(java_major "$home/bin/java")"
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        echo "$home"
        return 0
      fi
    fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "Zugong needs a JDK 21 or newer (a JDK, with javac), and none was found." >&2
  echo "Install one (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

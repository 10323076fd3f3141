# What the bench/run-*.sh scripts share; sourced, never run. Each script has already changed to the repository.

# Builds each project in Release. Other builds share this machine: a build that fails on a locked file is tried
# again, twice, before the script gives up.
build_release() {
  local project attempt
  for project in "$@"; do
    for attempt in 1 2 3; do
      if dotnet build "$project" -c Release -nologo -v quiet; then
        break
      fi
      if [[ $attempt == 3 ]]; then
        echo "build failed: $project" >&2
        exit 1
      fi
      sleep 15
    done
  done
}

# Prints a port on 127.0.0.1 that nothing listens on (a connection attempt to it is refused); exits without one.
free_port() {
  local candidate
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

# Shared by the CI scripts that start Lede on localhost:8080, as the README does: wait_ready PID LOG
# waits for /q/health/ready (and fails with the log if the process dies or takes over 3 minutes).
wait_ready() {
    for _ in $(seq 1 900); do
        curl -fso /dev/null http://localhost:8080/q/health/ready && return 0
        kill -0 "$1" 2>/dev/null || { tail -50 "$2"; echo "Lede stopped before it was ready" >&2; return 1; }
        sleep 0.2
    done
    tail -50 "$2"; echo "Lede was not ready after 3 minutes" >&2; return 1
}

# Stops a process started with setsid, with everything it started (Maven's dev mode forks a JVM).
stop_group() {
    kill -- -"$1" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 -- -"$1" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 -- -"$1" 2>/dev/null || true
}

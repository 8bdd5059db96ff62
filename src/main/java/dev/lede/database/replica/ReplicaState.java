package dev.lede.database.replica;

/** What the last check of the read replica found, as health data. */
public record ReplicaState(String status, long replayedWal, String reason) {
    static final ReplicaState NOT_CONFIGURED = new ReplicaState("not configured", -1, null);

    static ReplicaState up(long replayedWal) {
        return new ReplicaState("up", replayedWal, null);
    }

    static ReplicaState down(String reason) {
        return new ReplicaState("down", -1, reason);
    }

    public boolean up() {
        return "up".equals(status);
    }
}

package se.sambruk.egil.sync;

/** Lets tests stand in for the thread that executes a run (the methods are package-private). */
public final class RunOwnershipAccess {

    private RunOwnershipAccess() {
    }

    public static void executing(RunOwnership ownership, long runId) {
        ownership.executing(runId);
    }

    public static void done(RunOwnership ownership, long runId) {
        ownership.done(runId);
    }
}

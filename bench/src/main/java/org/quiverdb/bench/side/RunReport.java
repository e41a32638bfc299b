package org.quiverdb.bench.side;

import java.util.List;

/**
 * Everything one side-by-side run measured, in the order it is reported. Immutable.
 *
 * @param machine processors and load average when the run started: a shared machine skews both
 *     engines, which the alternating rounds cancel only in part
 */
record RunReport(
        String profile,
        int nodes,
        int relationships,
        String jvmFlags,
        String machine,
        List<EngineLoad> loads,
        List<WorkloadOutcome> workloads) {
    RunReport {
        loads = List.copyOf(loads);
        workloads = List.copyOf(workloads);
    }
}

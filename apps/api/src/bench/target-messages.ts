// What the benchmark and the servers it measures (serve-bench-target.ts, a process of its own) say over IPC.

/** What a target tells the benchmark once it listens. */
export interface TargetReady {
  port: number;
}

/** What the benchmark sends to ask how busy a target is. */
export const busyQuestion = 'busy?';

/** A target's answer: the share of the last quarter second its event loop was working, 0 to 1. */
export interface TargetBusy {
  utilisation: number;
}

export type SerialRunner = (() => Promise<void>) & {
  /** Settles once nothing runs or waits to run (at once when idle). */
  idle: () => Promise<void>;
};

/**
 * Runs `work` one call at a time: a call made while one runs is not run alongside it but once
 * after it (however many were made meanwhile), so it sees what the first one left (the draft's
 * new revision). `work` answers false to stop there (a conflict).
 */
export function serialRunner(work: () => Promise<boolean>): SerialRunner {
  let running: Promise<void> | null = null;
  let queued = false;
  const run = async () => {
    if (running) {
      queued = true;
      return;
    }
    running = (async () => {
      let goOn = true;
      do {
        queued = false;
        goOn = await work();
      } while (queued && goOn);
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };
  return Object.assign(run, { idle: () => running ?? Promise.resolve() });
}

/**
 * Runs `work` one call at a time: a call made while one runs is not run alongside it but once
 * after it (however many were made meanwhile), so it sees what the first one left (the draft's
 * new revision). `work` answers false to stop there (a conflict).
 */
export function serialRunner(work: () => Promise<boolean>): () => Promise<void> {
  let running = false;
  let queued = false;
  return async () => {
    if (running) {
      queued = true;
      return;
    }
    running = true;
    try {
      let goOn = true;
      do {
        queued = false;
        goOn = await work();
      } while (queued && goOn);
    } finally {
      running = false;
    }
  };
}

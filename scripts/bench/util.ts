// Small helpers shared by the benchmarks.
import { rmSync } from 'node:fs';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `p`, or undefined when it has not settled within `ms`. A page evaluation waits while the page's
 * main thread is busy; this keeps a benchmark's own deadlines working then (the late result is
 * dropped, and a late failure, such as the tab closing, is ignored).
 */
export function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  p.catch(() => {});
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export const errorLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;


/** Temporary directories to remove when the process exits, even on Ctrl-C. */
const temporary = new Set<string>();
let hooked = false;
export function removeOnExit(dir: string): string {
  temporary.add(dir);
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      for (const d of temporary) rmSync(d, { recursive: true, force: true });
    });
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));
  }
  return dir;
}

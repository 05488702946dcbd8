// Small helpers shared by the benchmarks.
import { rmSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

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

/**
 * Runs `fn` in the page's main world as a script with its own URL (`bench-<name>.js`), so that a
 * trace tells the benchmark's own page work (appending a paragraph, a mutation storm's timer) from
 * the content script's: a CDP evaluation without a URL would be billed to whichever script shares
 * its task.
 */
export async function runNamed<T>(cdp: CDPSession, name: string, fn: (arg: never) => T, arg?: unknown): Promise<T> {
  const expression = `(${fn.toString()})(${JSON.stringify(arg ?? null)})\n//# sourceURL=bench-${name}.js`;
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
    result?: { value?: T };
    exceptionDetails?: { text?: string; exception?: { description?: string } };
  };
  if (r.exceptionDetails) throw new Error(`bench-${name}.js: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result?.value as T;
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

import { browser } from 'wxt/browser';

/**
 * Calls `cb` with a fresh value read by `load` whenever one of the keys `isKey` accepts changes in
 * storage area `area`. Reads never overlap: changes that arrive during a read cause one more read
 * after it. `cb` is called only when the value (as JSON) differs from the last one given.
 */
export function watchStorage<T>(
  area: string, isKey: (key: string) => boolean, load: () => Promise<T | undefined>, cb: (value: T) => void,
): () => void {
  let stopped = false;
  let reading = false;
  let again = false;
  let last: string | undefined;
  const refresh = async () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        const value = await load();
        const json = JSON.stringify(value);
        if (!stopped && value !== undefined && json !== last) {
          last = json;
          cb(value);
        }
      } while (again && !stopped);
    } finally {
      reading = false;
    }
  };
  const listener = (changes: Record<string, unknown>, changedArea: string) => {
    if (changedArea === area && !stopped && Object.keys(changes).some(isKey)) void refresh();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Unsaved work kept on this device: the form's values, the version they were based on, and when they were kept. */
export interface StoredDraft<T> {
  values: T;
  baseVersion: number | null;
  keptAt: string;
}

const prefix = 'kraina-admin-draft:';

// localStorage rather than sessionStorage: a draft must outlive an expired session, a closed tab and a crash.
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The draft kept for a screen's address, if any, and readable. */
export function readDraft<T>(route: string): StoredDraft<T> | undefined {
  const text = storage()?.getItem(prefix + route);
  if (text === null || text === undefined) return undefined;
  try {
    const draft = JSON.parse(text) as StoredDraft<T>;
    return typeof draft === 'object' && draft !== null && 'values' in draft ? draft : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a screen's unsaved values; a full storage loses the draft, never the page. */
export function keepDraft<T>(route: string, values: T, baseVersion: number | null, now = new Date()): void {
  try {
    storage()?.setItem(prefix + route, JSON.stringify({ values, baseVersion, keptAt: now.toISOString() } satisfies StoredDraft<T>));
  } catch {
    // quota exceeded or storage off: the form still holds the values
  }
}

/** Forgets a screen's draft once it is saved or discarded. */
export function forgetDraft(route: string): void {
  storage()?.removeItem(prefix + route);
}

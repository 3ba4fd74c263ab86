import DataLoader from 'dataloader';

/**
 * A per-request memo of DataLoaders. Services ask for a loader by name and give its batch
 * function; the first call in a request creates it, later calls in the same request reuse it.
 * A new instance is made for every request, so nothing cached leaks between users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly values = new Map<string, Promise<unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Sets a per-request value that was obtained another way (e.g. with the login-session lookup). */
  prime<V>(name: string, value: V): void {
    this.values.set(name, Promise.resolve(value));
  }

  /** A single value computed at most once per request (e.g. the caller's memberships). */
  once<V>(name: string, compute: () => Promise<V>): Promise<V> {
    let value = this.values.get(name) as Promise<V> | undefined;
    if (!value) {
      value = compute();
      this.values.set(name, value);
    }
    return value;
  }
}

/** Orders batch results to match the keys; missing keys give null. */
export function byKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results per key; missing keys give an empty list. */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

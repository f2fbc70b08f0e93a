import DataLoader from 'dataloader';

/**
 * A DataLoader that answers a key it has already loaded at once. DataLoader itself holds even a
 * cached key until its next batch is dispatched, and the request's batches wait for its running
 * SQL (limits/pacing.ts): a field reading a row that the request already holds would otherwise
 * push what it loads next into a later batch of its own, one SQL statement more.
 */
export class SettledLoader<K, V> extends DataLoader<K, V> {
  private readonly settled = new Map<K, V>();

  constructor(batch: (keys: readonly K[]) => Promise<(V | Error)[]>, options: DataLoader.Options<K, V>) {
    super(async (keys) => {
      const values = await batch(keys);
      values.forEach((value, i) => {
        if (!(value instanceof Error)) this.settled.set(keys[i]!, value);
      });
      return values;
    }, options);
  }

  override load(key: K): Promise<V> {
    return this.settled.has(key) ? Promise.resolve(this.settled.get(key)!) : super.load(key);
  }
}

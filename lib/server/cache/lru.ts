/**
 * A small least-recently-used map, bounded by entries in total and per group
 * (here: per förbund, so one busy förbund cannot push every other out).
 * Map keeps insertion order; a hit is moved to the end, the oldest go first.
 */
export class GroupedLru<V> {
  private readonly entries = new Map<string, { group: string; value: V }>();
  private readonly perGroup = new Map<string, number>();

  constructor(private readonly maxEntries: number, private readonly maxPerGroup: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(group: string, key: string, value: V): void {
    this.delete(key);
    this.entries.set(key, { group, value });
    this.perGroup.set(group, (this.perGroup.get(group) ?? 0) + 1);
    if ((this.perGroup.get(group) ?? 0) > this.maxPerGroup) this.evictOldest((g) => g === group);
    while (this.entries.size > this.maxEntries) this.evictOldest(() => true);
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    const n = (this.perGroup.get(old.group) ?? 1) - 1;
    if (n > 0) this.perGroup.set(old.group, n);
    else this.perGroup.delete(old.group);
  }

  clear(): void {
    this.entries.clear();
    this.perGroup.clear();
  }

  private evictOldest(inGroup: (group: string) => boolean): void {
    for (const [key, e] of this.entries) {
      if (inGroup(e.group)) {
        this.delete(key);
        return;
      }
    }
  }
}

import { describe, expect, it } from "vitest";
import { GroupedLru } from "./lru";

describe("GroupedLru", () => {
  it("drops the least recently used entry when full, a read counting as use", () => {
    const lru = new GroupedLru<number>(2, 10);
    lru.set("a", "1", 1);
    lru.set("b", "2", 2);
    expect(lru.get("1")).toBe(1);
    lru.set("c", "3", 3);
    expect(lru.get("2")).toBeUndefined();
    expect(lru.get("1")).toBe(1);
    expect(lru.get("3")).toBe(3);
    expect(lru.size).toBe(2);
  });

  it("bounds each group, so one busy group does not push the others out", () => {
    const lru = new GroupedLru<number>(10, 2);
    lru.set("other", "o", 0);
    for (let i = 0; i < 5; i++) lru.set("busy", `b${i}`, i);
    expect(lru.size).toBe(3);
    expect(lru.get("o")).toBe(0);
    expect([lru.get("b3"), lru.get("b4"), lru.get("b2")]).toEqual([3, 4, undefined]);
  });

  it("replacing or deleting a key keeps the group counts right", () => {
    const lru = new GroupedLru<number>(10, 2);
    lru.set("g", "k", 1);
    lru.set("g", "k", 2);
    lru.set("g", "l", 3);
    expect([lru.get("k"), lru.get("l")]).toEqual([2, 3]);
    lru.delete("k");
    lru.set("g", "m", 4);
    expect([lru.get("l"), lru.get("m"), lru.size]).toEqual([3, 4, 2]);
  });
});

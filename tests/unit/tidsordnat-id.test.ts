import { afterEach, describe, expect, it, vi } from "vitest";
import { tidsordnatId } from "@/lib/server/import/tidsordnat-id";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("tidsordnatId (UUID v7 for the import's new rows)", () => {
  afterEach(() => vi.useRealTimers());

  it("is a UUID version 7 with the RFC 9562 variant, carrying the time in its first 48 bits", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 24, 22, 30), toFake: ["Date"] });
    const id = tidsordnatId();
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.UTC(2026, 10, 24, 22, 30));
  });

  it("grows strictly, as text, across many ids in the same millisecond and past the 4 096 a counter holds", () => {
    vi.useFakeTimers({ now: Date.UTC(2027, 0, 1), toFake: ["Date"] });
    const ids = Array.from({ length: 10_000 }, () => tidsordnatId());
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!, `${ids[i - 1]} < ${ids[i]}`).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it("keeps growing when the clock steps back", () => {
    vi.useFakeTimers({ now: Date.UTC(2028, 0, 1), toFake: ["Date"] });
    const a = tidsordnatId();
    vi.setSystemTime(Date.UTC(2027, 11, 31));
    const b = tidsordnatId();
    expect(b > a).toBe(true);
  });

  it("differs in its random part between ids of the same time and counter (no fixed tail)", () => {
    const tails = new Set(Array.from({ length: 2_000 }, () => tidsordnatId().slice(19)));
    expect(tails.size).toBe(2_000);
  });
});

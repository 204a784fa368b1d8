import { describe, expect, it } from "vitest";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, throttleDecision } from "./login-throttle";

const now = new Date("2026-11-24T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const times = (n: number, m: number) => Array.from({ length: n }, () => minutesAgo(m));

describe("throttleDecision", () => {
  it("lets a login through below both limits", () => {
    expect(throttleDecision({ now, accountFailures: times(ACCOUNT_FAILURE_LIMIT - 1, 1), addressFailures: times(ADDRESS_FAILURE_LIMIT - 1, 1) })).toEqual({ blocked: false });
  });

  it("blocks an account at its fifth failure until the oldest leaves the 15-minute window", () => {
    const failures = [minutesAgo(10), minutesAgo(8), minutesAgo(5), minutesAgo(2), minutesAgo(1)];
    expect(throttleDecision({ now, accountFailures: failures, addressFailures: [] })).toEqual({ blocked: true, scope: "account", retryAfterMinutes: 5 });
  });

  it("counts only failures inside the window", () => {
    const failures = [minutesAgo(16), minutesAgo(15), minutesAgo(3), minutesAgo(2), minutesAgo(1)];
    expect(throttleDecision({ now, accountFailures: failures, addressFailures: [] })).toEqual({ blocked: false });
  });

  it("waits for the failure that keeps the count at the limit, not the oldest of many", () => {
    const failures = [...times(3, 14), ...times(5, 2)];
    expect(throttleDecision({ now, accountFailures: failures, addressFailures: [] })).toMatchObject({ retryAfterMinutes: 13 });
  });

  it("blocks an address at 20 failures across accounts", () => {
    expect(throttleDecision({ now, accountFailures: [], addressFailures: times(ADDRESS_FAILURE_LIMIT, 7) })).toEqual({ blocked: true, scope: "address", retryAfterMinutes: 8 });
  });

  it("never says zero minutes", () => {
    const failures = times(ACCOUNT_FAILURE_LIMIT, 14.99);
    expect(throttleDecision({ now, accountFailures: failures, addressFailures: [] })).toMatchObject({ retryAfterMinutes: 1 });
  });

  it("reports the later of two blocks", () => {
    const d = throttleDecision({ now, accountFailures: times(5, 14), addressFailures: times(20, 1) });
    expect(d).toEqual({ blocked: true, scope: "address", retryAfterMinutes: 14 });
  });
});

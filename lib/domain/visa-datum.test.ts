import { describe, expect, it } from "vitest";
import { visaDatum } from "./visa-datum";

describe("visaDatum", () => {
  it("keeps a plain date as it is", () => expect(visaDatum("2020-01-01")).toBe("2020-01-01"));
  it("shows the UTC day of a timestamp", () => expect(visaDatum("2021-12-31T00:00:00.000Z")).toBe("2021-12-31"));
  it("returns text it cannot read unchanged instead of 'Invalid Date'", () => expect(visaDatum("snart")).toBe("snart"));
});

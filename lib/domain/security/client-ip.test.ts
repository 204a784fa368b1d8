import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("takes the address the nearest trusted proxy appended", () => {
    expect(clientIpFrom("6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientIpFrom("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });
  it("reads a single address and IPv6", () => {
    expect(clientIpFrom("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
    expect(clientIpFrom(" 192.0.2.1 ")).toBe("192.0.2.1");
  });
  it("uses the leftmost entry when there are fewer entries than hops", () => {
    expect(clientIpFrom("192.0.2.1", 3)).toBe("192.0.2.1");
  });
  it("answers null for a missing, empty or hostile header", () => {
    expect(clientIpFrom(undefined)).toBeNull();
    expect(clientIpFrom(["1.2.3.4"])).toBeNull();
    expect(clientIpFrom(" , ")).toBeNull();
    expect(clientIpFrom("1.2.3.4'; DROP TABLE x; --")).toBeNull();
    expect(clientIpFrom("<script>")).toBeNull();
    expect(clientIpFrom("a".repeat(100))).toBeNull();
  });
});

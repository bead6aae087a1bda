import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, so a forged header buys no fresh rate-limit bucket", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.9" }, 0)).toBe("unknown");
  });

  it("takes the address the trusted proxies appended, not what the client wrote before it", () => {
    const headers = { "x-forwarded-for": "1.2.3.4, 198.51.100.7" }; // client forged 1.2.3.4; our proxy appended the real one
    expect(clientIp(headers, 1)).toBe("198.51.100.7");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" }, 2)).toBe("198.51.100.7");
    expect(clientIp({ "x-forwarded-for": ["1.2.3.4", "2001:db8::1"] }, 1)).toBe("2001:db8::1");
  });

  it("says unknown when the header is missing, too short or not an address", () => {
    expect(clientIp({}, 1)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "198.51.100.7" }, 2)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "<script>, drop table" }, 1)).toBe("unknown");
  });
});

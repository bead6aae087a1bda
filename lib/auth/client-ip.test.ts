import { describe, expect, it } from "vitest";
import { addressBucket, clientIp } from "./client-ip";

describe("clientIp", () => {
  it("with no proxy in front, takes the peer the server appended, not what the client wrote before it", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.9" }, 0)).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }, 0)).toBe("203.0.113.9"); // client forged 1.2.3.4
  });

  it("behind n trusted proxies, takes the entry n places left of the peer", () => {
    // client forged 1.2.3.4; Varnish appended the real client; the server appended Varnish
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" }, 1)).toBe("198.51.100.7");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.3, 10.0.0.2" }, 2)).toBe("198.51.100.7");
    expect(clientIp({ "x-forwarded-for": ["1.2.3.4", "2001:DB8::1", "10.0.0.2"] }, 1)).toBe("2001:db8::1");
  });

  it("reads an IPv4 client seen through an IPv6 socket as IPv4", () => {
    expect(clientIp({ "x-forwarded-for": "::ffff:198.51.100.7" }, 0)).toBe("198.51.100.7");
  });

  it("says unknown when the header is missing, too short or not an address", () => {
    expect(clientIp({}, 0)).toBe("unknown");
    expect(clientIp(undefined, 1)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "198.51.100.7" }, 1)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "<script>, drop table" }, 1)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 999.1.1.1" }, 0)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, " }, 0)).toBe("unknown");
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 addresses apart", () => {
    expect(addressBucket("198.51.100.7")).toBe("198.51.100.7");
    expect(addressBucket("198.51.100.8")).not.toBe(addressBucket("198.51.100.7"));
  });

  it("puts every address of one IPv6 /64 in one bucket, and other networks in others", () => {
    expect(addressBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:ffff:eeee:dddd:cccc")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002:0:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("fe80::1:2:3:4")).toBe("fe80:0:0:0::/64");
  });
});

import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { batchesOf, varnishPurger } from "./edge-purge";

describe("batchesOf", () => {
  it("splits keys into space-separated headers under the limit, keeping every key whole", () => {
    const keys = Array.from({ length: 500 }, (_, i) => `article:${i.toString().padStart(36, "0")}`);
    const batches = batchesOf(keys, 1000);
    expect(batches.every((b) => b.length <= 1000)).toBe(true);
    expect(batches.flatMap((b) => b.split(" "))).toEqual(keys);
  });
});

describe("varnishPurger", () => {
  it("sends PURGE with the keys and the shared secret the edge checks", async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const methods: string[] = [];
    const edge = http.createServer((req, res) => {
      methods.push(req.method!);
      seen.push(req.headers);
      res.end("Purged 2");
    });
    await new Promise<void>((resolve) => edge.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = edge.address() as AddressInfo;
      await varnishPurger(`http://127.0.0.1:${port}/`, "the-shared-secret-0123456789abcdef").purge(["slug:a", "latest"], ["related"]);
      expect(methods).toEqual(["PURGE"]);
      expect(seen[0].xkey).toBe("slug:a latest");
      expect(seen[0]["xkey-soft"]).toBe("related");
      expect(seen[0]["x-purge-secret"]).toBe("the-shared-secret-0123456789abcdef");
    } finally {
      edge.close();
    }
  });
});

// The server-side fetch of an image URL against real local listeners: an
// https server with a certificate made for the test, which counts every
// connection, so a refusal can be shown to have connected nowhere.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FetchOptions, fetchRemoteImage } from "./fetch-remote";
import { isPublicAddress } from "./public-address";

let cert: { key: Buffer; cert: Buffer };
let image: Buffer;

type Listener = { server: Server; port: number; connections: number; handle: (path: string, res: ServerResponse) => void };
const listeners: Listener[] = [];

async function listen(host: string, handle: Listener["handle"]): Promise<Listener> {
  const listener: Listener = { server: createServer(cert, (req, res) => listener.handle(req.url ?? "/", res)), port: 0, connections: 0, handle };
  listener.server.on("connection", () => listener.connections++);
  await new Promise<void>((resolve) => listener.server.listen(0, host, resolve));
  listener.port = (listener.server.address() as AddressInfo).port;
  listeners.push(listener);
  return listener;
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "marquee-fetch-"));
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
    "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem"),
  ], { stdio: "ignore" }); // prettier-ignore
  cert = { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) };
  rmSync(dir, { recursive: true, force: true });
  image = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#a33" } })
    .jpeg()
    .toBuffer();
}, 30_000);
afterAll(() => Promise.all(listeners.map((l) => new Promise((resolve) => l.server.close(resolve)))));

let origin: Listener;
beforeEach(async () => {
  origin = await listen("127.0.0.1", (_path, res) => res.end(image));
});

/** Stands in for a public host: 127.0.0.1 is allowed, every other address by the real rule. */
const asIfPublic = (options: FetchOptions = {}): FetchOptions => ({
  isAllowedAddress: (address) => address === "127.0.0.1" || isPublicAddress(address),
  ca: cert.cert,
  ...options,
});

async function refusal(url: string, options?: FetchOptions): Promise<string> {
  const error = await fetchRemoteImage(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: "FetchRefused" });
  return (error as Error).message;
}

describe("fetchRemoteImage", () => {
  it("fetches an image over https from an allowed address, named by its path", async () => {
    const fetched = await fetchRemoteImage(`https://127.0.0.1:${origin.port}/stills/first-look.jpg`, asIfPublic());
    expect(Buffer.from(fetched.bytes).equals(image)).toBe(true);
    expect(fetched.filename).toBe("first-look.jpg");
  });

  it("refuses loopback, private and link-local addresses, by IP or by a name resolving to one, before connecting", async () => {
    for (const url of [
      `https://127.0.0.1:${origin.port}/a.jpg`,
      `https://localhost:${origin.port}/a.jpg`,
      `https://[::1]:${origin.port}/a.jpg`,
      `https://[::ffff:127.0.0.1]:${origin.port}/a.jpg`,
      "https://10.0.0.1/a.jpg",
      "https://192.168.0.10/a.jpg",
      "https://169.254.169.254/latest/meta-data/",
      "https://[fe80::1]/a.jpg",
    ]) {
      expect(await refusal(url, { ca: cert.cert })).toMatch(/private, loopback or link-local/);
    }
    expect(origin.connections).toBe(0);
  });

  it("refuses http and other schemes, and credentials in the URL", async () => {
    expect(await refusal(`http://127.0.0.1:${origin.port}/a.jpg`, asIfPublic())).toMatch(/https/);
    expect(await refusal("ftp://example.com/a.jpg")).toMatch(/https/);
    expect(await refusal(`https://user:secret@127.0.0.1:${origin.port}/a.jpg`, asIfPublic())).toMatch(/user name or password/);
    expect(origin.connections).toBe(0);
  });

  it("checks every redirect again: to a loopback address or to http it is refused without connecting there", async () => {
    const inside = await listen("::1", (_path, res) => res.end(image));
    origin.handle = (p, res) => {
      res.writeHead(302, { location: p === "/to-v6" ? `https://[::1]:${inside.port}/secret.jpg` : `http://127.0.0.1:${origin.port}/a.jpg` }).end();
    };
    expect(await refusal(`https://127.0.0.1:${origin.port}/to-v6`, asIfPublic())).toMatch(/private, loopback or link-local/);
    expect(inside.connections).toBe(0);
    expect(await refusal(`https://127.0.0.1:${origin.port}/to-http`, asIfPublic())).toMatch(/not https/);
  });

  it("follows at most 3 redirects", async () => {
    origin.handle = (p, res) => {
      const n = Number(p.slice(1));
      if (n > 0) res.writeHead(301, { location: `/${n - 1}` }).end();
      else res.end(image);
    };
    expect((await fetchRemoteImage(`https://127.0.0.1:${origin.port}/3`, asIfPublic())).bytes.byteLength).toBe(image.length);
    expect(await refusal(`https://127.0.0.1:${origin.port}/4`, asIfPublic())).toMatch(/more than 3 times/);
  });

  it("refuses a body past the size limit, declared or streamed, and an answer other than 200", async () => {
    origin.handle = (p, res) => {
      if (p === "/declared") return void res.writeHead(200, { "content-length": "5000" }).end(Buffer.alloc(5000));
      if (p === "/missing") return void res.writeHead(404).end();
      res.write(Buffer.alloc(800));
      res.write(Buffer.alloc(800));
      res.end(Buffer.alloc(800));
    };
    expect(await refusal(`https://127.0.0.1:${origin.port}/declared`, asIfPublic({ maxBytes: 1000 }))).toMatch(/larger than/);
    expect(await refusal(`https://127.0.0.1:${origin.port}/streamed`, asIfPublic({ maxBytes: 1000 }))).toMatch(/larger than/);
    expect(await refusal(`https://127.0.0.1:${origin.port}/missing`, asIfPublic())).toMatch(/answered 404/);
  });

  it("gives up after the time limit, and refuses a certificate it cannot trust", async () => {
    origin.handle = () => {}; // never answers
    expect(await refusal(`https://127.0.0.1:${origin.port}/slow`, asIfPublic({ timeoutMs: 300 }))).toMatch(/did not answer within 0.3 seconds/);
    origin.handle = (_p, res) => res.end(image);
    expect(await refusal(`https://127.0.0.1:${origin.port}/a.jpg`, asIfPublic({ ca: undefined }))).toMatch(/certificate/);
  });
});

import { describe, expect, it } from "vitest";
import { actionBodyRefusal, SERVER_ACTION_BODY_LIMIT } from "./action-body-gate";

const action = (headers: Record<string, string>, remoteAddress = "203.0.113.9") => ({
  method: "POST",
  headers: { "next-action": "abc123", ...headers },
  socket: { remoteAddress },
});

describe("actionBodyRefusal", () => {
  it("lets through what is not a server action", () => {
    expect(actionBodyRefusal({ method: "POST", headers: {}, socket: {} })).toBeNull();
    expect(actionBodyRefusal({ method: "GET", headers: { "next-action": "x" }, socket: {} })).toBeNull();
  });

  it("lets through an action that declares a length within the limit", () => {
    expect(actionBodyRefusal(action({ "content-length": String(SERVER_ACTION_BODY_LIMIT) }))).toBeNull();
  });

  it("refuses a declared length over the limit with 413, and nonsense lengths too", () => {
    expect(actionBodyRefusal(action({ "content-length": String(SERVER_ACTION_BODY_LIMIT + 1) }))?.status).toBe(413);
    expect(actionBodyRefusal(action({ "content-length": "12abc" }))?.status).toBe(413);
  });

  it("refuses an action without a length (chunked) with 411", () => {
    expect(actionBodyRefusal(action({ "transfer-encoding": "chunked" }))?.status).toBe(411);
  });

  it("lets Next forward an action to the page that owns it over loopback, and nobody else claim to be Next", () => {
    expect(actionBodyRefusal(action({ "x-action-forwarded": "1" }, "127.0.0.1"))).toBeNull();
    expect(actionBodyRefusal(action({ "x-action-forwarded": "1" }, "::1"))).toBeNull();
    expect(actionBodyRefusal(action({ "x-action-forwarded": "1" }))?.status).toBe(411);
  });
});

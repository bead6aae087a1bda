// The floor of the comparison: Node's http module answering the same bytes
// from memory. Usage: node --import tsx bench/bare-server.ts <file> <port> [gzip|identity] [content-type]
// (gzip: the file holds gzip-compressed bytes, sent as such; the content type
// is HTML unless given).
import { readFileSync } from "node:fs";
import http from "node:http";

const [file, port, encoding, contentType] = process.argv.slice(2);
const body = readFileSync(file);
const headers: Record<string, string> = { "content-type": contentType || "text/html; charset=utf-8", "content-length": String(body.length) };
if (encoding === "gzip") headers["content-encoding"] = "gzip";

http
  .createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  })
  .listen(Number(port), "127.0.0.1");

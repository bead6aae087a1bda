// `node --import tsx bench/lib/open-loop-process.ts <url> <rate> <seconds>`:
// openLoop in a process of its own, so that what a benchmark does meanwhile
// (an attacker's loop) shares no event loop with the readers it times.
// Prints the result as one line of JSON.
import { openLoop, type OpenLoopResult } from "./open-loop";

const [url, rate, seconds] = process.argv.slice(2);
void openLoop(url, { rate: Number(rate), seconds: Number(seconds) }).then((result: OpenLoopResult) => {
  process.stdout.write(`${JSON.stringify(result)}\n`);
});

// A one-line progress bar on stderr: [####....] 42% 42000/100000 1800 rows/s ETA 30s
export type Progress = { update: (done: number) => void; finish: () => void };

const seconds = (s: number) => (s >= 90 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.round(s)}s`);

export function createProgress(total: number, label = "rows"): Progress {
  const started = performance.now();
  const interactive = process.stderr.isTTY;
  let lastDraw = 0;
  const draw = (done: number, final = false) => {
    const now = performance.now();
    if (!final && now - lastDraw < (interactive ? 200 : 5000)) return;
    lastDraw = now;
    const elapsed = (now - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const share = total ? done / total : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const eta = rate > 0 ? seconds((total - done) / rate) : "?";
    const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.floor(share * 100)}% ${done}/${total} ${Math.round(rate)} ${label}/s ETA ${eta}`;
    process.stderr.write(interactive ? `\r${line}` : `${line}\n`);
  };
  return {
    update: (done) => draw(done),
    finish: () => {
      draw(total, true);
      if (interactive) process.stderr.write("\n");
    },
  };
}

// LISTEN on a Postgres channel for the life of the process. postgres.js keeps
// a dedicated connection and re-listens after it drops (calling onListen
// again); this adds the first connection's retry, for a server that starts
// while the database is still down.
import "server-only";
import { sql } from "@/db/client";

const RETRY_MS = 1000;

export type Listening = { stop: () => Promise<void> };

export function listenForever(
  channel: string,
  onNotify: (payload: string) => void,
  onListen: () => void,
  log: Pick<Console, "error"> = console,
): Listening {
  let stopped = false;
  let unlisten: (() => Promise<void>) | null = null;
  let retry: NodeJS.Timeout | undefined;
  let warned = false;

  const attempt = () => {
    sql.listen(channel, onNotify, onListen).then(
      (subscription) => {
        if (stopped) void subscription.unlisten();
        else unlisten = subscription.unlisten;
      },
      (error: Error) => {
        if (!warned) log.error(`[listen] cannot LISTEN on ${channel} yet (${error.message}); retrying every ${RETRY_MS} ms`);
        warned = true;
        if (!stopped) retry = setTimeout(attempt, RETRY_MS);
      },
    );
  };
  attempt();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      await unlisten?.().catch(() => {});
    },
  };
}

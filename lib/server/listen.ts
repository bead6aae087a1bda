// LISTEN on a Postgres channel for the life of the process. postgres.js keeps
// a dedicated connection and re-listens after it drops (calling onListen
// again); this adds the first connection's retry, for a server that starts
// while the database is still down.
import "server-only";
import { sql } from "@/db/client";
import { logger, type Logger } from "./log";

const RETRY_MS = 1000;

export type Listening = { stop: () => Promise<void> };

export function listenForever(
  channel: string,
  onNotify: (payload: string) => void,
  onListen: () => void,
  log: Pick<Logger, "error"> = logger("listen"),
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
        if (!warned) log.error(`cannot LISTEN yet; retrying every ${RETRY_MS} ms`, { channel, error: error.message });
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

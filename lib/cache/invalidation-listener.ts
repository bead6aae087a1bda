// Every server process hears every instance's invalidations (lib/cache/fanout.ts)
// and clears them from its own Next cache.
import "server-only";
import { listenForever } from "@/lib/server/listen";
import { sharedListTags } from "./tags";
import { INVALIDATE_CHANNEL, tagsToApply } from "./fanout";
import { applyAnnouncedTags } from "./invalidate";
import { clearPageCache } from "./page-cache";

export function startInvalidationListener(log: Pick<Console, "error"> = console) {
  let connectedBefore = false;
  const apply = (tags: string[]) => applyAnnouncedTags(tags);
  return listenForever(
    INVALIDATE_CHANNEL,
    (payload) => {
      const tags = tagsToApply(payload);
      if (tags.length) void apply(tags);
    },
    () => {
      // After a lost connection, announcements sent meanwhile are gone: refresh
      // the shared lists, and drop every page the page cache holds (any of them
      // may have changed; Next's own cache answers the refetches).
      if (connectedBefore) {
        clearPageCache();
        void apply([...sharedListTags]);
      }
      connectedBefore = true;
    },
    log,
  );
}

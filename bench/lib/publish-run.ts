// Publish-to-live as a whole: an API token for the bench desk, the probes
// published through `base`, then taken down and deleted whatever happened.
// lib/ code is imported late: it reads the configuration the caller set.
import type { Sql } from "postgres";
import { deleteProbes, findDesk } from "./bench-data";
import { measurePublishToLive, type PublishProbeResult, unpublishProbes } from "./publish-probe";

export type PublishRun = {
  sql: Sql;
  base: string;
  count: number;
  tagSlug: string;
  watch: string[];
  tokenName: string;
  onCleanup: (step: () => Promise<void>) => void;
};

export async function runPublishProbe(o: PublishRun): Promise<PublishProbeResult> {
  const { editor, admin } = await findDesk(o.sql);
  const { createApiToken } = await import("@/lib/auth/tokens");
  const client = await import("@/db/client");
  o.onCleanup(() => client.sql.end({ timeout: 5 }));
  const token = await createApiToken({ id: admin.id, role: admin.role, name: admin.name }, { name: o.tokenName, userId: editor.id, expiresInDays: 1 });
  let probes: { id: string; version: number }[] = [];
  try {
    const result = await measurePublishToLive({
      base: o.base,
      token: token.token,
      count: o.count,
      editorEmail: editor.email,
      tagSlug: o.tagSlug,
      watch: o.watch,
    });
    probes = result.articleIds;
    return result;
  } finally {
    await unpublishProbes(o.base, token.token, probes);
    await deleteProbes(
      o.sql,
      probes.map((p) => p.id),
      token.id,
    );
  }
}

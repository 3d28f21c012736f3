import type { RevisionChange } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import type { ContentKind } from '../history/content-kind.js';
import { type ContentItem, revisionRoutes } from '../history/revision-kinds.js';
import { changesInField, lastTranslatedIn } from './translation-values.js';

/**
 * For each stale field of the target locale, what its source field changed since the target was last translated:
 * the diff from that save to the newest one, cut down to the field. The translation status only names the fields;
 * the history says how they changed. A field whose history is older than the first page shows no change, only that
 * it is stale.
 */
export function useSourceChanges(kind: ContentKind, item: ContentItem, source: string, target: string): Record<string, RevisionChange[]> {
  const stale = item.translationStatus?.[target]?.stale ?? [];
  const changes = useQuery({
    queryKey: [kind, item.id, 'source-changes', source, target, item.version, stale.join(',')],
    enabled: stale.length > 0,
    queryFn: async () => {
      const routes = revisionRoutes[kind];
      const revisions = (await routes.list(item.id, undefined)).items;
      const newest = revisions[0];
      const found: Record<string, RevisionChange[]> = {};
      if (newest === undefined) return found;
      const baselines = new Map<string, string[]>();
      for (const field of stale) {
        const baseline = lastTranslatedIn(revisions, target, field);
        if (baseline !== undefined && baseline.id !== newest.id) baselines.set(baseline.id, [...(baselines.get(baseline.id) ?? []), field]);
      }
      await Promise.all(
        [...baselines].map(async ([baseline, fields]) => {
          const diff = await routes.diff(item.id, baseline, newest.id);
          for (const field of fields) found[field] = changesInField(diff.changes, source, field);
        }),
      );
      return found;
    },
  });
  return changes.data ?? {};
}

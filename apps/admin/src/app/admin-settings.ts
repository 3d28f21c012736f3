import { MapTilesSchema } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';

/** The share of the admin server's settings the browser may know, as `/config.json` serves it. */
export const AdminSettingsSchema = z.object({
  /** The place editor's map background, or null for markers on a plain background. */
  mapTiles: MapTilesSchema.nullable(),
  /** Where the public site is, for opening previews of drafts; null when this app's own origin serves it. */
  publicSiteUrl: z.url().nullable(),
});
/** The browser's share of the admin server's settings. */
export type AdminSettings = z.infer<typeof AdminSettingsSchema>;

const noSettings: AdminSettings = { mapTiles: null, publicSiteUrl: null };

/** Reads the admin server's public settings; anything unexpected counts as none set, so every screen still works. */
export async function fetchAdminSettings(fetchImpl: typeof fetch = fetch): Promise<AdminSettings> {
  try {
    const response = await fetchImpl('/config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return noSettings;
    const parsed = AdminSettingsSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : noSettings;
  } catch {
    return noSettings;
  }
}

/** The settings, read once per visit; none set until they have arrived. */
export function useAdminSettings(): AdminSettings {
  return useQuery({ queryKey: ['admin-settings'], queryFn: () => fetchAdminSettings(), staleTime: Number.POSITIVE_INFINITY }).data ?? noSettings;
}

import type {
  CreateArticleInput,
  CreateEventInput,
  CreateSectionInput,
  CreateSiteInput,
  Locale,
  LocalizedString,
  WorkflowStatus,
} from '@kraina/core';

// The shape the seeder consumes. Inputs are exactly what staff would send to the API (they validate against
// core's Create*Input schemas); what the API never accepts from a client (ids, workflow, times) travels beside them.

/** Where an item stands in the editorial workflow, as the seeder should store it. */
export interface DemoWorkflow {
  status: WorkflowStatus;
  /** When a scheduled item goes live; null otherwise. */
  publishAt: string | null;
  /** When the item first went live: null for drafts and scheduled items. */
  firstPublishedAt: string | null;
}

/** Other items an item points at, by slug, since ids exist only once the seeder has stored them. */
export interface DemoLinks {
  articles: string[];
  events: string[];
  sites: string[];
}

/**
 * One demo item: a stable id (UUID derived from its type and slug, so reseeding gives the same ids), the API input,
 * its workflow, and each locale's own publish state (a translation may still be a draft on a published item).
 * Any id inside `input` (related items, event venues) is the stable id of the item named in `links`/`venueSiteSlugs`.
 */
export interface DemoRecord<Input> {
  id: string;
  input: Input;
  workflow: DemoWorkflow;
  translationStatus: Partial<Record<Locale, WorkflowStatus>>;
  links: DemoLinks;
}

/** A demo news article. */
export type DemoArticle = DemoRecord<CreateArticleInput>;

/** A demo event; `venueSiteSlugs[i]` names the catalogued place of `input.schedule[i]`, or is null. */
export interface DemoEvent extends DemoRecord<CreateEventInput> {
  venueSiteSlugs: (string | null)[];
}

/** A demo place. */
export type DemoSite = DemoRecord<CreateSiteInput>;

/** What a demo illustration shows, chosen to suit the story it stands in for. */
export type DemoMotif =
  | 'castle'
  | 'palace'
  | 'church'
  | 'forest'
  | 'lake'
  | 'field'
  | 'factory'
  | 'city'
  | 'sport'
  | 'music'
  | 'book'
  | 'memorial'
  | 'spa'
  | 'science'
  | 'government'
  | 'museum';

/** A media item the content refers to, described well enough to draw it (see demo-images.ts). */
export interface DemoMedia {
  id: string;
  filename: string;
  mimeType: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  alt: LocalizedString;
  caption?: LocalizedString;
  credit: string;
  /** The words drawn on the picture: a short title, with its Belarusian form beneath when given. */
  label: { en: string; be?: string };
  motif: DemoMotif;
}

/** Everything the seeder loads into an empty database. Sections come parents first. */
export interface DemoContent {
  sections: CreateSectionInput[];
  articles: DemoArticle[];
  events: DemoEvent[];
  sites: DemoSite[];
  media: DemoMedia[];
}

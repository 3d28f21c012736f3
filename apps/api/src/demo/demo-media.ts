import type { ImageRef, LocalizedString } from '@kraina/core';
import { demoId } from './demo-ids.js';
import type { DemoMedia, DemoMotif } from './demo-types.js';

// Demo pictures are drawn locally (demo-images.ts), so their alt text says what is actually drawn, an illustration
// with a title, while captions read as a news portal's would. Nothing is downloaded, so nothing needs a licence.

/** The size every demo picture is drawn at: 16:9, wide enough for a lead image. */
export const demoImageSize = { width: 1200, height: 675 } as const;

/** The credit line on every demo picture. */
export const demoCredit = 'Kraina demo illustration';

/** How the lead picture of a demo item is drawn and captioned. */
export interface IllustrationDraft {
  label: { en: string; be?: string };
  motif: DemoMotif;
  caption?: LocalizedString;
}

/** The caption news portals put under a file picture. */
export const archivePhoto: LocalizedString = { en: 'An archive photo', ru: 'Архивное фото', be: 'Архіўнае фота' };

const motifWords: Record<DemoMotif, { en: string; ru: string; be: string }> = {
  castle: { en: 'castle towers', ru: 'башни замка', be: 'вежы замка' },
  palace: { en: 'a palace facade', ru: 'фасад дворца', be: 'фасад палаца' },
  church: { en: 'church domes', ru: 'купола храма', be: 'купалы храма' },
  forest: { en: 'a row of fir trees', ru: 'ряд елей', be: 'шэраг елак' },
  lake: { en: 'a lake with waves', ru: 'озеро с волнами', be: 'возера з хвалямі' },
  field: { en: 'a field with ears of wheat', ru: 'поле с колосьями', be: 'поле з каласамі' },
  factory: { en: 'factory buildings and a chimney', ru: 'заводские корпуса и труба', be: 'заводскія карпусы і труба' },
  city: { en: 'city buildings', ru: 'городские здания', be: 'гарадскія будынкі' },
  sport: { en: 'a ball and a running track', ru: 'мяч и беговая дорожка', be: 'мяч і бегавая дарожка' },
  music: { en: 'musical notes', ru: 'ноты', be: 'ноты' },
  book: { en: 'an open book', ru: 'раскрытая книга', be: 'разгорнутая кніга' },
  memorial: { en: 'an obelisk and an eternal flame', ru: 'обелиск и вечный огонь', be: 'абеліск і вечны агонь' },
  spa: { en: 'a pine and a spring', ru: 'сосна и родник', be: 'сасна і крыніца' },
  science: { en: 'an atom model', ru: 'модель атома', be: 'мадэль атама' },
  government: { en: 'a building with columns', ru: 'здание с колоннами', be: 'будынак з калонамі' },
  museum: { en: 'picture frames on a wall', ru: 'рамы картин на стене', be: 'рамы карцін на сцяне' },
};

/** Alt text for a drawn picture, per locale: what is drawn and the words on it. */
function altText(motif: DemoMotif, label: string): LocalizedString {
  const words = motifWords[motif];
  return {
    en: `Illustration: ${words.en} on a coloured background, titled “${label}”`,
    ru: `Иллюстрация: ${words.ru} на цветном фоне, надпись «${label}»`,
    be: `Ілюстрацыя: ${words.be} на каляровым фоне, надпіс «${label}»`,
  };
}

/** The media item for an item's lead picture and the reference the item carries to it. */
export function illustrate(
  owner: 'article' | 'event' | 'site',
  slug: string,
  draft: IllustrationDraft,
  mimeType: DemoMedia['mimeType'],
): { media: DemoMedia; ref: ImageRef } {
  const key = `${owner}-${slug}`;
  const alt = altText(draft.motif, draft.label.en);
  const media: DemoMedia = {
    id: demoId('media', key),
    filename: `${key}.${mimeType === 'image/webp' ? 'webp' : 'jpg'}`,
    mimeType,
    ...demoImageSize,
    alt,
    ...(draft.caption ? { caption: draft.caption } : {}),
    credit: demoCredit,
    label: draft.label,
    motif: draft.motif,
  };
  const ref: ImageRef = { mediaId: media.id, alt, credit: demoCredit, ...(draft.caption ? { caption: draft.caption } : {}) };
  return { media, ref };
}

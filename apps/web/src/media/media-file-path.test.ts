import { describe, expect, it } from 'vitest';
import { mediaFileNameOf, sitePathOfMediaFile } from './media-file-path.js';
import { imageIdsIn } from './load-image.js';

describe('the site path of an API media file', () => {
  it('is /media/ and the file name, whatever host or base the API names it under', () => {
    expect(sitePathOfMediaFile('/media/4f1c.jpeg')).toBe('/media/4f1c.jpeg');
    expect(sitePathOfMediaFile('https://api.portal.example/media/4f1c-640w.webp')).toBe('/media/4f1c-640w.webp');
  });

  it('is none for a name this site would not serve: a dot file, a parent folder, an encoded slash, an empty name', () => {
    for (const url of ['/media/..', '/media/.env', '/media/a%2F..%2Fb', '/media/', 'https://api.example/']) expect(mediaFileNameOf(url), url).toBeUndefined();
  });
});

describe('the images of a rich-text body', () => {
  it('are found at any depth, in order', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] },
        { type: 'image', attrs: { mediaId: 'a' } },
        { type: 'blockquote', content: [{ type: 'image', attrs: { mediaId: 'b' } }] },
      ],
    } as unknown as Parameters<typeof imageIdsIn>[0];
    expect(imageIdsIn(body)).toEqual(['a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import { readUploadAnswer, uploadFormData } from './upload-media.js';

const media = {
  id: '5f0c6f2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f',
  kind: 'image',
  filename: 'stage.png',
  mimeType: 'image/png',
  bytes: 1200,
  url: '/media/stage.png',
  width: 10,
  height: 10,
  alt: { en: 'The opera stage' },
  caption: {},
  credit: null,
  focalPoint: { x: 0.5, y: 0.5 },
  variants: [],
  createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z',
  version: 1,
};

describe('an upload to the media library', () => {
  it('sends each locale’s alt text and caption, the credit and the file in its part, leaving blank fields out', () => {
    const form = uploadFormData(new Blob(['png']), 'stage.png', { alt: { en: ' The opera stage ', ru: '', be: 'Сцэна оперы' }, caption: { en: 'Premiere night' }, credit: ' ' });
    expect([...form.keys()]).toEqual(['alt[en]', 'alt[be]', 'caption[en]', 'file']);
    expect(form.get('alt[en]')).toBe('The opera stage');
    expect((form.get('file') as File).name).toBe('stage.png');
  });

  it('reads a created item by core’s media schema', () => {
    expect(readUploadAnswer(201, JSON.stringify(media)).id).toBe(media.id);
  });

  it('turns a refusal into the API’s error with its field issues', () => {
    const problem = { type: 'https://kraina.dev/problems/invalid-input', title: 'Some fields are not valid', status: 422, code: 'invalid-input', detail: 'Alt text must describe the image', errors: [{ pointer: '#/body/alt/en', detail: 'Describe what the image shows' }] };
    expect(() => readUploadAnswer(422, JSON.stringify(problem))).toThrow(expect.objectContaining({ code: 'invalid-input', issues: problem.errors }));
  });

  it('refuses an answer that breaks the contract rather than passing it on', () => {
    expect(() => readUploadAnswer(201, '{"id":"nope"}')).toThrow(expect.objectContaining({ code: 'internal' }));
  });
});

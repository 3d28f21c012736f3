import { type KrainaClient, isAppError, problemTypes } from '@kraina/core';
import type { SoakRequest } from './fixed-rate.js';

interface Draft {
  id: string;
  version: number;
}

const bodyOf = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

// A refusal the API explains is an answer with a status; anything else (a reset, a timeout) is no answer at all.
async function statusOf(call: () => Promise<unknown>, success: number): Promise<number> {
  try {
    await call();
    return success;
  } catch (error) {
    if (isAppError(error)) return problemTypes[error.code].status;
    throw error;
  }
}

/**
 * The newsroom's share of the soak: writers create drafts, edit them with the version they last saw, and publish
 * them, through a session and through a token in turn. Each draft is held by one request at a time, so no edit can
 * meet a 412 the run provoked itself: any error counted is the server's.
 */
export function staffWrites(writers: readonly KrainaClient[], section: string, runLabel: string): () => SoakRequest {
  const idle: Draft[] = [];
  let made = 0;
  let turn = 0;

  const create = (writer: KrainaClient): SoakRequest => ({
    name: 'createArticle',
    send: () =>
      statusOf(async () => {
        made += 1;
        const headline = `Soak ${runLabel} draft ${made}`;
        const article = await writer.createArticle({ body: { section, translations: { en: { headline, body: bodyOf('Written under load.') } } } });
        idle.push({ id: article.id, version: article.version });
      }, 201),
  });

  // Counted apart from the run's request index, which only every tenth or so write sees.
  return () => {
    const index = turn++;
    const writer = writers[index % writers.length] as KrainaClient;
    const draft = idle.shift();
    // One create, two edits and a publish in every four writes, as a desk works; a create when no draft is free.
    if (draft === undefined || index % 4 === 0) {
      if (draft !== undefined) idle.push(draft);
      return create(writer);
    }
    if (index % 4 === 3) {
      return {
        name: 'publishArticle',
        send: () => statusOf(() => writer.changeArticleWorkflow({ params: { id: draft.id }, body: { action: 'publish' }, ifMatch: draft.version }), 200),
      };
    }
    return {
      name: 'updateArticle',
      send: () =>
        statusOf(async () => {
          const saved = await writer.updateArticle({
            params: { id: draft.id },
            body: { translations: { en: { headline: `Soak ${runLabel} edit ${index}`, body: bodyOf(`Edited at request ${index}.`) } } },
            ifMatch: draft.version,
          });
          idle.push({ id: saved.id, version: saved.version });
        }, 200),
    };
  };
}

import type { RichText } from '@kraina/core';
import { richTextFromParagraphs } from '@kraina/core';

/** A quotation in a demo body, attributed to an official by role ("Deputy Minister of Sport and Tourism"). */
export interface DemoQuote {
  quote: string;
  by: string;
}

/** A block of demo body text: a paragraph, or a quotation. */
export type DemoBlock = string | DemoQuote;

/** Turns demo paragraphs and quotations into core's rich-text document. */
export function toRichText(blocks: readonly DemoBlock[]): RichText {
  return {
    type: 'doc',
    content: blocks.flatMap((block) =>
      typeof block === 'string'
        ? richTextFromParagraphs([block]).content
        : [
            {
              type: 'blockquote' as const,
              attrs: { attribution: block.by },
              content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: block.quote }] }],
            },
          ],
    ),
  };
}

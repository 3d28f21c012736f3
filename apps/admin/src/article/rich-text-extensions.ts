import { Node, mergeAttributes } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import StarterKit from '@tiptap/starter-kit';

// The blockquote of core carries who is quoted; Tiptap's has no attributes, so it gains one.
const AttributedBlockquote = Blockquote.extend({
  addAttributes() {
    return {
      attribution: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-attribution'),
        renderHTML: (attributes) => (attributes.attribution ? { 'data-attribution': attributes.attribution as string } : {}),
      },
    };
  },
});

// An image from the media library, placed by id; the web renders it from the media item, so the editor shows a card.
const MediaImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { mediaId: { default: null }, alt: { default: null }, caption: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'figure[data-media-id]', getAttrs: (element) => ({ mediaId: element.getAttribute('data-media-id') }) }];
  },
  renderHTML({ HTMLAttributes, node }) {
    return ['figure', mergeAttributes({ 'data-media-id': node.attrs.mediaId as string, class: 'editor-image' }), `${String(node.attrs.alt ?? HTMLAttributes.mediaId ?? '')}`];
  },
});

/**
 * The editor's nodes and marks: core's set and no more. Code blocks are off (core has none), headings start at 2
 * (1 is the headline), and links open nothing on click while editing.
 */
export const richTextExtensions = [
  StarterKit.configure({
    blockquote: false,
    codeBlock: false,
    heading: { levels: [2, 3, 4, 5, 6] },
    link: { openOnClick: false, autolink: true, protocols: ['mailto', 'tel'] },
  }),
  AttributedBlockquote,
  MediaImage,
];

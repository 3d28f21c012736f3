import { LinkHrefSchema, type RichText } from '@kraina/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';
import { richTextFromEditor, richTextToEditor } from './rich-text-conversion.js';
import { richTextExtensions } from './rich-text-extensions.js';

interface RichTextEditorProps {
  /** The id of the visible label, so the editing area is announced by it. */
  labelId: string;
  /** The id of the field's error, when it has one. */
  errorId?: string;
  value: RichText;
  onChange: (value: RichText) => void;
  onBlur: () => void;
  /** The language of the text being written, for spelling and screen readers. */
  lang: string;
}

/** A Tiptap editor whose value is core's rich text; its buttons are real toggle buttons reachable by keyboard. */
export function RichTextEditor({ labelId, errorId, value, onChange, onBlur, lang }: RichTextEditorProps) {
  const { t } = useLocale();
  const editor = useEditor({
    extensions: richTextExtensions,
    content: richTextToEditor(value),
    immediatelyRender: true,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(errorId === undefined ? {} : { 'aria-describedby': errorId, 'aria-invalid': 'true' }),
        lang,
        class: 'rich-text-editor__area',
      },
    },
    onUpdate: ({ editor: current }) => onChange(richTextFromEditor(current.getJSON())),
    onBlur: () => onBlur(),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      quote: current.isActive('blockquote'),
      link: current.isActive('link'),
    }),
  });

  function editLink() {
    const current = editor.getAttributes('link').href as string | undefined;
    const typed = window.prompt(t('linkPrompt'), current ?? 'https://');
    if (typed === null) return;
    if (typed.trim() === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return;
    }
    // The same rule the API applies, so a link that would be refused on save is never made.
    const href = LinkHrefSchema.safeParse(typed.trim());
    if (href.success) editor.chain().focus().extendMarkRange('link').setLink({ href: href.data }).run();
  }

  const buttons: { key: keyof typeof active; label: MessageKey; run: () => void }[] = [
    { key: 'bold', label: 'bold', run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', label: 'italic', run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'heading2', label: 'heading2', run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: 'heading3', label: 'heading3', run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    { key: 'bulletList', label: 'bulletList', run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', label: 'orderedList', run: () => editor.chain().focus().toggleOrderedList().run() },
    { key: 'quote', label: 'quote', run: () => editor.chain().focus().toggleBlockquote().run() },
    { key: 'link', label: 'link', run: editLink },
  ];

  return (
    <div className="rich-text-editor">
      <div className="rich-text-editor__toolbar" role="toolbar" aria-label={t('richTextToolbar')}>
        {buttons.map((button) => (
          <button key={button.key} type="button" className="tool" aria-pressed={active[button.key]} onClick={button.run}>
            {t(button.label)}
          </button>
        ))}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}

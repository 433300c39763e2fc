// The answer as rich text: headings, paragraphs, lists, links, bold and italic, nothing more (the
// same set the server keeps when it cleans the HTML). TipTap (MIT) does the editing; the toolbar is
// a WAI-ARIA toolbar: one Tab stop, arrow keys move between the buttons, each button has a name
// and says whether it is on (aria-pressed). Alt+F10 in the text goes to the toolbar, Escape back.
// Tab always leaves the text (list items are not indented with Tab), so the keyboard never gets stuck.
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { Button } from '@utrecht/button-react';
import { ListItem } from '@tiptap/extension-list';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { TextField } from '../ui/fields';

/** A list item without Tab and Shift+Tab: those move the focus, as everywhere else on the page. */
const PlainListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return { Enter: () => this.editor.commands.splitListItem(this.name) };
  },
});

export interface RichTextEditorProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** The HTML the editor starts with. Later changes of this prop are not applied. */
  initialHtml: string;
  /** The HTML after each change; '' when the editor is empty. */
  onChange: (html: string) => void;
}

interface Tool {
  key: string;
  label: string;
  shortcut?: string;
  active?: (e: Editor) => boolean;
  enabled?: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const TOOLS: Tool[] = [
  { key: 'h2', label: 'Kop', active: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { key: 'h3', label: 'Tussenkop', active: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { key: 'bold', label: 'Vet', shortcut: 'Control+B', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', label: 'Schuin', shortcut: 'Control+I', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { key: 'bullets', label: 'Opsomming', active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: 'numbers', label: 'Genummerde lijst', active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { key: 'link', label: 'Link', active: (e) => e.isActive('link'), run: () => undefined },
  { key: 'unlink', label: 'Link weghalen', enabled: (e) => e.isActive('link'), run: (e) => e.chain().focus().extendMarkRange('link').unsetLink().run() },
  { key: 'undo', label: 'Ongedaan maken', shortcut: 'Control+Z', enabled: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
  { key: 'redo', label: 'Opnieuw', shortcut: 'Control+Y', enabled: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
];

/** What a typed address becomes: www.dronten.nl → https://www.dronten.nl, naam@x.nl → mailto:. */
export function normaliseHref(typed: string): string {
  const value = typed.trim();
  if (!value) return '';
  if (/^(https?:|mailto:|tel:|\/|#)/i.test(value)) return value;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (/^\+?[\d\s-]{6,}$/.test(value)) return `tel:${value.replace(/[\s-]/g, '')}`;
  return `https://${value}`;
}

function htmlOf(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML();
}

export function RichTextEditor({ id, label, description, error, initialHtml, onChange }: RichTextEditorProps) {
  const labelId = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const attributes = {
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': 'true' } : {}),
    class: `helder-rich-text__content utrecht-html${error ? ' helder-rich-text__content--invalid' : ''}`,
    spellcheck: 'true',
    lang: 'nl',
  };

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        listItem: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['mailto', 'tel'],
          // The server keeps href and rel only; links open in the same tab.
          HTMLAttributes: { rel: 'noopener', target: null },
        },
      }),
      PlainListItem,
    ],
    content: initialHtml,
    editorProps: { attributes },
    onUpdate: ({ editor: e }) => onChangeRef.current(htmlOf(e)),
  });

  // The field's state (error, description) changes after the editor exists.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({ editorProps: { attributes } });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, error, describedBy]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? TOOLS.map((tool) => ({ active: tool.active ? tool.active(e) : undefined, enabled: tool.enabled ? tool.enabled(e) : true }))
        : TOOLS.map(() => ({ active: undefined as boolean | undefined, enabled: false })),
  });

  const buttons = () => [...(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button[data-tool]') ?? [])];
  const moveTo = (index: number) => {
    const all = buttons();
    const next = (index + all.length) % all.length;
    setFocusIndex(next);
    all[next]?.focus();
  };
  const onToolbarKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = buttons().indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      event.preventDefault();
      moveTo(current + 1);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveTo(current - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      moveTo(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      moveTo(buttons().length - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      editor?.commands.focus();
    }
  };
  const onEditorKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey && event.key === 'F10') {
      event.preventDefault();
      moveTo(focusIndex);
    }
  };

  const openLink = () => {
    if (!editor) return;
    setHref((editor.getAttributes('link').href as string | undefined) ?? '');
    setLinkOpen(true);
    requestAnimationFrame(() => document.getElementById(`${id}-link`)?.focus());
  };
  const closeLink = () => {
    setLinkOpen(false);
    editor?.commands.focus();
  };
  const applyLink = () => {
    if (!editor) return;
    const target = normaliseHref(href);
    if (!target) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
    } else if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the link text.
      editor.chain().focus().insertContent({ type: 'text', text: href.trim(), marks: [{ type: 'link', attrs: { href: target } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: target }).run();
    }
    setLinkOpen(false);
  };

  return (
    <div className={`utrecht-form-field utrecht-form-field--text helder-field helder-rich-text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        {/* Not a <label>: a label only names form controls. Clicking it still goes to the text. */}
        <span id={labelId} className="utrecht-form-label helder-rich-text__label" onClick={() => editor?.commands.focus()}>
          {label}
        </span>
      </div>
      {description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      <div className="helder-rich-text__box">
        <div ref={toolbarRef} role="toolbar" aria-label="Opmaak van het antwoord" aria-controls={id} className="helder-toolbar" onKeyDown={onToolbarKey}>
          {TOOLS.map((tool, index) => {
            const s = state?.[index];
            const enabled = !!editor && (s?.enabled ?? true);
            return (
              <button
                key={tool.key}
                type="button"
                data-tool={tool.key}
                className="helder-toolbar__button"
                tabIndex={index === focusIndex ? 0 : -1}
                aria-pressed={tool.active ? !!s?.active : undefined}
                aria-expanded={tool.key === 'link' ? linkOpen : undefined}
                aria-disabled={enabled ? undefined : true}
                aria-keyshortcuts={tool.shortcut}
                onFocus={() => setFocusIndex(index)}
                // Keep the text's selection when a button is clicked with the mouse.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  if (!editor || !enabled) return;
                  if (tool.key === 'link') openLink();
                  else tool.run(editor);
                }}
              >
                {tool.label}
              </button>
            );
          })}
        </div>
        {linkOpen ? (
          <div className="helder-rich-text__link" role="group" aria-label="Link maken">
            <TextField
              id={`${id}-link`}
              label="Adres van de link"
              description="Bijvoorbeeld www.dronten.nl/paspoort of een e-mailadres. Laat het leeg om de link weg te halen."
              value={href}
              onChange={setHref}
              autoComplete="off"
              required
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  applyLink();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  closeLink();
                }
              }}
            />
            <div className="helder-actions">
              <Button appearance="secondary-action-button" type="button" onClick={applyLink}>
                Link zetten
              </Button>
              <Button appearance="subtle-button" type="button" onClick={closeLink}>
                Annuleren
              </Button>
            </div>
          </div>
        ) : null}
        <div onKeyDown={onEditorKey}>
          <EditorContent editor={editor} />
        </div>
      </div>
    </div>
  );
}

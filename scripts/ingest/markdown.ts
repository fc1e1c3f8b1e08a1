import type { Parents, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { remark } from 'remark';
import type { Options } from 'remark-stringify';
import remarkDirective from 'remark-directive';
import type { Block } from './structure.ts';

/** Characters a text's first character may not be without the serialiser looking at it. */
const RISKY_START = /^[\s#+\-=>~`_*[<:!\d]/;
/**
 * Characters that may need escaping wherever they stand in a line of text (with `:` only
 * when a letter or digit follows, as in a text directive). The serialiser tests every
 * unsafe pattern against every text; a text with none of these cannot match one.
 */
const RISKY_ANYWHERE = /[\r\n\t*_`[\]<>&\\~|]|:[^\s\p{P}\p{S}]|\s$/u;

/**
 * True when no unsafe pattern of the markdown serialiser (CommonMark's and the directive
 * extension's) can match a text standing alone in a paragraph or heading, so escaping
 * would return it unchanged. Conservative: `false` only means the serialiser decides.
 * @example isPlainText('The vote was lost by 40.') // true
 * @example isPlainText('1. Not a list') // false
 */
export function isPlainText(value: string): boolean {
  return value !== '' && !RISKY_START.test(value) && !RISKY_ANYWHERE.test(value);
}

type Handle = NonNullable<NonNullable<Options['handlers']>['text']>;

/**
 * The serialiser's own text handler, skipping its pattern tests for plain text: they were
 * a third of an article's serialising time. Anything else is escaped as before.
 */
const text: Handle = (node: Text, parent: Parents | undefined, state, info) => {
  if (isPlainText(node.value)) return node.value;
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1]!;
  const around = { afterNode: siblings[index + 1], beforeNode: siblings[index - 1] };
  return state.safe(node.value, { ...info, ...around });
};

const SETTINGS = { bullet: '-', emphasis: '_', fences: true, rule: '-' } as const;

/**
 * Serialises an article body with remark, so every character of the seed is
 * escaped by the markdown serialiser (never by hand): `<script>`, `*`, `[` stay text.
 * Pictures are `:::caption{credit="..."}` directives, rendered as figures by the site.
 */
const serialiser = remark()
  .use(remarkDirective)
  .data('settings', { ...SETTINGS, handlers: { text } });

/** The serialiser with its stock text handler, to check the fast path against. */
export const stockSerialiser = remark().use(remarkDirective).data('settings', SETTINGS);

/** Builds the mdast tree for an article's body blocks. */
export function blocksToMdast(blocks: readonly Block[]): Root {
  const children: RootContent[] = blocks.map((block): RootContent => {
    switch (block.kind) {
      case 'paragraph':
        return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
      case 'subheading':
        return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
      case 'caption': {
        const figure: ContainerDirective = {
          type: 'containerDirective',
          name: 'caption',
          attributes: block.credit ? { credit: block.credit } : {},
          children: block.caption
            ? [{ type: 'paragraph', children: [{ type: 'text', value: block.caption }] }]
            : [],
        };
        return figure;
      }
    }
  });
  return { type: 'root', children };
}

/** @example blocksToMarkdown([{ kind: 'paragraph', text: '<b>hi</b>', line: 1 }]) // '\\<b>hi\\</b>\n' */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return plainMarkdown(blocks) ?? serialiser.stringify(blocksToMdast(blocks));
}

/**
 * Most bodies are paragraphs and subheadings of plain text, which the serialiser writes as
 * they are, a blank line apart: written directly, without building and walking a tree.
 * Null when any block needs the serialiser (a caption, a character that could be markup).
 */
function plainMarkdown(blocks: readonly Block[]): string | null {
  let out = '';
  for (const block of blocks) {
    if (block.kind === 'caption' || !isPlainText(block.text)) return null;
    out += `${out === '' ? '' : '\n\n'}${block.kind === 'subheading' ? '## ' : ''}${block.text}`;
  }
  return out === '' ? null : `${out}\n`;
}

/** Parses article markdown back into blocks' plain text, for round-trip checks and tests. */
export function markdownToMdast(markdown: string): Root {
  return serialiser.parse(markdown);
}

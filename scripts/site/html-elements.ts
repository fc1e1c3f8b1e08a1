import {
  type DefaultTreeAdapterTypes,
  foreignContent,
  parse,
  Tokenizer,
  TokenizerMode,
} from 'parse5';

/** One element of a parsed page: its tag, its attributes and the line it starts on. */
export interface HtmlElement {
  tagName: string;
  attrs: Map<string, string>;
  line: number;
  /** The line each attribute is on (attributes can span lines). */
  attrLine(name: string): number;
}

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/**
 * Every element of an HTML document in document order, parsed by parse5 exactly as a
 * browser would (so no regex misses a link in an odd attribute quoting or a <template>).
 */
export function* htmlElements(html: string): Generator<HtmlElement> {
  const stack: Node[] = [parse(html, { sourceCodeLocationInfo: true })];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) {
      const location = node.sourceCodeLocation;
      const line = location?.startLine ?? 0;
      yield {
        tagName: node.tagName,
        attrs: new Map(node.attrs.map((a) => [a.name, a.value])),
        line,
        attrLine: (name) => location?.attrs?.[name]?.startLine ?? line,
      };
    }
    const children: Node[] = [];
    if ('childNodes' in node) children.push(...node.childNodes);
    if ('content' in node) children.push(...node.content.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Script types the browser runs; anything else (JSON-LD, JSON) is a data block, never executed. */
const JAVASCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  'text/jscript',
  'text/livescript',
  'application/x-javascript',
  'application/x-ecmascript',
  'text/x-javascript',
  'text/x-ecmascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'importmap',
  'speculationrules',
]);

/** Whether a `<script>` element runs (or configures) JavaScript, as opposed to carrying data. */
export function isExecutableScript(element: HtmlElement): boolean {
  if (element.tagName !== 'script') return false;
  const type = (element.attrs.get('type') ?? '').trim().toLowerCase().split(';')[0]!.trim();
  return JAVASCRIPT_TYPES.has(type);
}

/** A start tag as the HTML tokenizer reads it: name lower-cased, attribute values with character references decoded. */
export interface StartTag {
  tagName: string;
  attrs: readonly { name: string; value: string }[];
  selfClosing: boolean;
}

/**
 * Where the HTML tree builder switches the tokenizer to text, so that `<script>` or
 * `<title>` content is never read as tags (parse5's parser, "in head" and "in body";
 * scripting enabled, as in a browser, so `<noscript>` holds text).
 */
const TEXT_MODE: ReadonlyMap<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = new Map([
  ['title', TokenizerMode.RCDATA],
  ['textarea', TokenizerMode.RCDATA],
  ['style', TokenizerMode.RAWTEXT],
  ['xmp', TokenizerMode.RAWTEXT],
  ['iframe', TokenizerMode.RAWTEXT],
  ['noembed', TokenizerMode.RAWTEXT],
  ['noframes', TokenizerMode.RAWTEXT],
  ['noscript', TokenizerMode.RAWTEXT],
  ['script', TokenizerMode.SCRIPT_DATA],
  ['plaintext', TokenizerMode.PLAINTEXT],
]);

/** Elements inside SVG or MathML whose content is HTML again (the spec's integration points). */
function opensHtml(tag: StartTag, namespace: 'svg' | 'math'): boolean {
  if (namespace === 'svg')
    return tag.tagName === 'foreignobject' || tag.tagName === 'desc' || tag.tagName === 'title';
  if (['mi', 'mo', 'mn', 'ms', 'mtext'].includes(tag.tagName)) return true;
  const encoding = tag.attrs.find((a) => a.name === 'encoding')?.value.toLowerCase();
  return (
    tag.tagName === 'annotation-xml' &&
    (encoding === 'text/html' || encoding === 'application/xhtml+xml')
  );
}

/**
 * Calls `visit` with every start tag of a page, in order, without building a document:
 * parse5's tokenizer, switched into its text modes as the tree builder would, and tracking
 * SVG and MathML only as far as the tokenizer needs (CDATA, integration points, the HTML
 * tags that end foreign content). This is how a streaming rewriter such as Pagefind's
 * lol_html reads a page; unlike `htmlElements` it gives no element twice (no re-opened
 * formatting elements) and no implied ones (no `<html>` or `<body>` that the page lacks).
 * For a whole-document view (links, scripts, line numbers) use `htmlElements`.
 */
export function forEachStartTag(html: string, visit: (tag: StartTag) => void): void {
  // The elements that changed the namespace, innermost last: an <svg>, a <foreignObject> inside it ...
  const namespaces: { tagName: string; namespace: 'html' | 'svg' | 'math' }[] = [];
  const current = () => namespaces.at(-1)?.namespace ?? 'html';
  const ignore = () => {};
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(token) {
        let namespace = current();
        if (namespace !== 'html' && foreignContent.causesExit(token)) {
          while (current() !== 'html') namespaces.pop();
          namespace = current();
        }
        visit(token);
        if (namespace === 'html') {
          if ((token.tagName === 'svg' || token.tagName === 'math') && !token.selfClosing)
            namespaces.push({ tagName: token.tagName, namespace: token.tagName });
          else {
            const mode = TEXT_MODE.get(token.tagName);
            if (mode !== undefined) tokenizer.state = mode;
          }
        } else if (!token.selfClosing && opensHtml(token, namespace)) {
          namespaces.push({ tagName: token.tagName, namespace: 'html' });
        }
        tokenizer.inForeignNode = current() !== 'html';
      },
      onEndTag(token) {
        const index = namespaces.findLastIndex((entry) => entry.tagName === token.tagName);
        if (index >= 0) namespaces.length = index;
        tokenizer.inForeignNode = current() !== 'html';
      },
      onComment: ignore,
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(html, true);
}

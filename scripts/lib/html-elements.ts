import { type DefaultTreeAdapterTypes, parse } from 'parse5';

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
const JAVASCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript', 'text/jscript', 'text/livescript', 'application/x-javascript', 'application/x-ecmascript', 'text/x-javascript', 'text/x-ecmascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'importmap', 'speculationrules']);

/** Whether a `<script>` element runs (or configures) JavaScript, as opposed to carrying data. */
export function isExecutableScript(element: HtmlElement): boolean {
  if (element.tagName !== 'script') return false;
  const type = (element.attrs.get('type') ?? '').trim().toLowerCase().split(';')[0]!.trim();
  return JAVASCRIPT_TYPES.has(type);
}

// Where an element's content starts and ends, read from turndown's `isBlock` marks (turndown sets
// them on every node it visits, so this is only asked from a rule's replacement).

type Edge = 'inline' | 'block' | null;

function isBlock(node: Node): boolean {
  return !!(node as Node & { isBlock?: boolean }).isBlock;
}

/** In document order (or reverse) below `node`: the first non-blank text, image or line break ('inline'), or block ('block'). */
function edge(node: Node, fromEnd: boolean): Edge {
  for (let child = fromEnd ? node.lastChild : node.firstChild; child; child = fromEnd ? child.previousSibling : child.nextSibling) {
    if (child.nodeType === 3) {
      if (child.nodeValue?.trim()) return 'inline';
    } else if (child.nodeType !== 1) continue;
    else if (isBlock(child)) return 'block';
    else if (!child.firstChild) {
      // Of the empty elements only images and line breaks write something; `<input>`, `<meta>`, … do not.
      if (child.nodeName === 'IMG' || child.nodeName === 'BR') return 'inline';
    }
    else {
      const found = edge(child, fromEnd);
      if (found) return found;
    }
  }
  return null;
}

/** Whether the content of `node` begins with a block (a heading in a link, a `<pre>` in a `<span>`). */
export function startsWithBlock(node: Node): boolean {
  return edge(node, false) === 'block';
}

/** Whether the content of `node` ends with a block. */
export function endsWithBlock(node: Node): boolean {
  return edge(node, true) === 'block';
}

/** Whether any element below `node` is a block. */
export function containsBlock(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1 && (isBlock(child) || containsBlock(child))) return true;
  return false;
}

import type { Page } from 'playwright-core';

interface CdpNode {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function find(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The text of the open tooltip, read through the DevTools protocol, which sees inside closed
 * shadow roots (the page cannot). Empty when no tooltip is open.
 */
export async function tooltipText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const tooltip = find(root, (n) => {
      const a = n.attributes ?? [];
      return a.some((v, i) => i % 2 === 0 && v === 'role' && a[i + 1] === 'tooltip');
    });
    return tooltip ? textOf(tooltip).replace(/\s+/g, ' ').trim() : '';
  } finally {
    await cdp.detach();
  }
}

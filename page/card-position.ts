import { computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { CardAnchor } from './card-host.ts';

/**
 * The card is fixed to the viewport, so the viewport is what it must fit in: no clipping ancestors
 * (finding them reads the computed style of every ancestor of the mention, on every placement).
 */
const VIEWPORT_ONLY: Element[] = [];

/** Floating UI's view of the mention: its boxes, and the element it sits in. */
export function referenceFor(anchor: CardAnchor): VirtualElement {
  const contextElement = contextOf(anchor);
  return {
    getBoundingClientRect: () => anchor.getBoundingClientRect(),
    getClientRects: () => anchor.getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}

/**
 * Where the card's frame goes: below the mention (above when there is no room), on the line the
 * pointer is on, inside the viewport; its card's height is capped to the room left. `gone`: the
 * mention has no box any more, or is out of view.
 */
export async function placeBeside(ref: VirtualElement, frame: HTMLElement, pointer?: { x: number; y: number }): Promise<{ x: number; y: number; gone: boolean }> {
  const { x, y, middlewareData } = await computePosition(ref, frame, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(pointer),
      offset(8),
      flip({ padding: 8, fallbackStrategy: 'bestFit', boundary: VIEWPORT_ONLY }),
      shift({ padding: 8, boundary: VIEWPORT_ONLY }),
      size({
        padding: 8,
        boundary: VIEWPORT_ONLY,
        apply({ availableHeight }) {
          // on the card itself, not an inherited custom property on the frame: changing that
          // restyles every element of the card
          setStyle(frame.querySelector<HTMLElement>('.card'), 'max-block-size', `${Math.min(480, Math.max(160, Math.floor(availableHeight)))}px`);
        },
      }),
      hide({ boundary: VIEWPORT_ONLY }),
    ],
  });
  const box = ref.getBoundingClientRect();
  return { x, y, gone: middlewareData.hide?.referenceHidden === true || (box.width === 0 && box.height === 0) };
}

/** Writes a style property only when it changes (each write costs a style pass). */
export function setStyle(el: HTMLElement | null, property: string, value: string): void {
  if (el && el.style.getPropertyValue(property) !== value) el.style.setProperty(property, value);
}

function contextOf(anchor: CardAnchor): Element | undefined {
  const r = anchor as Partial<Range>;
  const node = r.commonAncestorContainer;
  if (!node) return undefined;
  return node.nodeType === 1 ? (node as Element) : (node.parentElement ?? undefined);
}

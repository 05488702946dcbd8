import { browser, type Browser } from 'wxt/browser';
import { parseRequest, type Request, type RequestType, type Responses } from '@/core/protocol.ts';

type Sender = Browser.runtime.MessageSender;
export type Handlers = {
  [K in RequestType]?: (request: Extract<Request, { type: K }>, sender: Sender) => Responses[K] | Promise<Responses[K]>;
};

/** Sends a request to the background (or any extension page listening). */
export function sendToExtension<R extends Request>(request: R): Promise<Responses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<Responses[R['type']]>;
}

/** Sends a request to the content script of a tab (top frame only). */
export function sendToTab<R extends Request>(tabId: number, request: R): Promise<Responses[R['type']]> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<Responses[R['type']]>;
}

/**
 * Listens for requests. Each message is validated on receipt; a malformed or unknown message, or
 * one from another extension, is ignored with a debug line and never reaches a handler.
 */
export function onRequests(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) {
      console.debug('[aleppo-context] refused a message from another extension or page');
      return false;
    }
    const parsed = parseRequest(message);
    if (!parsed.ok) {
      console.debug(`[aleppo-context] ${parsed.reason}`);
      return false;
    }
    const handler = handlers[parsed.request.type] as ((r: Request, s: Sender) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(parsed.request, sender))
      .then(sendResponse, (e: unknown) => {
        console.debug('[aleppo-context] handler failed', e);
        sendResponse(undefined);
      });
    return true; // the response is sent asynchronously
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

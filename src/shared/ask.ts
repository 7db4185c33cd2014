import browser from './browser';
import type { Protocol, Reply, RequestArgs, RequestType } from './messages';

/** Asks the background; resolves with its answer or rejects with its error message. */
export async function ask<K extends RequestType>(type: K, args: RequestArgs<K>): Promise<ReturnType<Protocol[K]>> {
  const reply = (await browser.runtime.sendMessage({ type, args }).catch(explainLostAnswer)) as Reply<ReturnType<Protocol[K]>> | undefined;
  if (!reply) throw new Error('Keepmark’s background did not answer. Reload the extension and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The browser stopped the background (or reloaded Keepmark) while it was working on the request. */
function explainLostAnswer(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (/message channel closed|message port closed|Receiving end does not exist|Extension context invalidated/i.test(message))
    throw new Error('Keepmark stopped before it could answer. Nothing is ever half-saved: the library below shows what was saved; try again if this page is missing.');
  throw error;
}

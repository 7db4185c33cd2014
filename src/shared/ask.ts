import browser from './browser';
import type { Protocol, Reply, RequestArgs, RequestType } from './messages';

/** Asks the background; resolves with its answer or rejects with its error message. */
export async function ask<K extends RequestType>(type: K, args: RequestArgs<K>): Promise<ReturnType<Protocol[K]>> {
  const reply = (await browser.runtime.sendMessage({ type, args })) as Reply<ReturnType<Protocol[K]>> | undefined;
  if (!reply) throw new Error('Keepmark’s background did not answer. Reload the extension and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

import type { SiteAdapter } from './types';
import { csdn } from './csdn';

/** Every site adapter, tried in order; the first whose `matches` accepts the URL wins. */
export const adapters: SiteAdapter[] = [csdn];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(url));
}

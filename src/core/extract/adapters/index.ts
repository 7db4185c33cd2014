import type { SiteAdapter } from './types';
import { csdn } from './csdn';
import { zhihu } from './zhihu';
import { juejin } from './juejin';
import { wechat } from './wechat';
import { cnblogs } from './cnblogs';
import { jianshu } from './jianshu';
import { medium } from './medium';
import { substack } from './substack';
import { devto } from './devto';
import { github } from './github';
import { stackoverflow } from './stackoverflow';
import { wikipedia } from './wikipedia';
import { reddit } from './reddit';

/** Every site adapter, tried in order; the first whose `matches` accepts the URL wins. */
export const adapters: SiteAdapter[] = [
  csdn,
  zhihu,
  juejin,
  wechat,
  cnblogs,
  jianshu,
  medium,
  substack,
  devto,
  github,
  stackoverflow,
  wikipedia,
  reddit,
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(url));
}

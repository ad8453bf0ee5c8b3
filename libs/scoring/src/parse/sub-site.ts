import type { IssueLocation } from '../model/issue.types';
import { childPointer } from './child-pointer';
import type { Site } from './site';

/** The site of a member (`key`) of the value at `site`, optionally naming its node/unit/leaf (detailed sites only). */
export function subSite(
  site: Site,
  key: string | number,
  names?: Pick<IssueLocation, 'node' | 'unit' | 'leaf'>,
): Site {
  if (!site.detailed) return site;
  return { ...site, ...names, path: childPointer(site.path ?? '', key) };
}

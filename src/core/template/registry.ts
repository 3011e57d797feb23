// The templates that ship inside the product (bundled JSON), validated once on first use.
import digitalMarketingStrategy from '../../../templates/digital-marketing-strategy.json';
import socialMediaContent from '../../../templates/social-media-content.json';
import smallBusinessTasks from '../../../templates/small-business-tasks.json';
import { parseTemplate } from './parse';
import type { Template } from './schema';

const BUNDLED: [string, unknown][] = [
  ['templates/digital-marketing-strategy.json', digitalMarketingStrategy],
  ['templates/social-media-content.json', socialMediaContent],
  ['templates/small-business-tasks.json', smallBusinessTasks],
];

let cache: Template[] | undefined;

export function listTemplates(): Template[] {
  cache ??= BUNDLED.map(([file, json]) => parseTemplate(json, file));
  return cache;
}

export function findTemplate(id: string): Template | undefined {
  return listTemplates().find((t) => t.id === id);
}

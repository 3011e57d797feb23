// Validates a template (bundled or the user's own file) and reports each problem by its field path.
import { InputError } from '../errors';
import { Template } from './schema';

/** `sections[0].steps[3].recurrence.kind` from zod's path array. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

export function parseTemplate(json: unknown, sourceName: string): Template {
  const result = Template.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 10).map((issue) => `  ${fieldPath(issue.path) || '(top level)'}: `
    + `${issue.message}`);
  const more = result.error.issues.length > 10 ? `\n  … and ${result.error.issues.length - 10} more` : '';
  throw new InputError(`not a valid KPI Planner template:\n${problems.join('\n')}${more}`, sourceName);
}

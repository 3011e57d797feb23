// --template: a built-in template by id, or a template .json file read, parsed and validated with clear errors.
import path from 'node:path';
import { InputError, showValue } from '../core/errors';
import type { Template } from '../core/template/schema';
import { findTemplate, listTemplates } from '../core/template/registry';
import { parseTemplate } from '../core/template/parse';
import { findJsonProblem } from '../core/template/json-error';
import { readTextFile } from './read-text-file';

/** A path (has a separator or ends in .json) is read and validated; otherwise it is a built-in id. */
export async function loadTemplate(arg: string, cwd: string): Promise<Template> {
  if (arg.endsWith('.json') || arg.includes('/') || arg.includes('\\')) {
    const file = path.resolve(cwd, arg);
    const text = await readTextFile(arg, '--template', cwd);
    const name = showValue(path.basename(file), false);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Node's message gives no line and column (and not always a position): find them ourselves.
      const problem = findJsonProblem(text);
      const where = problem ? `${name}:${problem.line}:${problem.column}` : name;
      throw new InputError(`not valid JSON: ${problem ? problem.message : 'the file cannot be read as JSON'}`, where);
    }
    return parseTemplate(json, name);
  }
  const template = findTemplate(arg);
  if (!template) {
    const ids = listTemplates().map((t) => t.id).join(', ');
    throw new InputError(
      `unknown template ${showValue(arg)}; built-in templates: ${ids} (or pass a template .json file)`,
    );
  }
  return template;
}

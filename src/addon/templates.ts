// The bundled templates as the add-on offers them, and the manager-facing error for an unknown id.
import { InputError } from '../core/errors';
import { findTemplate, listTemplates } from '../core/template/registry';
import type { Language, Template } from '../core/template/schema';
import type { TemplateInfo } from './api';
import { messages } from './messages';

export function templateInfos(): TemplateInfo[] {
  return listTemplates().map((t) => ({
    id: t.id, language: t.language, title: { ...t.title },
    rounds: t.admissionRounds.map((r) => ({ id: r.id, name: { ...r.name } })),
  }));
}

export function requireTemplate(id: string, lang: Language): Template {
  const template = findTemplate(id);
  if (!template) throw new InputError(messages(lang).unknownTemplate(id, listTemplates().map((t) => t.id)), 'template');
  return template;
}

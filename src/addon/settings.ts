// What the add-on remembers in the document's properties: the sidebar's settings (runs live in the sheets' tags).
import { SettingsSchema, type Settings } from './api';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';

const SETTINGS_KEY = 'kpi-planner.settings';

export function loadSettings(services: Services, all = readAll(services.documentProperties())): Settings {
  const parsed = SettingsSchema.safeParse(readJson(all, SETTINGS_KEY));
  // Stored settings that no longer validate (an older version) count as none rather than breaking the sidebar.
  return parsed.success ? parsed.data : {};
}

export function saveSettings(services: Services, patch: Settings): Settings {
  const store = services.documentProperties();
  const all = readAll(store);
  const merged: Settings = { ...loadSettings(services, all), ...patch };
  writeJsonMakingRoom(store, all, SETTINGS_KEY, merged);
  return merged;
}

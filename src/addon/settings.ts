// What the add-on remembers of the sidebar's settings: the document's (template, languages, GA4, profile) in its
// properties, and which groups a person keeps open in their own user properties (runs live in the sheets' tags).
import { SettingsSchema, type Settings } from './api';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';
import { userAll } from './user-store';

const SETTINGS_KEY = 'kpi-planner.settings';
/** One editor folding "Numbers" away should not fold it for the others, so this is the user's, not the document's. */
const OPEN_KEY = 'kpi-planner.sidebar-open';

export function loadSettings(services: Services, all = readAll(services.documentProperties())): Settings {
  const parsed = SettingsSchema.safeParse(readJson(all, SETTINGS_KEY));
  // Stored settings that no longer validate (an older version) count as none rather than breaking the sidebar.
  return parsed.success ? parsed.data : {};
}

/** The sections this user keeps open, if they ever chose (else the sidebar's defaults). */
export function loadOpenSections(services: Services): Pick<Settings, 'open'> {
  const parsed = SettingsSchema.shape.open.safeParse(readJson(userAll(services), OPEN_KEY));
  return parsed.success && parsed.data ? { open: parsed.data } : {};
}

export function saveSettings(services: Services, patch: Settings): Settings {
  const { open, ...shared } = patch;
  // Without user properties (an unusual auth mode) the choice simply lasts as long as the sidebar.
  if (open) services.userProperties()?.setProperties({ [OPEN_KEY]: JSON.stringify(open) });
  const store = services.documentProperties();
  const all = readAll(store);
  const merged: Settings = { ...loadSettings(services, all), ...shared };
  if (Object.keys(shared).length) writeJsonMakingRoom(store, all, SETTINGS_KEY, merged);
  return open ? { ...merged, open } : merged;
}

/**
 * 0080-vocabulary-and-phases: a workshop keeps its own lists of teams and channels, and a
 * touchpoint, blueprint item, action or persona stores the name it uses rather than a fixed key
 * (shared/domain/vocabulary.ts); a stage may belong to a named phase. Rows written before keep
 * their meaning: each old key becomes the name it was shown as, and each workshop's lists start
 * as the old fixed lists, so nothing the user saw changes.
 */
import type { Database } from 'better-sqlite3';

// The names the old keys were shown with, frozen here as they were when this migration was written.
const TEAMS: Record<string, string> = {
  marketing: 'Marketing',
  sales: 'Sales',
  product: 'Product',
  service: 'Service & support',
  billing: 'Billing',
  onboarding: 'Onboarding',
  other: 'Other',
};
const CHANNELS: Record<string, string> = {
  web: 'Website',
  app: 'App',
  email: 'Email',
  phone: 'Phone',
  chat: 'Chat',
  in_person: 'In person',
  social: 'Social media',
  mail: 'Post',
  other: 'Other',
};

function caseOf(column: string, names: Record<string, string>): string {
  const whens = Object.entries(names).map(([key, name]) => `WHEN '${key}' THEN '${name.replace(/'/g, "''")}'`);
  return `CASE ${column} ${whens.join(' ')} ELSE ${column} END`;
}

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE workshop ADD COLUMN teams TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE workshop ADD COLUMN channels TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE stage ADD COLUMN phase TEXT NOT NULL DEFAULT '';
    UPDATE touchpoint SET team = ${caseOf('team', TEAMS)}, channel = ${caseOf('channel', CHANNELS)};
    UPDATE blueprint_item SET team = coalesce(${caseOf('team', TEAMS)}, '');
    UPDATE action SET team = coalesce(${caseOf('team', TEAMS)}, '');
  `);
  const personas = db.prepare(`SELECT id, channels FROM persona`).all() as { id: string; channels: string }[];
  const setChannels = db.prepare(`UPDATE persona SET channels = ? WHERE id = ?`);
  for (const p of personas) {
    let list: unknown;
    try {
      list = JSON.parse(p.channels);
    } catch {
      continue;
    }
    if (Array.isArray(list)) setChannels.run(JSON.stringify(list.map((c) => (typeof c === 'string' && Object.hasOwn(CHANNELS, c) ? CHANNELS[c] : c))), p.id);
  }
  const setLists = db.prepare(`UPDATE workshop SET teams = ?, channels = ? WHERE id = ?`);
  const used = (sql: string, id: string) => (db.prepare(sql).all({ id }) as { v: string }[]).map((r) => r.v);
  for (const { id } of db.prepare(`SELECT id FROM workshop`).all() as { id: string }[]) {
    const teams = new Set(Object.values(TEAMS));
    for (const v of used(`SELECT team AS v FROM touchpoint WHERE workshop_id = @id UNION SELECT team FROM blueprint_item WHERE workshop_id = @id UNION SELECT team FROM action WHERE workshop_id = @id`, id)) if (v) teams.add(v);
    const channels = new Set(Object.values(CHANNELS));
    for (const v of used(`SELECT channel AS v FROM touchpoint WHERE workshop_id = @id`, id)) if (v) channels.add(v);
    setLists.run(JSON.stringify([...teams]), JSON.stringify([...channels]), id);
  }
}

/**
 * A child process for the crash-safety test: opens the library in the folder it is given, then
 * stores one participant per edit through the real handler table, printing "ack <id>" only after
 * the handler has returned (the moment the app would show "All changes saved"). It runs until killed.
 */
import { randomUUID } from 'node:crypto';
import { dispatch } from '../../electron/dispatch';
import { startLibrary } from '../../electron/library';
import { importWorker } from './import-worker';

const dataDir = process.argv[2]!;
const lib = startLibrary({ dataDir, shell: 'web', version: 'crash-test', importWorker });
const existing = lib.handlers.listWorkshops({ includeArchived: true });
const workshopId = existing[0]?.id ?? lib.handlers.createWorkshop({ title: 'Crash test' }).id;
process.stdout.write(`ready ${workshopId}\n`);

for (let n = 0; ; n++) {
  const id = randomUUID();
  const ops = [{ kind: 'create', entity: 'participant', id, values: { name: `Edit ${n}`, position: n } }];
  const r = dispatch(lib.handlers, 'applyOps', { workshopId, ops });
  if (r instanceof Promise || !r.ok) throw new Error('edit refused');
  process.stdout.write(`ack ${id}\n`);
}

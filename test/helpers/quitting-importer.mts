/**
 * For the import-isolation test: starts reading a file with the given reader script, then quits
 * (as the app would) while the reader is still busy.
 */
import { childReader, IMPORT_LIMITS } from '../../electron/db/workshop-file';

const [script, file] = process.argv.slice(2);
const read = childReader({ execArgv: [], script: script! }, { ...IMPORT_LIMITS, timeoutMs: 60_000 });
read(file!).catch(() => {});
setTimeout(() => process.exit(0), 1500);

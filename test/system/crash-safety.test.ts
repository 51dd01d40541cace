/**
 * Crash safety: a child process stores edits through the real handlers and acknowledges each;
 * the test kills it with SIGKILL at random moments, many times over the same library. After
 * every kill the database passes integrity_check and holds every edit that was acknowledged.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const KILLS = 20;

function runUntilKilled(dataDir: string, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/crash-writer.mts', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(line.slice(4));
        if (line.startsWith('ready') && !timer) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (errors += c.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself: ${errors}`));
      else resolve(acked);
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged edit and a sound database through ${KILLS} kills at random moments`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-crash-'));
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const acknowledged = new Set<string>();
    for (let i = 0; i < KILLS; i++) {
      const acked = await runUntilKilled(dataDir, 20 + Math.floor(random() * 300));
      acked.forEach((id) => acknowledged.add(id));
      const db = new Database(path.join(dataDir, 'touchpoint.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Set((db.prepare('SELECT id FROM participant').all() as { id: string }[]).map((r) => r.id));
        const lost = [...acknowledged].filter((id) => !stored.has(id));
        expect(lost, `kill ${i + 1}: acknowledged edits missing`).toEqual([]);
      } finally {
        db.close();
      }
    }
    expect(acknowledged.size).toBeGreaterThan(KILLS);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

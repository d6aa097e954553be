import { UsageError } from '../core/findings.js';
import type { CommandIO } from './io.js';
export async function runFix(_io: CommandIO, _opts: unknown): Promise<number> { throw new UsageError('fix: not built yet'); }

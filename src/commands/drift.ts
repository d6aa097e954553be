import { UsageError } from '../core/findings.js';
import type { CommandIO } from './io.js';
export async function runDrift(_io: CommandIO, _opts: unknown): Promise<number> { throw new UsageError('drift: not built yet'); }

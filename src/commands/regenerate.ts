import { UsageError } from '../core/findings.js';
import type { CommandIO } from './io.js';
export async function runRegenerate(_io: CommandIO, _opts: unknown): Promise<number> { throw new UsageError('regenerate: not built yet'); }

import { UsageError } from '../core/findings.js';
import type { CommandIO } from './io.js';
export function runInit(_io: CommandIO, _opts: unknown): number { throw new UsageError('init: not built yet'); }

/** The Action's entry point (dist/index.js): hand over to the orchestrator. */
import { runAction } from './action/main.js';

void runAction();

// Preloaded into a CLI run whose CPU time a test bounds (`runCli(…, { cpu: true })`): at exit, the process's own
// CPU time in ms goes to the file named by ARCHDOC_TEST_CPU_REPORT. CPU time, not wall time, so a busy machine
// does not fail the bound, while a pathological input that burns CPU still does.
import { writeFileSync } from 'node:fs';

const file = process.env.ARCHDOC_TEST_CPU_REPORT;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, String(Math.round((user + system) / 1000)));
  });
}

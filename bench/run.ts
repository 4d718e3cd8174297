import { parseArgs } from 'node:util';
import { BenchStage } from './stage';
import { laporanCliStage } from './stages/laporanCli';
import { mergeStage } from './stages/merge';
import { officeStage } from './stages/office';
import { pageStage } from './stages/page';
import { parseStage } from './stages/parse';
import { readerStage } from './stages/reader';
import { reportStage } from './stages/report';
import { statusStage } from './stages/status';
import { writeStage } from './stages/write';

/** npm run bench [-- --only parse] [--sizes 1000,10000,100000]: every stage, one after another. */
const STAGES: BenchStage[] = [parseStage, reportStage, laporanCliStage, pageStage, mergeStage, statusStage, writeStage, officeStage, readerStage];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string', default: '1000,10000,100000' } } });
  const sizes = values.sizes.split(',').map(Number);
  process.stdout.write(`Benchmark — node ${process.version}, ${new Date().toISOString()}\n`);
  for (const stage of STAGES) {
    if (values.only && values.only !== stage.name) continue;
    process.stdout.write(`\n## ${stage.title}\n`);
    await stage.run({ sizes });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});

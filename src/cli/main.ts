import { UnreadableFileError } from '../io/xlsx/unreadableFile';
import { CliUsageError } from './cliError';
import { CliIo, processIo } from './cliIo';
import { EXIT_HELP } from './exitCodes';

interface CommandModule {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** The command list. Each command's module loads only when it is called. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  periksa: { summary: 'periksa register: daftar kesalahan per sheet/baris/kolom', load: () => import('./commands/periksa') },
  status: { summary: 'status T setiap orang, dosis berikutnya, Kartu TT, Sertifikat IDL', load: () => import('./commands/status') },
  jadwal: { summary: 'daftar jatuh tempo dan terlambat bulan ini per kelurahan', load: () => import('./commands/jadwal') },
  laporan: { summary: 'laporan bulanan: Laporan Imunisasi, PWS + grafik, vaksin, BIAS, Data Laporan; --pdf: versi cetak', load: () => import('./commands/laporan') },
  gabung: { summary: 'gabungkan laporan bulanan puskesmas menjadi laporan kabupaten/kota (Dinkes)', load: () => import('./commands/gabung') },
};

const ALIASES: Record<string, string> = { validate: 'periksa' };

function help(): string {
  return [
    'imunisasi — register dan laporan imunisasi puskesmas',
    '',
    'Perintah:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    ...EXIT_HELP,
    '',
    'Contoh: imunisasi periksa templates/contoh-puskesmas.xlsx',
  ].join('\n');
}

/**
 * Runs one command and returns its exit code. User-facing stops (bad arguments, unreadable
 * file) print one line and exit 2; anything else is a bug and prints its stack.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[ALIASES[name] ?? name];
  if (!command) {
    io.err(`Perintah "${name}" tidak dikenal.\n\n${help()}`);
    return 2;
  }
  try {
    // Files are deflated by Node's zlib, not JSZip's JavaScript port of it.
    (await import('../io/xlsx/opc/nativeDeflate')).useNativeDeflate();
    const module = await command.load();
    return await module.run(args, io);
  } catch (error) {
    if (error instanceof UnreadableFileError || error instanceof CliUsageError) {
      io.err(error.message);
      return error instanceof CliUsageError ? error.exitCode : 2;
    }
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      // node:util parseArgs speaks English; name the argument and the command's usage instead.
      const argument = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
      io.err(`Argumen tidak dikenal atau tidak lengkap: ${argument}. Pemakaian: ${(await command.load()).usage}`);
      return 2;
    }
    io.err(`Kesalahan internal (mohon laporkan ke tim pengembang):\n${error instanceof Error ? error.stack : String(error)}`);
    return 3;
  }
}

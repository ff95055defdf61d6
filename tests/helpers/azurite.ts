import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, waitForPort } from './free-port.js';
import { stopChild, tail } from './child-process.js';

const AZURITE_BLOB = fileURLToPath(new URL('../../node_modules/azurite/dist/src/blob/main.js', import.meta.url));

/** Azurite's well-known development account (public, documented; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  port: number;
  connectionString: string;
  /** Stops the emulator (SIGTERM); with `location`, what it stored survives a start(). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  output(): string;
}

/**
 * Azurite's blob service on 127.0.0.1 and a free port: in memory, or on disk under `location` (so a restart keeps
 * the data, as a real account would).
 */
export async function startAzurite(options: { location?: string } = {}): Promise<Azurite> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let output = (): string => '';
  const persistence = options.location ? ['--location', options.location] : ['--inMemoryPersistence'];
  const start = async (): Promise<void> => {
    child = spawn(
      process.execPath,
      [
        AZURITE_BLOB,
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        String(port),
        ...persistence,
        '--loose',
        '--skipApiVersionCheck',
        '--disableTelemetry',
        '--silent',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    output = tail(child);
    await waitForPort(port);
  };
  await start();
  return {
    port,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    start,
    stop: async () => {
      if (child) await stopChild(child);
    },
    output: () => output(),
  };
}

import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '@app/platform';

/**
 * Reads a secret file from the data directory, creating it on first use. Several processes (API,
 * projector, token CLI) may start together: the file is written under a temporary name and linked
 * into place, so every process ends up with the same secret and nobody reads a half-written file.
 * Files are 0600 in a 0700 directory; a file others can read is refused rather than used.
 */
export async function readOrCreateSecretFile(file: string, create: () => Promise<string> | string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    return await readChecked(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, await create(), { mode: 0o600, flag: 'wx' });
  await chmod(temporary, 0o600);
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  return readChecked(file);
}

async function readChecked(file: string): Promise<string> {
  const info = await stat(file);
  if ((info.mode & 0o077) !== 0) {
    throw new ConfigError(`${file} can be read by other users; run \`chmod 600 ${file}\``);
  }
  return (await readFile(file, 'utf8')).trim();
}

export const randomBase64 = (bytes: number) => randomBytes(bytes).toString('base64');

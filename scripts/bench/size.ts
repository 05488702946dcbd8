// Size: the content script as shipped (the production build), raw and compressed with node:zlib.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT } from './build.ts';
import { table } from './stats.ts';

export interface SizeResult {
  file: string;
  raw: number;
  gzip: number;
  gzip9: number;
  brotli: number;
}

export function measureSize(extensionDir: string): SizeResult {
  const buf = readFileSync(path.join(extensionDir, CONTENT_SCRIPT));
  return {
    file: CONTENT_SCRIPT,
    raw: buf.length,
    gzip: gzipSync(buf).length,
    gzip9: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function sizeTable(s: SizeResult): string {
  return table(['file', 'raw', 'gzip (default level 6)', 'gzip -9', 'brotli -11'], [[s.file, kb(s.raw), kb(s.gzip), kb(s.gzip9), kb(s.brotli)]]);
}

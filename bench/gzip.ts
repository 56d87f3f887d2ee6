import { gzipSync } from 'node:zlib';

/** Size in bytes of the data gzip-compressed at zlib's default level (what a typical server sends). */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data).length;
}

// Builds the 'hex' of every golden vector from its protobuf text with Google's
// reference compiler (protoc --encode), so the vectors do not depend on our own
// encoder. --check compares instead of writing (CI runs it; needs protoc).
//   text → protoc bytes → + MAC (when 'secret' and not "sign": false) → + appendHex
//        → minus 'truncate' bytes → last byte flipped ('flipLastByte')
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const file = join(root, 'vectors/uplink.json');
const doc = JSON.parse(readFileSync(file, 'utf8'));

function protocEncode(text) {
  return execFileSync('protoc', ['--encode=watchpost.v1.Uplink', '-I', join(root, 'proto'), 'watchpost/v1/uplink.proto'], { input: text });
}

function build(v) {
  let bytes = protocEncode(v.text);
  if (v.secret && v.sign !== false) {
    const deviceId = v.topic.split('/')[3];
    const key = createHmac('sha256', v.secret).update(`wp/v1/mac/${deviceId}`).digest();
    const mac = createHmac('sha256', key).update(bytes).digest().subarray(0, 8);
    bytes = Buffer.concat([bytes, Buffer.from([0x7a, 0x08]), mac]);
  }
  if (v.appendHex) bytes = Buffer.concat([bytes, Buffer.from(v.appendHex, 'hex')]);
  if (v.truncate) bytes = bytes.subarray(0, bytes.length - v.truncate);
  if (v.flipLastByte) bytes[bytes.length - 1] ^= 0x01;
  return bytes.toString('hex');
}

let stale = 0;
for (const v of [...doc.valid, ...doc.invalid]) {
  if (v.text === undefined) continue; // a literal-hex vector
  const hex = build(v);
  if (v.hex !== hex) {
    stale++;
    if (check) console.error(`vector '${v.name}': hex ${v.hex} but protoc gives ${hex}`);
    v.hex = hex;
  }
}
if (check) {
  if (stale) process.exit(1);
  console.log(`all ${doc.valid.length + doc.invalid.length} vectors agree with protoc`);
} else {
  // keep 'hex' right after 'text' for readers
  const ordered = (v) =>
    Object.fromEntries(
      Object.entries(v).flatMap(([k, x]) =>
        k === 'hex' && v.text !== undefined
          ? []
          : k === 'text'
            ? [
                [k, x],
                ['hex', v.hex],
              ]
            : [[k, x]],
      ),
    );
  doc.valid = doc.valid.map(ordered);
  doc.invalid = doc.invalid.map(ordered);
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  console.log(`wrote ${stale} vector(s)`);
}

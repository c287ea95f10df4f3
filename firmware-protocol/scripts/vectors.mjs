// Builds the 'hex' of every golden vector (uplinks and downlinks) from its
// protobuf text with Google's reference compiler (protoc --encode), so the
// vectors do not depend on our own encoder. --check compares instead of
// writing (CI runs it; needs protoc).
//   text → protoc bytes → + MAC (when 'secret' and not "sign": false) → + appendHex
//        → minus 'truncate' bytes → last byte flipped ('flipLastByte')
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const FILES = [
  { file: join(root, 'vectors/uplink.json'), message: 'Uplink', proto: 'watchpost/v1/uplink.proto' },
  { file: join(root, 'vectors/downlink.json'), message: 'Downlink', proto: 'watchpost/v1/downlink.proto' },
];

function protocEncode(text, { message, proto }) {
  return execFileSync('protoc', [`--encode=watchpost.v1.${message}`, '-I', join(root, 'proto'), proto], { input: text });
}

function build(v, kind) {
  let bytes = protocEncode(v.text, kind);
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
let total = 0;
for (const kind of FILES) {
  const doc = JSON.parse(readFileSync(kind.file, 'utf8'));
  doc.invalid ??= [];
  for (const v of [...doc.valid, ...doc.invalid]) {
    total++;
    if (v.text === undefined) continue; // a literal-hex vector
    const hex = build(v, kind);
    if (v.hex !== hex) {
      stale++;
      if (check) console.error(`vector '${v.name}': hex ${v.hex} but protoc gives ${hex}`);
      v.hex = hex;
    }
  }
  if (!check) write(kind.file, doc);
}
if (check) {
  if (stale) process.exit(1);
  console.log(`all ${total} vectors agree with protoc`);
} else {
  console.log(`wrote ${stale} vector(s)`);
}

function write(file, doc) {
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
  if (doc.invalid.length === 0) delete doc.invalid;
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
}

/**
 * Printable alarm-coordinate labels: the code large, its QR code (which
 * reads as the code itself, so any phone's camera shows it), what it is
 * printed on, and a line telling the caller to read it out, in both
 * languages. An HTML page sized for A4 sheets of labels, and each code's QR
 * code alone as SVG or PNG (qrcode).
 */
import QRCode from 'qrcode';
import type { Labelled } from './service.js';
import { say } from '../texts.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Error correction M: a label in the street gets scratched. */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 1 } as const;

export function qrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { ...QR_OPTIONS, type: 'svg' });
}

export function qrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(code, { ...QR_OPTIONS, type: 'png', width: 512 });
}

export async function labelsPage(labels: readonly Labelled[], jurisdictionNames: ReadonlyMap<string, string>): Promise<string> {
  const cells = await Promise.all(
    labels.map(async (l) => {
      const where = l.device.jurisdictions.map((j) => jurisdictionNames.get(j) ?? j);
      const what = l.target === 'camera' ? `${say('zh-CN', 'labelCamera')} · ${say('en', 'labelCamera')}` : `${say('zh-CN', 'labelPillar')} · ${say('en', 'labelPillar')}`;
      return `<section class="label">
  <div class="qr">${await qrSvg(l.code)}</div>
  <div class="text">
    <p class="title">${escape(say('zh-CN', 'labelTitle'))} <span lang="en">${escape(say('en', 'labelTitle'))}</span></p>
    <p class="code" translate="no">${escape(l.code)}</p>
    <p class="hint">${escape(say('zh-CN', 'labelHint'))}<br><span lang="en">${escape(say('en', 'labelHint'))}</span></p>
    <p class="what">${escape(what)} · <span translate="no">${escape(l.device.id)}</span>${l.device.name ? ` · ${escape(l.device.name)}` : ''}</p>
    <p class="where">${escape(where.slice(0, 3).join(' / '))}</p>
  </div>
</section>`;
    }),
  );
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(say('zh-CN', 'labelTitle'))} · ${escape(say('en', 'labelTitle'))} (${labels.length})</title>
<style>
  @page { size: A4; margin: 10mm; }
  body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; }
  main { display: grid; grid-template-columns: repeat(2, 1fr); gap: 4mm; }
  .label { display: flex; gap: 3mm; border: 0.3mm dashed #999; padding: 3mm; break-inside: avoid; height: 50mm; box-sizing: border-box; }
  .qr svg { width: 40mm; height: 40mm; }
  .text p { margin: 0 0 1.5mm; }
  .title { font-size: 11pt; font-weight: bold; }
  .code { font-size: 26pt; font-weight: bold; letter-spacing: 1mm; font-family: "DejaVu Sans Mono", monospace; }
  .hint, .what, .where { font-size: 8pt; }
  .empty { font-size: 12pt; }
</style>
</head>
<body>
<main>
${cells.join('\n') || `<p class="empty">${escape(say('zh-CN', 'labelNone'))} · ${escape(say('en', 'labelNone'))}</p>`}
</main>
</body>
</html>
`;
}

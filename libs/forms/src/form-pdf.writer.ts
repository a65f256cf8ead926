import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { FormDefinition } from './form-name';
import { vietnameseLongDate } from './vietnamese-format';

/**
 * DejaVu Sans covers every Vietnamese letter; PDFKit embeds the subset each form uses.
 * The regular face is the document's default font, so it is named by its path.
 */
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = 'DejaVuSans-Bold';

let boldFont: Buffer | undefined;

function loadBold(): Buffer {
  boldFont ??= readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
  return boldFont;
}

export type PageSize = 'A5' | 'A4';

export interface FormPdfOptions {
  size: PageSize;
  form: FormDefinition;
  agencyName: string;
  /** The unit under the agency in the top-left block, e.g. the one-stop desk. */
  unit?: string;
  dossierCode: string;
  /** The date printed under the national motto. */
  issuedAt: Date;
}

export interface SignatureBlock {
  title: string;
  name: string;
  caption?: string;
}

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

const BODY_SIZE: Record<PageSize, number> = { A5: 9, A4: 10 };
const MARGINS: Record<PageSize, { top: number; bottom: number; left: number; right: number }> = {
  A5: { top: 28, bottom: 28, left: 36, right: 28 },
  A4: { top: 40, bottom: 40, left: 56, right: 40 },
};
const CELL_PADDING = 3;

/**
 * Layout of a Circular 01/2018 form on PDFKit: the national header, title, labelled lines,
 * numbered lists, tables and signature blocks, always in DejaVu Sans so diacritics print.
 */
export class FormPdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly bodySize: number;

  constructor(private readonly options: FormPdfOptions) {
    this.bodySize = BODY_SIZE[options.size];
    this.doc = new PDFDocument({
      size: options.size,
      margins: MARGINS[options.size],
      font: REGULAR,
      lang: 'vi-VN',
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: `${options.form.title} — ${options.dossierCode}`,
        Subject: `Mẫu số ${options.form.number}, Thông tư 01/2018/TT-VPCP`,
        Author: options.agencyName,
        Creator: 'motcua',
      },
    });
    this.doc.registerFont(BOLD, loadBold());
    this.doc.font(REGULAR, this.bodySize);
    this.header();
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** "Mẫu số 0x", agency block, national motto, date line, title and dossier code. */
  private header(): void {
    const { doc, options } = this;
    const small = this.bodySize - 1;
    doc
      .font(REGULAR, small - 0.5)
      .text(`Mẫu số ${options.form.number}`, this.left, doc.page.margins.top, {
        width: this.width,
        align: 'right',
      });

    const top = doc.y + 2;
    const leftWidth = this.width * 0.42;
    const rightX = this.left + leftWidth + 6;
    const rightWidth = this.width - leftWidth - 6;

    doc.font(REGULAR, small).text(options.agencyName.toUpperCase(), this.left, top, {
      width: leftWidth,
      align: 'center',
    });
    if (options.unit) {
      doc.font(BOLD, small).text(options.unit.toUpperCase(), this.left, doc.y, {
        width: leftWidth,
        align: 'center',
      });
    }
    const leftBottom = doc.y;
    this.rule(this.left + leftWidth / 2, leftBottom + 3, leftWidth / 3);

    const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    doc.font(BOLD, this.fitSize(motto, BOLD, small, rightWidth));
    doc.text(motto, rightX, top, { width: rightWidth, align: 'center' });
    const independence = 'Độc lập - Tự do - Hạnh phúc';
    doc.font(BOLD, small + 0.5).text(independence, rightX, doc.y, {
      width: rightWidth,
      align: 'center',
    });
    const rightBottom = doc.y;
    this.rule(rightX + rightWidth / 2, rightBottom + 3, doc.widthOfString(independence));

    doc.font(REGULAR, small).text(vietnameseLongDate(options.issuedAt), rightX, rightBottom + 8, {
      width: rightWidth,
      align: 'center',
    });

    doc.y = Math.max(doc.y, leftBottom + 8) + 10;
    doc.font(BOLD, this.bodySize + 3).text(options.form.title.toUpperCase(), this.left, doc.y, {
      width: this.width,
      align: 'center',
    });
    doc.moveDown(0.3);
    doc.font(REGULAR, this.bodySize);
    doc.x = this.left;
  }

  /** Largest size up to `max` at which `text` fits on one line of `width`. */
  private fitSize(text: string, font: string, max: number, width: number): number {
    let size = max;
    this.doc.font(font, size);
    while (size > 5 && this.doc.widthOfString(text) > width) {
      size -= 0.25;
      this.doc.font(font, size);
    }
    return size;
  }

  private rule(centerX: number, y: number, length: number): void {
    this.doc
      .moveTo(centerX - length / 2, y)
      .lineTo(centerX + length / 2, y)
      .lineWidth(0.6)
      .stroke();
  }

  /** A centred bold line under the title (the dossier code). */
  subtitle(text: string): this {
    this.doc
      .font(BOLD, this.bodySize + 1)
      .text(text, this.left, this.doc.y, { width: this.width, align: 'center' });
    this.doc.font(REGULAR, this.bodySize).moveDown(0.6);
    return this;
  }

  /** `label: value`, the value in bold; nothing when the value is missing. */
  field(label: string, value: string | null | undefined): this {
    if (value === null || value === undefined || value === '') return this;
    return this.line(`${label}: `, { bold: value });
  }

  /** One paragraph of plain and bold pieces: `line('Hẹn trả kết quả vào ngày ', { bold: d })`. */
  line(...segments: Array<string | { bold: string }>): this {
    this.ensureSpace(this.bodySize * 2);
    const { doc } = this;
    doc.x = this.left;
    segments.forEach((segment, i) => {
      const bold = typeof segment !== 'string';
      doc.font(bold ? BOLD : REGULAR, this.bodySize);
      const text = bold ? segment.bold : segment;
      const continued = i < segments.length - 1;
      if (i === 0) doc.text(text, this.left, doc.y, { width: this.width, continued });
      else doc.text(text, { continued });
    });
    doc.font(REGULAR, this.bodySize).moveDown(0.25);
    return this;
  }

  /** Text at the left margin; `sizeDelta` is added to the body size. */
  text(text: string, options: { bold?: boolean; sizeDelta?: number; width?: number } = {}): this {
    this.doc
      .font(options.bold ? BOLD : REGULAR, this.bodySize + (options.sizeDelta ?? 0))
      .text(text, this.left, this.doc.y, { width: options.width ?? this.width })
      .font(REGULAR, this.bodySize);
    return this;
  }

  paragraph(text: string, options: { bold?: boolean; align?: 'left' | 'justify' } = {}): this {
    this.ensureSpace(this.bodySize * 2);
    this.doc
      .font(options.bold ? BOLD : REGULAR, this.bodySize)
      .text(text, this.left, this.doc.y, { width: this.width, align: options.align ?? 'left' })
      .font(REGULAR);
    this.doc.moveDown(0.25);
    return this;
  }

  /** `1. …`, `2. …`, indented; `empty` when there are no items. */
  numbered(items: string[], empty = '(không có)'): this {
    const indent = 12;
    const lines = items.length ? items.map((item, i) => `${i + 1}. ${item}`) : [empty];
    for (const line of lines) {
      this.ensureSpace(this.bodySize * 2);
      this.doc.font(REGULAR, this.bodySize).text(line, this.left + indent, this.doc.y, {
        width: this.width - indent,
      });
      this.doc.moveDown(0.15);
    }
    this.doc.moveDown(0.1);
    this.doc.x = this.left;
    return this;
  }

  /**
   * Writes `draw` in the left part of the line and `png` on its right, then continues below
   * whichever is taller (the QR code beside the dossier code on the receipt).
   */
  besideImage(png: Buffer, size: number, draw: (width: number) => void, caption?: string): this {
    const top = this.doc.y;
    const imageX = this.left + this.width - size;
    this.doc.image(png, imageX, top, { width: size, height: size });
    if (caption) {
      this.doc
        .font(REGULAR, this.bodySize - 2.5)
        .text(caption, imageX - 10, top + size, { width: size + 20, align: 'center' });
    }
    const imageBottom = this.doc.y;
    this.doc.y = top;
    this.doc.x = this.left;
    draw(this.width - size - 8);
    this.doc.font(REGULAR, this.bodySize);
    this.doc.y = Math.max(this.doc.y, imageBottom, top + size) + 4;
    this.doc.x = this.left;
    return this;
  }

  /** A bordered table; the header row is repeated on each new page. */
  table(columns: TableColumn[], rows: string[][]): this {
    const { doc } = this;
    const size = this.bodySize - 1;
    const scale = this.width / columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => c.width * scale);

    const heightOf = (cells: string[], font: string) => {
      doc.font(font, size);
      return (
        Math.max(
          ...cells.map((cell, i) =>
            doc.heightOfString(cell || ' ', { width: widths[i] - 2 * CELL_PADDING }),
          ),
        ) +
        2 * CELL_PADDING
      );
    };
    const drawRow = (cells: string[], font: string, height: number, shaded: boolean) => {
      let x = this.left;
      const y = doc.y;
      cells.forEach((cell, i) => {
        if (shaded) doc.rect(x, y, widths[i], height).fillAndStroke('#eeeeee', '#000000');
        else doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke();
        doc
          .fillColor('#000000')
          .font(font, size)
          .text(cell, x + CELL_PADDING, y + CELL_PADDING, {
            width: widths[i] - 2 * CELL_PADDING,
            align: columns[i].align ?? 'left',
          });
        x += widths[i];
      });
      doc.y = y + height;
    };

    const headers = columns.map((c) => c.header);
    const headerHeight = heightOf(headers, BOLD);
    this.ensureSpace(headerHeight * 2);
    drawRow(headers, BOLD, headerHeight, true);
    for (const row of rows) {
      const height = heightOf(row, REGULAR);
      if (doc.y + height > this.bottom) {
        doc.addPage();
        drawRow(headers, BOLD, headerHeight, true);
      }
      drawRow(row, REGULAR, height, false);
    }
    doc.font(REGULAR, this.bodySize).moveDown(0.6);
    doc.x = this.left;
    return this;
  }

  /**
   * Signature blocks side by side: title, caption, room to sign, then the name. A single
   * block takes the right half, as on administrative documents.
   */
  signatures(blocks: SignatureBlock[]): this {
    const { doc } = this;
    const gap = 60;
    const needed = this.bodySize * 4 + gap;
    this.ensureSpace(needed);
    doc.moveDown(0.6);
    const top = doc.y;
    const columns = Math.max(blocks.length, 2);
    const width = this.width / columns;
    blocks.forEach((block, i) => {
      const x = this.left + (columns - blocks.length + i) * width;
      doc.font(BOLD, this.bodySize).text(block.title.toUpperCase(), x, top, {
        width,
        align: 'center',
      });
      doc
        .font(REGULAR, this.bodySize - 1.5)
        .text(block.caption ?? '(Ký và ghi rõ họ tên)', x, doc.y, { width, align: 'center' });
      doc.font(BOLD, this.bodySize).text(block.name, x, doc.y + gap, { width, align: 'center' });
    });
    doc.font(REGULAR, this.bodySize);
    doc.x = this.left;
    return this;
  }

  gap(lines = 0.5): this {
    this.doc.moveDown(lines);
    return this;
  }

  /** Starts a new page when less than `height` is left on this one. */
  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.doc.addPage();
      this.doc.x = this.left;
    }
  }

  /** Numbers the pages ("Trang 1/3") when there is more than one. */
  private numberPages(): void {
    const { doc } = this;
    const { start, count } = doc.bufferedPageRange();
    if (count < 2) return;
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      const bottomMargin = doc.page.margins.bottom;
      // writing inside the bottom margin must not open a new page
      doc.page.margins.bottom = 0;
      doc
        .font(REGULAR, this.bodySize - 2)
        .text(
          `Trang ${i - start + 1}/${count}`,
          this.left,
          doc.page.height - bottomMargin / 2 - 4,
          {
            width: this.width,
            align: 'right',
            lineBreak: false,
          },
        );
      doc.page.margins.bottom = bottomMargin;
    }
  }

  /** Ends the document and returns its bytes. */
  finish(): Promise<Buffer> {
    this.numberPages();
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}

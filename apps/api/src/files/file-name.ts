import type { AcceptedMimeType } from './file-signature';

export const MAX_FILE_NAME_LENGTH = 255;
const MAX_EXTENSION_LENGTH = 16;

const DEFAULT_NAMES: Record<AcceptedMimeType, string> = {
  'application/pdf': 'tai-lieu.pdf',
  'image/png': 'hinh-anh.png',
  'image/jpeg': 'hinh-anh.jpg',
};

// C0/C1 controls, and bidi overrides that disguise an extension: "hs" U+202E "fdp.exe"
// shows as "hsexe.pdf"
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The extensions a file of each type may keep; the first is the one given otherwise. */
const SAFE_EXTENSIONS: Record<AcceptedMimeType, string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};

/**
 * The name to keep and send back for an upload: the last path segment only, without control
 * characters, ending in an extension of the type the content really has (a PDF named
 * `polyglot.html` or `x.exe` becomes `polyglot.pdf`, `x.pdf`), at most 255 characters (the
 * extension survives shortening), and a readable default when nothing is left.
 */
export function sanitizeFileName(raw: string | undefined, mimeType: AcceptedMimeType): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const name = base.replace(UNSAFE_CHARACTERS, '').trim();
  if (name === '' || /^\.+$/.test(name)) return DEFAULT_NAMES[mimeType];
  return truncate(withExtensionOf(name, mimeType));
}

function withExtensionOf(name: string, mimeType: AcceptedMimeType): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  const safe = SAFE_EXTENSIONS[mimeType];
  if (safe.includes(extension.toLowerCase())) return name;
  // an extension-like tail is replaced; anything else (no dot, "v1.2 final") is kept whole
  const stem = /^\.[A-Za-z0-9]{1,16}$/.test(extension) ? name.slice(0, dot).trimEnd() : name;
  if (stem === '' || /^\.+$/.test(stem)) return DEFAULT_NAMES[mimeType];
  return `${stem}${safe[0]}`;
}

function truncate(name: string): string {
  const chars = Array.from(name); // by code point, never splitting a character in two
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length === 0 || extension.length > MAX_EXTENSION_LENGTH) {
    return chars.slice(0, MAX_FILE_NAME_LENGTH).join('').trim();
  }
  const stem = chars
    .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
    .join('')
    .trimEnd();
  return stem + extension.join('');
}

/** `attachment` with the name in RFC 5987 form, so Vietnamese names survive every browser. */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

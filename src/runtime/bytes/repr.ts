/** CPython's repr of bytes: `b'a\x00\n\'"'`, single quotes unless the bytes hold ' and no ". */
export function bytesRepr(data: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (const b of data) {
    if (b === quote || b === 0x5c) out += "\\" + String.fromCharCode(b);
    else if (b === 0x09) out += "\\t";
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + b.toString(16).padStart(2, "0");
    else out += String.fromCharCode(b);
  }
  return out + String.fromCharCode(quote);
}

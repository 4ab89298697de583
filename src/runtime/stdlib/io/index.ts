/**
 * Python's `io`: `StringIO`, `BytesIO`, files (`open`: TextIOWrapper for
 * text modes, BufferedFile for binary ones) and the seek constants.
 */
import { StringIO } from "./stringio.js";
import { BytesIO } from "./bytesio.js";
import { TextIOWrapper, UnsupportedOperation, openText } from "./textfile.js";
import { BufferedFile } from "./binaryfile.js";
import { openFile, openPath } from "./open.js";

export { StringIO, BytesIO, TextIOWrapper, BufferedFile, UnsupportedOperation, openText, openFile, openPath };

/** Python's `io` module. */
export const io = {
  StringIO,
  BytesIO,
  TextIOWrapper,
  UnsupportedOperation,
  open: openFile,
  SEEK_SET: 0,
  SEEK_CUR: 1,
  SEEK_END: 2,
  DEFAULT_BUFFER_SIZE: 8192,
};

/**
 * Python's `io`: `StringIO`, text files (`open`, `TextIOWrapper`) and the
 * seek constants. `BytesIO` and the binary classes wait for real bytes.
 */
import { StringIO } from "./stringio.js";
import { TextIOWrapper, UnsupportedOperation, openText } from "./textfile.js";

export { StringIO, TextIOWrapper, UnsupportedOperation, openText };

/** Python's `io` module. */
export const io = {
  StringIO,
  TextIOWrapper,
  UnsupportedOperation,
  open: openText,
  SEEK_SET: 0,
  SEEK_CUR: 1,
  SEEK_END: 2,
  DEFAULT_BUFFER_SIZE: 8192,
};

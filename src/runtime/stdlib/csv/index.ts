/** Python's `csv`: readers and writers over text lines and file objects, dialects, and dict rows. */
import * as dialects from "./dialect.js";
import { DictReader, DictWriter } from "./dicts.js";
import { Reader, Writer } from "./readwrite.js";

export const csv = {
  Dialect: dialects.Dialect,
  DictReader,
  DictWriter,
  Error: dialects.Error_,
  QUOTE_ALL: dialects.QUOTE_ALL,
  QUOTE_MINIMAL: dialects.QUOTE_MINIMAL,
  QUOTE_NONE: dialects.QUOTE_NONE,
  QUOTE_NONNUMERIC: dialects.QUOTE_NONNUMERIC,
  __version__: "1.0",
  excel: dialects.excel,
  excel_tab: dialects.excel_tab,
  field_size_limit: dialects.field_size_limit,
  get_dialect: dialects.get_dialect,
  list_dialects: dialects.list_dialects,
  reader: (iterable: unknown, ...args: any[]): Reader => new Reader(iterable, ...args),
  register_dialect: dialects.register_dialect,
  unix_dialect: dialects.unix_dialect,
  unregister_dialect: dialects.unregister_dialect,
  writer: (fileobj: unknown, ...args: any[]): Writer => new Writer(fileobj, ...args),
};

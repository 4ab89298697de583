/** Python's `argparse`: command-line parsing with CPython's help text, messages and exit codes. */
import {
  Action, ArgumentError, ArgumentTypeError, BooleanOptionalAction, Namespace, ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE,
} from "./actions.js";
import { ArgumentDefaultsHelpFormatter, HelpFormatter, MetavarTypeHelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter } from "./formatter.js";
import { ArgumentParser } from "./parser.js";
import { FileType } from "./filetype.js";

export { Namespace, ArgumentParser };

export const argparse = {
  Action,
  ArgumentDefaultsHelpFormatter,
  ArgumentError,
  ArgumentParser,
  ArgumentTypeError,
  BooleanOptionalAction,
  FileType,
  HelpFormatter,
  MetavarTypeHelpFormatter,
  Namespace,
  ONE_OR_MORE,
  OPTIONAL,
  PARSER,
  REMAINDER,
  RawDescriptionHelpFormatter,
  RawTextHelpFormatter,
  SUPPRESS,
  ZERO_OR_MORE,
};

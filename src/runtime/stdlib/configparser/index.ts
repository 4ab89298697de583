/** Python's `configparser`: INI files with sections, defaults, interpolation and CPython's errors. */
import * as errors from "./errors.js";
import { BasicInterpolation, ExtendedInterpolation, Interpolation } from "./interpolation.js";
import { ConfigParser, RawConfigParser, SectionProxy } from "./parser.js";

export const configparser = {
  BasicInterpolation,
  ConfigParser,
  DEFAULTSECT: "DEFAULT",
  DuplicateOptionError: errors.DuplicateOptionError,
  DuplicateSectionError: errors.DuplicateSectionError,
  Error: errors.Error_,
  ExtendedInterpolation,
  Interpolation,
  InterpolationDepthError: errors.InterpolationDepthError,
  InterpolationError: errors.InterpolationError,
  InterpolationMissingOptionError: errors.InterpolationMissingOptionError,
  InterpolationSyntaxError: errors.InterpolationSyntaxError,
  MAX_INTERPOLATION_DEPTH: errors.MAX_INTERPOLATION_DEPTH,
  MissingSectionHeaderError: errors.MissingSectionHeaderError,
  NoOptionError: errors.NoOptionError,
  NoSectionError: errors.NoSectionError,
  ParsingError: errors.ParsingError,
  RawConfigParser,
  SectionProxy,
};

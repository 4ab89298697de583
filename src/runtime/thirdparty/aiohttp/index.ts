/**
 * The third-party `aiohttp` package on Node: the client on `node:http`
 * (client.ts), the server `aiohttp.web` on `node:http` (web/). Exported as
 * one object like a standard module; grammar-mappings/modules/aiohttp.json
 * and aiohttp.web.json say which names are implemented.
 */
import { ClientSession, ClientTimeout, RequestContextManager, TCPConnector } from "./client.js";
import { ClientResponse } from "./client-response.js";
import * as errors from "./errors.js";
import { CIMultiDictProxy, MultiDictProxy } from "./multidict.js";
import { web } from "./web/index.js";

const { connectError: _connectError, invalidUrl: _invalidUrl, ...exceptions } = errors;

export const aiohttp = {
  ClientSession,
  ClientTimeout,
  TCPConnector,
  ClientResponse,
  RequestContextManager,
  CIMultiDictProxy,
  MultiDictProxy,
  ...exceptions,
  web,
};

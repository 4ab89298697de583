/** `aiohttp.web`: the server side. One object holding the module's names, as the mapping expects. */
import { Application, RouteDef, RouteTableDef, UrlDispatcher, delete_, get, head, middleware, patch, post, put, route, view } from "./app.js";
import { Request } from "./request.js";
import * as responses from "./response.js";
import { AppRunner, TCPSite, run_app } from "./runner.js";
import { withCookies } from "./cookies.js";

for (const cls of [responses.Response, responses.StreamResponse, responses.HTTPException]) withCookies(cls);

export const web = {
  Application,
  UrlDispatcher,
  RouteDef,
  RouteTableDef,
  Request,
  AppRunner,
  TCPSite,
  run_app,
  middleware,
  route,
  get,
  post,
  put,
  patch,
  delete: delete_,
  head,
  view,
  ...responses,
};

/** Python's `collections`: its container types. */
import { ChainMap } from "./chainmap.js";
import { Counter } from "./counter.js";
import { deque } from "./deque.js";
import { OrderedDict, defaultdict } from "./dicts.js";
import { namedtuple } from "./namedtuple.js";
import { UserDict, UserList, UserString } from "./user.js";

export const collections = { ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque, namedtuple };

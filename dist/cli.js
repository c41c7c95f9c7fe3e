#!/usr/bin/env node
import { createRequire as __packGuardCreateRequire } from 'node:module'; const require = __packGuardCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace2 = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace2(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace2(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace2(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache2.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough2(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline2(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve3, reject) {
              promiseResolve = resolve3;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve3, reject) => {
            if (stream._duplexState & DESTROYED) return resolve3({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve3({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve3) => {
          state.drains.push({ writes, resolve: resolve3 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough2 = class extends Transform2 {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve3, reject) => {
        return pipeline2(...streams, (err) => {
          if (err) return reject(err);
          resolve3();
        });
      });
    }
    function pipeline2(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline2,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough2
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve3, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve3({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve3;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve3, reject) => {
            if (extract.destroyed) return resolve3({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve3({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants3 = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants3();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/check.ts
import { existsSync as existsSync4, statSync } from "node:fs";
import { mkdtemp as mkdtemp2, rm } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join4, resolve as resolve2 } from "node:path";

// src/core/baseline-version.ts
var import_semver = __toESM(require_semver2(), 1);
function chooseBaseline(candidate, spec, published) {
  if (spec === "none") return { kind: "none" };
  if (spec === "auto") {
    if (!published) return { kind: "first-release" };
    const version = autoBaseline(candidate, published.versions);
    return version === null ? { kind: "first-release" } : { kind: "version", version };
  }
  if (!published) return { kind: "not-published", spec };
  const tagged = Object.hasOwn(published.distTags, spec) ? published.distTags[spec] : void 0;
  if (tagged !== void 0 && published.versions.includes(tagged)) return { kind: "version", version: tagged };
  const exact = import_semver.default.valid(spec);
  if (exact !== null && published.versions.some((version) => import_semver.default.valid(version) === exact)) {
    return { kind: "version", version: published.versions.find((version) => import_semver.default.valid(version) === exact) };
  }
  return { kind: "not-published", spec };
}
function autoBaseline(candidate, versions) {
  const target = import_semver.default.parse(candidate);
  if (!target) return null;
  const same = versions.find((version) => import_semver.default.valid(version) !== null && import_semver.default.eq(version, target));
  if (same !== void 0) return same;
  const allowPrerelease = target.prerelease.length > 0;
  let best = null;
  for (const version of versions) {
    const parsed = import_semver.default.parse(version);
    if (!parsed) continue;
    if (parsed.prerelease.length > 0 && !allowPrerelease) continue;
    if (!import_semver.default.lt(parsed, target)) continue;
    if (best === null || import_semver.default.gt(parsed, best)) best = version;
  }
  return best;
}

// src/core/diff.ts
function byPathOrder(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function filesByPath(snapshot) {
  const map = /* @__PURE__ */ new Map();
  for (const file of snapshot?.files ?? []) if (file.type === "file") map.set(file.path, file);
  return map;
}
function diffSnapshots(before, after) {
  const old = filesByPath(before);
  const current = filesByPath(after);
  const diff = { added: [], removed: [], changed: [] };
  for (const [path, file] of current) {
    const previous = old.get(path);
    if (!previous) diff.added.push({ path, size: file.size });
    else if (previous.size !== file.size) diff.changed.push({ path, before: previous.size, after: file.size });
  }
  for (const [path, file] of old) if (!current.has(path)) diff.removed.push({ path, size: file.size });
  diff.added.sort(byPathOrder);
  diff.removed.sort(byPathOrder);
  diff.changed.sort(byPathOrder);
  return diff;
}

// src/core/rules/file-patterns.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function compileGlobs(globs) {
  if (globs.length === 0) return () => false;
  const anchored = globs.map((glob) => glob.includes("/") ? glob.replace(/^\//, "") : `**/${glob}`);
  return (0, import_picomatch.default)(anchored, { dot: true });
}
function compileGroups(groups) {
  return groups.map((group) => {
    const include = compileGlobs(group.globs);
    const exclude = compileGlobs(group.except ?? []);
    return { reason: group.reason, matches: (path) => include(path) && !exclude(path) };
  });
}

// src/core/findings.ts
var RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings, ruleOrder) {
  const order = new Map(ruleOrder.map((id, index) => [id, index]));
  return [...findings].sort(
    (a, b) => Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) || RANK[a.severity] - RANK[b.severity] || (order.get(a.rule) ?? 999) - (order.get(b.rule) ?? 999) || (a.path ?? "").localeCompare(b.path ?? "")
  );
}
function applyPolicy(findings, policy) {
  const allows = policy.allow.map((allow) => ({ ...allow, matches: compileGlobs([allow.path]) }));
  const result = [];
  for (const finding of findings) {
    const setting = policy.rules[finding.rule];
    if (setting === "off") continue;
    const adjusted = setting ? { ...finding, severity: setting } : { ...finding };
    const allow = allows.find(
      (candidate) => finding.path !== void 0 && candidate.matches(finding.path) && (!candidate.rules || candidate.rules.includes(finding.rule))
    );
    if (allow) adjusted.suppressed = { by: "config", reason: allow.reason };
    const secretAllow = allowedSecret(finding, policy);
    if (secretAllow) adjusted.suppressed = { by: "config", reason: secretAllow };
    result.push(adjusted);
  }
  return result;
}
function reachesFailOn(severity, failOn) {
  if (failOn === "never") return false;
  return RANK[severity] <= RANK[failOn];
}
function countFindings(packages) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const pkg of packages) for (const finding of pkg.findings) if (!finding.suppressed) counts[finding.severity]++;
  return counts;
}
function allowedSecret(finding, policy) {
  const matches = finding.details?.matches;
  if (!finding.rule.startsWith("secrets/") || !Array.isArray(matches) || matches.length === 0) return void 0;
  const reasons = matches.map((match) => policy.secretAllow.find((allow) => allow.fingerprint === match.fingerprint)?.reason);
  return reasons.every(Boolean) ? [...new Set(reasons)].join("; ") : void 0;
}

// src/core/rules/rule.ts
function isNew(context, path) {
  return !context.beforeFiles.has(path);
}

// src/core/rules/files-dev-leftover.ts
var LEFTOVERS = compileGroups([
  { globs: ["*.tsbuildinfo"], reason: "a TypeScript build cache" },
  { globs: ["**/__fixtures__/**", "**/fixtures/**", "**/__snapshots__/**", "*.snap"], reason: "test fixtures or snapshots" },
  { globs: ["tsconfig*.json", "jsconfig*.json"], reason: "a compiler config" },
  { globs: [".github/**", ".gitlab-ci.yml", ".travis.yml", ".circleci/**", "azure-pipelines.yml", ".gitlab/**", "Jenkinsfile"], reason: "CI configuration" },
  { globs: ["*.log", ".eslintcache", ".stylelintcache"], reason: "a log or cache file" },
  { globs: [".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults"], reason: "an example environment file" }
]);
var filesDevLeftover = {
  id: "files/dev-leftover",
  severity: "warning",
  summary: "A new development leftover: *.tsbuildinfo, fixtures, tsconfig, CI config, logs.",
  why: `Harmless on their own, but they bloat installs and show that the package's \`files\`/\`.npmignore\` lets more through than intended.`,
  fix: `Exclude them, or allow the path (or turn the rule off) in the config.`,
  check(context) {
    const findings = [];
    for (const path of context.afterFiles.keys()) {
      if (!isNew(context, path)) continue;
      const group = LEFTOVERS.find((candidate) => candidate.matches(path));
      if (!group) continue;
      findings.push({
        path,
        message: `${path} is ${group.reason}, which users of the package do not need.`,
        hint: "Add it to .npmignore or narrow `files` in package.json, or allow it in the pack-guard config.",
        details: { reason: group.reason }
      });
    }
    return findings;
  }
};

// src/core/secrets/patterns.ts
function entropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
var PLACEHOLDER = /example|sample|dummy|placeholder|changeme|your[_-]?|xxxx|\*\*\*\*|<[^>]*>|\$\{|\{\{|process\.env|redacted|test[_-]?key|fake|0000000|1234567|abcdef/i;
function isPlaceholder(value) {
  if (PLACEHOLDER.test(value)) return true;
  return /^(.)\1+$/.test(value) || /(.)\1{7,}/.test(value);
}
function characterClasses(value) {
  return [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(value)).length;
}
function decodesToJwtHeader(value) {
  try {
    const header = JSON.parse(Buffer.from(value.split(".")[0], "base64url").toString("utf8"));
    return typeof header.alg === "string" && header.alg.toLowerCase() !== "none";
  } catch {
    return false;
  }
}
var notPlaceholder = (value) => !isPlaceholder(value);
var SECRET_PATTERNS = [
  {
    kind: "private-key",
    label: "private key",
    regex: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----[\r\n]+(?:[A-Za-z-]+: [^\r\n]*[\r\n]+)*[\r\n]*([A-Za-z0-9+/=]{32,})/
  },
  {
    kind: "aws-access-key",
    label: "AWS access key id",
    regex: /(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Z0-9])/,
    accept: notPlaceholder
  },
  {
    kind: "aws-secret-key",
    label: "AWS secret access key",
    regex: /aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/i,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 4
  },
  {
    kind: "github-token",
    label: "GitHub token",
    regex: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 3
  },
  {
    kind: "npm-token",
    label: "npm access token",
    regex: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 3
  },
  {
    kind: "slack-webhook",
    label: "Slack webhook URL",
    regex: /(https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9_]{8,}\/[A-Za-z0-9_]{8,}\/[A-Za-z0-9_]{16,})/,
    accept: notPlaceholder
  },
  {
    kind: "slack-token",
    label: "Slack token",
    regex: /(?<![A-Za-z0-9])(xox[baprs]-[0-9]{6,}-[0-9A-Za-z-]{10,})(?![A-Za-z0-9-])/,
    accept: notPlaceholder
  },
  {
    kind: "stripe-live-key",
    label: "Stripe live key",
    regex: /(?<![A-Za-z0-9])((?:sk|rk)_live_[0-9a-zA-Z]{24,99})(?![A-Za-z0-9])/,
    accept: notPlaceholder
  },
  {
    kind: "google-api-key",
    label: "Google API key",
    regex: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 3.5
  },
  {
    kind: "jwt",
    label: "signed JSON Web Token",
    regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/,
    accept: (value) => decodesToJwtHeader(value) && !isPlaceholder(value)
  },
  {
    kind: "npmrc-auth",
    label: "registry credential in .npmrc",
    regex: /_(?:authToken|auth|password)\s*=\s*(?!\$\{)["']?([^\s"'$]{8,})/,
    pathFilter: /(?:^|\/)\.npmrc$/,
    accept: notPlaceholder
  },
  {
    kind: "generic-assignment",
    label: "hard-coded credential",
    regex: /(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|client[_-]?secret)["']?\s*[:=]\s*["'`]([^"'`\s]{12,200})["'`]/i,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 3.5 && characterClasses(value) >= 2 && !/^[a-z]+(?:[._-][a-z]+)+$/i.test(value)
  }
];
var ANCHORS = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|npm_|xox[baprs]-|hooks\.slack\.com|[sr]k_live_|AIza|-----BEGIN|eyJ|_auth|passw|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key/gi;
var SECRET_FILES = [
  { pattern: /(?:^|\/)\.env(?:\.(?!example$|sample$|template$|dist$|defaults$)[^/]+)?$/, what: "an environment file" },
  { pattern: /(?:^|\/)(?:id_rsa|id_dsa|id_ecdsa|id_ed25519)$|\.(?:pem|key|p12|pfx)$/i, what: "a private key or certificate store" },
  { pattern: /(?:^|\/)\.git-credentials$/, what: "a git credential store" },
  { pattern: /(?:^|\/)\.aws\/credentials$/, what: "an AWS credentials file" },
  { pattern: /(?:^|\/)application_default_credentials\.json$/, what: "a Google Cloud credentials file" }
];
var TEST_CONTEXT = /(?:^|\/)(?:test|tests|__tests__|spec|__mocks__|fixtures|__fixtures__)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

// src/core/rules/secrets.ts
var HINT = "Remove it from the package and ROTATE it now: anything published is public forever, in the registry, its mirrors and every cache. Then keep the file out of the package (`files` in package.json or .npmignore).";
var cache = /* @__PURE__ */ new WeakMap();
function redacted(match) {
  return `${match.preview}\u2026 (${match.fingerprint}, line ${match.line})`;
}
function secretVerdicts(context) {
  const cached = cache.get(context);
  if (cached) return cached;
  const verdicts = /* @__PURE__ */ new Map();
  const publicSince = /* @__PURE__ */ new Map();
  for (const file of context.beforeFiles.values()) {
    for (const match of file.facts.secrets?.matches ?? []) publicSince.set(match.fingerprint, context.before?.version ?? "the previous release");
  }
  for (const file of context.afterFiles.values()) {
    const old = context.beforeFiles.get(file.path);
    const oldPrints = new Set((old?.facts.secrets?.matches ?? []).map((m) => m.fingerprint));
    const matches = file.facts.secrets?.matches ?? [];
    const isChanged = !old || old.size !== file.size || matches.some((m) => !oldPrints.has(m.fingerprint));
    if (!isChanged) continue;
    const nature = SECRET_FILES.find((entry) => entry.pattern.test(file.path));
    if (matches.length === 0 && !nature) continue;
    const ranked = [...matches].sort((a, b) => rank(a.kind) - rank(b.kind));
    const kind = ranked[0]?.kind === "npmrc-auth" ? "npm-token" : ranked[0]?.kind ?? "file";
    const inTests = TEST_CONTEXT.test(file.path) && !nature;
    const already = ranked.map((m) => publicSince.get(m.fingerprint)).find(Boolean);
    const what = ranked.length > 0 ? ranked.map((m) => `${label(m.kind)} ${redacted(m)}`).join("; ") : "";
    const why = nature ? `${file.path} is ${nature.what}, a secret by its nature${what ? `, and holds: ${what}` : ""}.` : `${file.path} holds ${what}.`;
    const message = `${why}${already ? ` Already public since ${already}: rotate it.` : ""}${inTests ? " It sits in test code, so it may be test data: reported as a warning." : ""}`;
    verdicts.set(file.path, {
      kind,
      severity: inTests ? "warning" : "error",
      finding: {
        severity: inTests ? "warning" : "error",
        path: file.path,
        message,
        hint: HINT,
        details: { matches: ranked, ...already ? { alreadyPublicSince: already } : {}, ...nature ? { secretFile: nature.what } : {} }
      }
    });
  }
  cache.set(context, verdicts);
  return verdicts;
}
function rank(kind) {
  const index = SECRET_PATTERNS.findIndex((pattern) => pattern.kind === kind);
  return index === -1 ? SECRET_PATTERNS.length : index;
}
function label(kind) {
  return SECRET_PATTERNS.find((pattern) => pattern.kind === kind)?.label ?? kind;
}
function secretRule(kind, summary, why) {
  return {
    id: `secrets/${kind}`,
    severity: "error",
    summary,
    why,
    fix: "Remove it from the package and rotate it. A finding can be allowed by its fingerprint (`secrets.allow` in the config) with a reason, for example a documented test key.",
    check: (context) => [...secretVerdicts(context).values()].filter((verdict) => verdict.kind === kind).map((verdict) => verdict.finding)
  };
}
var PUBLISHED = "A published package cannot be taken back: the registry, its mirrors and every cache keep the value, and scanners harvest new releases within minutes.";
var SECRET_RULES = [
  secretRule("private-key", "A PEM, OpenSSH or PGP private key in a new or changed file.", `Whoever has the key can impersonate its owner, sign or decrypt. ${PUBLISHED}`),
  secretRule("aws-access-key", "An AWS access key id (AKIA/ASIA...), with its secret key when it is next to it.", `AWS keys give access to cloud accounts and bills. ${PUBLISHED}`),
  secretRule("aws-secret-key", "An AWS secret access key assignment.", `With the key id, it gives access to the AWS account. ${PUBLISHED}`),
  secretRule("github-token", "A GitHub token: classic (ghp_, gho_, ghu_, ghs_, ghr_) or fine-grained (github_pat_).", `GitHub tokens open repositories, packages and workflows. ${PUBLISHED}`),
  secretRule("npm-token", "An npm access token (npm_...), or a literal credential in a shipped .npmrc.", `An npm token can publish new versions of your packages: the supply-chain attack itself. ${PUBLISHED}`),
  secretRule("slack-webhook", "A Slack incoming webhook URL.", `Anyone with the URL can post into your Slack. ${PUBLISHED}`),
  secretRule("slack-token", "A Slack bot, user or app token (xox...).", `Slack tokens read and write workspace messages. ${PUBLISHED}`),
  secretRule("stripe-live-key", "A Stripe live secret or restricted key (sk_live_, rk_live_).", `Live Stripe keys move real money. ${PUBLISHED}`),
  secretRule("google-api-key", "A Google API key (AIza...).", `Unrestricted Google API keys run up quotas and bills on your project. ${PUBLISHED}`),
  secretRule("jwt", "A signed JSON Web Token.", `A signed token is a credential until it expires, and often carries personal data. ${PUBLISHED}`),
  secretRule("generic-assignment", "A high-entropy value assigned to password, secret, token or api_key.", `Hard-coded credentials are as good as published once the package is. ${PUBLISHED}`),
  secretRule("file", "A file that is a secret by its nature: .env, private keys, .git-credentials, cloud credential files.", `These files exist to hold credentials, whatever patterns they match. ${PUBLISHED}`),
  {
    id: "secrets/partial-scan",
    severity: "notice",
    summary: "A new or changed file larger than the secret-scan cap: only its start was scanned.",
    why: "pack-guard cannot vouch for the part it did not read.",
    fix: "Raise the cap (`--max-secret-scan-bytes`) to scan it whole, or keep such large files out of the package.",
    check(context) {
      const findings = [];
      for (const file of context.afterFiles.values()) {
        if (!file.facts.secrets?.partial) continue;
        const old = context.beforeFiles.get(file.path);
        if (old && old.size === file.size) continue;
        findings.push({ path: file.path, message: `${file.path} was scanned for secrets only in part: it is larger than the scan cap.`, details: { size: file.size } });
      }
      return findings;
    }
  }
];
function pathsWithSecrets(context) {
  return new Set(secretVerdicts(context).keys());
}

// src/core/rules/files-forbidden.ts
var EXAMPLE_ENV = [".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults"];
var FORBIDDEN = compileGroups([
  { globs: [".env", ".env.*"], except: EXAMPLE_ENV, reason: "an environment file, which usually holds secrets" },
  { globs: ["*.pem", "*.key", "*.p12", "*.pfx", "id_rsa*", "id_dsa*", "id_ecdsa*", "id_ed25519*"], except: ["*.pub"], reason: "a private key or certificate store" },
  { globs: [".npmrc", ".yarnrc", ".yarnrc.yml", ".git-credentials", ".netrc"], reason: "a config file that can hold registry or git credentials" },
  { globs: ["**/.git/**", ".git", "**/.hg/**", "**/.svn/**"], reason: "version control data" },
  { globs: ["**/coverage/**", "**/.nyc_output/**"], reason: "a test coverage report" },
  { globs: [".DS_Store", "Thumbs.db", "desktop.ini"], reason: "operating system litter" },
  { globs: ["**/.idea/**", "**/.vscode/**", "*.swp", "*.swo"], reason: "editor files" }
]);
var filesForbidden = {
  id: "files/forbidden",
  severity: "error",
  summary: "A new file that never belongs in a release: .env, keys, .npmrc, .git/, coverage/, OS and editor litter.",
  why: `These files hold credentials, repository history or local state. A published package cannot be taken back: the registry, its mirrors and every cache keep it.`,
  fix: `Remove the file from the package (\`.npmignore\` or \`files\`) and rotate any secret it held. Add your own patterns with \`forbidden\` in the config.`,
  check(context) {
    const extra = compileGlobs(context.policy.forbidden);
    const secretPaths = pathsWithSecrets(context);
    const findings = [];
    for (const path of context.afterFiles.keys()) {
      if (!isNew(context, path) || secretPaths.has(path)) continue;
      const group = FORBIDDEN.find((candidate) => candidate.matches(path));
      const reason = group?.reason ?? (extra(path) ? "forbidden by the pack-guard config" : void 0);
      if (!reason) continue;
      findings.push({
        path,
        message: `${path} is ${reason}, and should never be published.`,
        hint: "Remove it from the package: add it to .npmignore, or narrow `files` in package.json. If it held a secret, rotate that secret.",
        details: { reason }
      });
    }
    return findings;
  }
};

// src/core/rules/files-new-source-tree.ts
var TREES = ["src", "test", "tests", "__tests__", "spec"];
function topFolder(path) {
  const slash = path.indexOf("/");
  return slash === -1 ? void 0 : path.slice(0, slash);
}
var filesNewSourceTree = {
  id: "files/new-source-tree",
  severity: "warning",
  summary: "A `src/` or `test/` tree that the previous release did not ship.",
  why: `A \`src/\` or \`test/\` folder appearing in a release usually means \`files\` or \`.npmignore\` changed by accident.`,
  fix: `Exclude the folder, or allow it in the config if shipping sources is intended.`,
  check(context) {
    if (!context.before) return [];
    const shippedBefore = /* @__PURE__ */ new Set();
    for (const path of context.beforeFiles.keys()) {
      const top = topFolder(path);
      if (top) shippedBefore.add(top);
    }
    const added = /* @__PURE__ */ new Map();
    for (const file of context.diff.added) {
      const top = topFolder(file.path);
      if (!top || !TREES.includes(top) || shippedBefore.has(top)) continue;
      const tree = added.get(top) ?? { count: 0, bytes: 0 };
      tree.count++;
      tree.bytes += file.size;
      added.set(top, tree);
    }
    return [...added].map(([top, tree]) => ({
      path: `${top}/`,
      message: `${top}/ now ships ${tree.count} file(s) that the previous release did not have.`,
      hint: "Leave it out of `files` in package.json or add it to .npmignore, unless shipping it is intended.",
      details: { files: tree.count, bytes: tree.bytes }
    }));
  }
};

// node_modules/pretty-bytes/index.js
var BYTE_UNITS = [
  "B",
  "kB",
  "MB",
  "GB",
  "TB",
  "PB",
  "EB",
  "ZB",
  "YB"
];
var BIBYTE_UNITS = [
  "B",
  "KiB",
  "MiB",
  "GiB",
  "TiB",
  "PiB",
  "EiB",
  "ZiB",
  "YiB"
];
var BIT_UNITS = [
  "b",
  "kbit",
  "Mbit",
  "Gbit",
  "Tbit",
  "Pbit",
  "Ebit",
  "Zbit",
  "Ybit"
];
var BIBIT_UNITS = [
  "b",
  "kibit",
  "Mibit",
  "Gibit",
  "Tibit",
  "Pibit",
  "Eibit",
  "Zibit",
  "Yibit"
];
var UNIT_SETS = [BYTE_UNITS, BIBYTE_UNITS, BIT_UNITS, BIBIT_UNITS];
var toDecimalString = (number) => {
  if (number >= 1e-6 && number < 1e21) {
    return String(number);
  }
  const [mantissa, exponentString] = number.toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const pointPosition = Number(exponentString) + 1;
  const isPositive = pointPosition > 0;
  const padded = isPositive ? digits.padEnd(pointPosition, "0") : "0".repeat(1 - pointPosition) + digits;
  const integerPart = padded.slice(0, isPositive ? pointPosition : 1);
  const fractionPart = padded.slice(isPositive ? pointPosition : 1).replace(/0+$/, "");
  return fractionPart ? `${integerPart}.${fractionPart}` : integerPart;
};
var toLocaleString = (number, locale, options) => {
  if (typeof locale === "string" || Array.isArray(locale) || locale === true) {
    const locales = locale === true ? void 0 : locale;
    if (options !== void 0) {
      return number.toLocaleString(locales, options);
    }
    const text = toDecimalString(number);
    const pointIndex = text.indexOf(".");
    const maximumFractionDigits = pointIndex === -1 ? 0 : text.length - pointIndex - 1;
    if (maximumFractionDigits > 100) {
      return text;
    }
    return number.toLocaleString(locales, { maximumFractionDigits });
  }
  if (options === void 0) {
    return toDecimalString(number);
  }
  return number.toLocaleString("en-US", { ...options, useGrouping: false });
};
var log10 = (numberOrBigInt) => {
  if (typeof numberOrBigInt === "number") {
    return Math.log10(numberOrBigInt);
  }
  const string = numberOrBigInt.toString(10);
  return string.length + Math.log10(`0.${string.slice(0, 15)}`);
};
var log = (numberOrBigInt) => {
  if (typeof numberOrBigInt === "number") {
    return Math.log(numberOrBigInt);
  }
  return log10(numberOrBigInt) * Math.log(10);
};
var divide = (numberOrBigInt, base, exponent) => {
  const divisor = base ** exponent;
  if (typeof numberOrBigInt === "number" || numberOrBigInt <= Number.MAX_SAFE_INTEGER) {
    return Number(numberOrBigInt) / divisor;
  }
  const bigintDivisor = BigInt(base) ** BigInt(exponent);
  const integerPart = numberOrBigInt / bigintDivisor;
  const remainder = numberOrBigInt % bigintDivisor;
  return Number(integerPart) + Number(remainder) / divisor;
};
var toUnrepresentableString = (number, base, exponent, localeOptions) => {
  const scale = BigInt(base) ** BigInt(exponent);
  const whole = number / scale;
  if (localeOptions === void 0) {
    return whole.toString();
  }
  const minimumFractionDigits = localeOptions.minimumFractionDigits ?? 0;
  const maximumFractionDigits = Math.max(localeOptions.maximumFractionDigits ?? 3, minimumFractionDigits);
  const truncated = (number % scale * 10n ** BigInt(maximumFractionDigits) / scale).toString().padStart(maximumFractionDigits, "0");
  const fraction = truncated.replace(/0+$/, "").padEnd(minimumFractionDigits, "0");
  return fraction ? `${whole}.${fraction}` : whole.toString();
};
var signOf = (number, signed) => {
  if (number < 0) {
    return "-";
  }
  if (!signed) {
    return "";
  }
  return number === 0 || number === 0n ? " " : "+";
};
var assertFixedWidth = (fixedWidth) => {
  if (fixedWidth !== void 0 && (typeof fixedWidth !== "number" || !Number.isSafeInteger(fixedWidth) || fixedWidth < 0)) {
    throw new TypeError(`Expected fixedWidth to be a non-negative integer, got ${typeof fixedWidth}: ${fixedWidth}`);
  }
};
var assertFractionDigits = (name, value) => {
  if (value !== void 0 && (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 100)) {
    throw new TypeError(`Expected ${name} to be an integer between 0 and 100, got ${typeof value}: ${value}`);
  }
};
var buildLocaleOptions = (options) => {
  const { minimumFractionDigits, maximumFractionDigits } = options;
  if (minimumFractionDigits === void 0 && maximumFractionDigits === void 0) {
    return void 0;
  }
  assertFractionDigits("minimumFractionDigits", minimumFractionDigits);
  assertFractionDigits("maximumFractionDigits", maximumFractionDigits);
  if (minimumFractionDigits > maximumFractionDigits) {
    throw new RangeError(`Expected minimumFractionDigits (${minimumFractionDigits}) to not be greater than maximumFractionDigits (${maximumFractionDigits})`);
  }
  return {
    ...minimumFractionDigits !== void 0 && { minimumFractionDigits },
    ...maximumFractionDigits !== void 0 && { maximumFractionDigits },
    roundingMode: "trunc"
  };
};
function prettyBytes(number, options) {
  if (typeof number !== "bigint" && !Number.isFinite(number)) {
    throw new TypeError(`Expected a finite number, got ${typeof number}: ${number}`);
  }
  options = {
    bits: false,
    binary: false,
    space: true,
    nonBreakingSpace: false,
    ...options
  };
  assertFixedWidth(options.fixedWidth);
  const localeOptions = buildLocaleOptions(options);
  const UNITS = UNIT_SETS[(options.bits ? 2 : 0) + (options.binary ? 1 : 0)];
  const separator = options.space ? options.nonBreakingSpace ? "\xA0" : " " : "";
  if (Object.is(number, -0)) {
    number = 0;
  }
  const prefix = signOf(number, options.signed);
  if (number < 0) {
    number = -number;
  }
  const base = options.binary ? 1024 : 1e3;
  let exponent = 0;
  if (number >= 1) {
    exponent = Math.min(Math.floor(options.binary ? log(number) / Math.log(base) : log10(number) / 3), UNITS.length - 1);
  }
  const scaled = divide(number, base, exponent);
  let numberString;
  if (Number.isFinite(scaled)) {
    number = scaled;
    if (number < 1 && exponent > 0) {
      number *= base;
      exponent -= 1;
    }
    if (!localeOptions) {
      const minimumPrecision = Math.max(3, Math.floor(number).toString().length);
      number = Number(number.toPrecision(minimumPrecision));
      if (number >= base && exponent < UNITS.length - 1) {
        number /= base;
        exponent += 1;
      }
    }
    numberString = toLocaleString(number, options.locale, localeOptions);
  } else {
    numberString = toUnrepresentableString(number, base, exponent, localeOptions);
  }
  const result = prefix + numberString + separator + UNITS[exponent];
  return result.padStart(options.fixedWidth ?? 0);
}

// src/core/rules/size-file-growth.ts
var sizeFileGrowth = {
  id: "size/file-growth",
  severity: "warning",
  summary: "A file that shipped before grew past the per-file thresholds.",
  why: `A file that doubles in size often swallowed a dependency or an inlined asset.`,
  fix: `Check the build. If intended, raise \`size.file\` in the config or allow the path.`,
  check({ diff, policy }) {
    const { percent: minPercent, bytes: minBytes } = policy.size.file;
    const findings = [];
    for (const file of diff.changed) {
      const growth = file.after - file.before;
      const percent = file.before > 0 ? growth / file.before * 100 : Infinity;
      if (growth < minBytes || percent < minPercent) continue;
      const shown = Number.isFinite(percent) ? `+${percent.toFixed(0)}%` : "from empty";
      findings.push({
        path: file.path,
        message: `${file.path} grew from ${prettyBytes(file.before)} to ${prettyBytes(file.after)} (${shown}).`,
        hint: "Check what the build now bundles into it. If intended, raise `size.file` in the pack-guard config.",
        details: { before: file.before, after: file.after, delta: growth }
      });
    }
    return findings;
  }
};

// src/core/rules/size-large-new-file.ts
var sizeLargeNewFile = {
  id: "size/large-new-file",
  severity: "warning",
  summary: "A new file at or above the size threshold (2 MB by default).",
  why: `One large new file is the clearest sign of an accidental artifact; the incident's map was one new 57 MB file.`,
  fix: `Exclude it, or raise \`size.newFileBytes\` / allow the path if it is meant to ship.`,
  check({ diff, policy }) {
    return diff.added.filter((file) => file.size >= policy.size.newFileBytes).map((file) => ({
      path: file.path,
      message: `New file ${file.path} is ${prettyBytes(file.size)}.`,
      hint: "Make sure it is meant to ship. If it is, raise `size.newFileBytes` or allow the path in the pack-guard config.",
      details: { size: file.size }
    }));
  }
};

// src/core/rules/size-total-jump.ts
var sizeTotalJump = {
  id: "size/total-jump",
  severity: "warning",
  summary: "The packed or unpacked size grew past the thresholds; 10x growth is an error.",
  why: `A sudden jump in what users download usually means something shipped by mistake: a map, a fixture folder, a bundled dependency. The incident grew the packed size by 80%.`,
  fix: `Find the added or grown files in the report. If the growth is intended, raise \`size.packed\` / \`size.unpacked\` in the config.`,
  check({ before, after, policy }) {
    if (!before) return [];
    const findings = [];
    const measures = [
      { measure: "packed", from: before.packedSize, to: after.packedSize, limits: policy.size.packed },
      { measure: "unpacked", from: before.unpackedSize, to: after.unpackedSize, limits: policy.size.unpacked }
    ];
    for (const { measure, from, to, limits } of measures) {
      const finding = judgeGrowth(measure, from, to, limits);
      if (finding) findings.push(finding);
    }
    return findings;
  }
};
function judgeGrowth(measure, from, to, limits) {
  const growth = to - from;
  if (growth <= 0) return void 0;
  const percent = from > 0 ? growth / from * 100 : Infinity;
  const ratio = from > 0 ? to / from : Infinity;
  const isError = ratio >= limits.error.ratio && growth >= limits.error.bytes;
  const isWarning = percent >= limits.warn.percent && growth >= limits.warn.bytes;
  if (!isError && !isWarning) return void 0;
  const shown = Number.isFinite(percent) ? `+${percent.toFixed(0)}%` : "from nothing";
  return {
    severity: isError ? "error" : "warning",
    message: `The ${measure} size grew from ${prettyBytes(from)} to ${prettyBytes(to)} (${shown}, +${prettyBytes(growth)}).`,
    hint: "Look at the added and grown files below for what made it grow. If the growth is intended, raise `size." + measure + "` in the pack-guard config.",
    details: { measure, before: from, after: to, delta: growth, percent: Number.isFinite(percent) ? Math.round(percent * 10) / 10 : null }
  };
}

// src/core/rules/source-map-helpers.ts
var MAP_HINT = "Keep maps out of the package (add `*.map` to .npmignore, or leave them out of `files` in package.json), or build them without sources (esbuild `--sources-content=false`, tsc without `inlineSources`). If shipping it is intended, allow the path in the pack-guard config.";
function mapFacts(file) {
  const map = file?.facts.sourceMap;
  return map?.isSourceMap ? map : void 0;
}
function* sourceMaps(context) {
  for (const file of context.afterFiles.values()) {
    const map = mapFacts(file);
    if (!map) continue;
    const old = context.beforeFiles.get(file.path);
    yield { file, map, previous: mapFacts(old), isNew: !old };
  }
}
function howFound(path) {
  return path.toLowerCase().endsWith(".map") ? "" : " (found by content: its name does not end in .map)";
}
function mapDetails(map) {
  return { sources: map.sources, sourcesWithContent: map.sourcesWithContent };
}
function baselineMapPractice(context) {
  let maps = 0;
  let withContent = 0;
  for (const file of context.beforeFiles.values()) {
    const map = mapFacts(file);
    if (!map) continue;
    maps++;
    if (map.sourcesWithContent > 0) withContent++;
  }
  return { maps, withContent };
}
function practiceNote(count, what, version) {
  return ` ${version ?? "The previous release"} already shipped ${count} ${what}, so this follows the package's practice: reported as a notice.`;
}

// src/core/rules/source-map-external-sources.ts
var sourceMapExternalSources = {
  id: "source-map/external-sources",
  severity: "warning",
  summary: "A new or changed source map whose `sources` or `sourceRoot` are remote URLs.",
  why: `Remote URLs in \`sources\` or \`sourceRoot\` tell everyone where the original files live; the incident's map reportedly pointed at a public storage bucket.`,
  fix: `Use relative source paths and no remote \`sourceRoot\`; make sure the location is not publicly readable.`,
  check(context) {
    const findings = [];
    for (const { file, map, previous } of sourceMaps(context)) {
      if (map.externalUrlCount === 0) continue;
      if (previous && previous.externalUrlCount > 0) continue;
      findings.push({
        path: file.path,
        message: `Source map ${file.path} points to ${map.externalUrlCount} remote URL(s) for its sources, such as ${map.externalUrls[0]}: anyone can try to fetch them.`,
        hint: "Use relative paths in `sources` and no remote `sourceRoot`, and make sure the URLs are not public.",
        details: { externalUrlCount: map.externalUrlCount, externalUrls: map.externalUrls }
      });
    }
    return findings;
  }
};

// src/core/rules/source-map-inline.ts
var INLINE_HINT = "Build without inline maps for the published files (esbuild `--sourcemap=external` or none, tsc without `inlineSourceMap`), or without sources in them.";
function inlineMap(file) {
  const url = file?.facts.sourceMappingUrl;
  return url?.kind === "inline" && url.inline?.isSourceMap ? url.inline : void 0;
}
function inlineFindings(context, withSources) {
  const findings = [];
  for (const file of context.afterFiles.values()) {
    const map = inlineMap(file);
    if (!map || map.sourcesWithContent > 0 !== withSources) continue;
    const previous = inlineMap(context.beforeFiles.get(file.path));
    if (previous && (previous.sourcesWithContent > 0 || !withSources)) continue;
    const message = withSources ? `${file.path} carries an inline source map that embeds the original source of ${map.sourcesWithContent} of its ${map.sources} files.` : `${file.path} carries an inline source map (${map.sources} sources, no embedded content).`;
    findings.push({ path: file.path, message, hint: INLINE_HINT, details: { sources: map.sources, sourcesWithContent: map.sourcesWithContent } });
  }
  return findings;
}
var sourceMapInline = {
  id: "source-map/inline",
  severity: "warning",
  summary: "A new or changed script or stylesheet with an inline (data: URL) source map without embedded sources.",
  why: "An inline map ships inside the code itself: it exposes original file names and doubles the file size, and no ignore rule can leave it out.",
  fix: INLINE_HINT,
  check: (context) => inlineFindings(context, false)
};
var sourceMapInlineSourcesContent = {
  id: "source-map/inline-sources-content",
  severity: "error",
  summary: "A new or changed script or stylesheet with an inline source map that embeds the original source.",
  why: "The original source travels inside the published file, where no `.npmignore` entry can remove it.",
  fix: INLINE_HINT,
  check: (context) => inlineFindings(context, true)
};

// src/core/rules/collapse.ts
var COLLAPSE_AFTER = 10;
function commonFolder(paths) {
  if (paths.length === 0) return "";
  let prefix = paths[0].slice(0, paths[0].lastIndexOf("/") + 1);
  for (const path of paths) {
    while (prefix && !path.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf("/", prefix.length - 2) + 1);
  }
  return prefix;
}
function collapseFindings(findings, describe, hint) {
  if (findings.length <= COLLAPSE_AFTER) return findings;
  const paths = findings.map((finding) => finding.path ?? "").filter(Boolean);
  const folder = commonFolder(paths);
  const examples = paths.slice(0, 3).join(", ");
  return [
    {
      severity: findings[0].severity,
      path: folder || void 0,
      message: describe(findings.length, examples),
      hint: hint ?? findings[0].hint,
      details: { count: findings.length, paths }
    }
  ];
}

// src/core/rules/source-map-new.ts
var sourceMapNew = {
  id: "source-map/new",
  severity: "warning",
  summary: "A new source map file (by name or by content) without embedded sources; a notice when the previous release already shipped maps.",
  why: `A source map without \`sourcesContent\` still lists every original file name and folder and maps the shipped code back to them. It is rarely meant to ship with a release that did not have one.`,
  fix: `Exclude \`*.map\` from the package (\`.npmignore\` or \`files\`), or allow the path with a reason.`,
  check(context) {
    const practice = baselineMapPractice(context);
    const established = practice.maps > 0;
    const note = established ? practiceNote(practice.maps, "source maps", context.before?.version) : "";
    const findings = [];
    for (const { file, map, isNew: isNew2, previous } of sourceMaps(context)) {
      if (map.sourcesWithContent > 0) continue;
      if (!isNew2 && previous) continue;
      findings.push({
        severity: established ? "notice" : void 0,
        path: file.path,
        message: `New source map ${file.path} (${prettyBytes(file.size)}, ${map.sources} sources)${howFound(file.path)}. It exposes the original file names and layout, but not their content.${note}`,
        hint: MAP_HINT,
        details: { size: file.size, ...mapDetails(map) }
      });
    }
    return collapseFindings(findings, (count, examples) => `${count} new source maps without embedded sources, such as ${examples}. They expose the original file names and layout, but not their content.${note}`);
  }
};

// src/core/rules/source-map-reference.ts
import { posix } from "node:path";
function resolveReference(file, files) {
  const ref = file.facts.sourceMappingUrl;
  if (!ref || ref.kind === "inline") return void 0;
  if (ref.kind === "external") return { target: "external", url: ref.url };
  let relative2 = ref.url.replace(/[?#].*$/, "");
  try {
    relative2 = decodeURIComponent(relative2);
  } catch {
  }
  const resolved = posix.normalize(posix.join(posix.dirname(file.path), relative2));
  return { target: files.has(resolved) ? "shipped" : "missing", url: ref.url, resolved };
}
function newReferences(context, target, describe) {
  const findings = [];
  for (const file of context.afterFiles.values()) {
    const now = resolveReference(file, context.afterFiles);
    if (now?.target !== target) continue;
    const old = context.beforeFiles.get(file.path);
    const then = old && resolveReference(old, context.beforeFiles);
    if (then && then.target === target && then.url === now.url) continue;
    findings.push(describe(file, now.url, now.resolved));
  }
  return collapseFindings(findings, (count, examples) => `${count} files gained a sourceMappingURL ${TARGET_TEXT[target]}, such as ${examples}.`);
}
var TARGET_TEXT = {
  shipped: "to a map that ships in the package",
  missing: "to a map that is not in the package",
  external: "to a remote URL"
};
var sourceMapUrlShipped = {
  id: "source-map/url-shipped",
  severity: "notice",
  summary: "A new `sourceMappingURL` that points to a map shipped in the package.",
  why: "Worth knowing: it says which maps are live for debuggers. The maps themselves are judged by the other source-map rules.",
  fix: "Nothing to fix when maps are meant to ship; turn the rule off to hide these notices.",
  check: (context) => newReferences(context, "shipped", (file, url, resolved) => ({
    path: file.path,
    message: `${file.path} points to its source map ${resolved}, which ships in the package.`,
    hint: "Fine if maps are meant to ship; the map itself is checked by the source-map rules.",
    details: { url, map: resolved }
  }))
};
var sourceMapUrlMissing = {
  id: "source-map/url-missing",
  severity: "notice",
  summary: "A new `sourceMappingURL` that points to a map the package does not ship.",
  why: "Debuggers and bundlers will ask for a file that does not exist, and print warnings in your users' builds.",
  fix: "Strip the comment when maps are not published (for example esbuild `--sourcemap=external` plus removing the comment, or terser `sourceMap: false`).",
  check: (context) => newReferences(context, "missing", (file, url, resolved) => ({
    path: file.path,
    message: `${file.path} points to a source map ${resolved} that is not in the package: debuggers will request a file that does not exist.`,
    hint: "Strip the comment when maps are not published, or ship the map if you meant to.",
    details: { url, map: resolved }
  }))
};
var sourceMapUrlExternal = {
  id: "source-map/url-external",
  severity: "warning",
  summary: "A new `sourceMappingURL` that points to a remote URL.",
  why: "If the URL is public, so is the map, and often the source inside it.",
  fix: "Make sure the URL is private, or strip the comment from published files.",
  check: (context) => newReferences(context, "external", (file, url) => ({
    path: file.path,
    message: `${file.path} points to a source map at a remote URL (${url}): if that URL is public, so is the source map.`,
    hint: "Make sure the URL is not publicly readable, or strip the comment from published files.",
    details: { url }
  }))
};

// src/core/rules/source-map-sources-content.ts
var sourceMapSourcesContent = {
  id: "source-map/sources-content",
  severity: "error",
  summary: "A new source map, or one that now embeds sources, carrying the original source code in `sourcesContent`; a notice when the previous release already shipped maps with sources.",
  why: `\`sourcesContent\` is the original source code, comments and all. This is what leaked in \`@anthropic-ai/claude-code@2.1.88\`: a 57 MB \`cli.js.map\` with ~1,900 TypeScript files. Once published, every mirror keeps it.`,
  fix: `Exclude the map from the package, or build without embedded sources (esbuild \`--sources-content=false\`, webpack \`devtool: 'nosources-source-map'\`, tsc without \`inlineSources\`). Allow the path with a reason if you publish your source on purpose.`,
  check(context) {
    const practice = baselineMapPractice(context);
    const established = practice.withContent > 0;
    const note = established ? practiceNote(practice.withContent, "maps with embedded sources", context.before?.version) : "";
    const findings = [];
    for (const { file, map, previous, isNew: isNew2 } of sourceMaps(context)) {
      if (map.sourcesWithContent === 0) continue;
      if (previous && previous.sourcesWithContent > 0) continue;
      const what = isNew2 ? "New source map" : "Source map";
      const now = isNew2 ? "" : " now";
      findings.push({
        severity: established ? "notice" : void 0,
        path: file.path,
        message: `${what} ${file.path} (${prettyBytes(file.size)})${now} embeds the original source of ${map.sourcesWithContent} of its ${map.sources} files in sourcesContent${howFound(file.path)}.${note}`,
        hint: MAP_HINT,
        details: { size: file.size, ...mapDetails(map) }
      });
    }
    return established ? collapseFindings(findings, (count, examples) => `${count} new source maps embed their original sources, such as ${examples}.${note}`) : findings;
  }
};

// src/core/rules/source-map-unreadable.ts
var sourceMapUnreadable = {
  id: "source-map/unreadable",
  severity: "warning",
  summary: "A new or changed `.map` file that is not a readable source map (invalid or truncated JSON, not version 3).",
  why: `pack-guard cannot tell what a broken map holds, and a truncated build artifact is worth a look anyway.`,
  fix: `Fix or exclude the file; turn the rule off if such files are expected.`,
  check(context) {
    const findings = [];
    for (const file of context.afterFiles.values()) {
      const map = file.facts.sourceMap;
      if (!map || map.isSourceMap || !file.path.toLowerCase().endsWith(".map")) continue;
      const old = context.beforeFiles.get(file.path);
      if (old && old.size === file.size) continue;
      const why = map.problem ?? "it is JSON, but not a version 3 source map";
      findings.push({
        path: file.path,
        message: `Unreadable source map ${file.path}: ${why}. pack-guard cannot tell whether it embeds source code.`,
        hint: "Check the build that produced it; if the file is not meant to ship, exclude it.",
        details: { problem: why }
      });
    }
    return findings;
  }
};

// src/core/rules/index.ts
var RULES = [
  ...SECRET_RULES,
  sourceMapSourcesContent,
  sourceMapInlineSourcesContent,
  sourceMapNew,
  sourceMapInline,
  sourceMapExternalSources,
  sourceMapUrlExternal,
  sourceMapUnreadable,
  sourceMapUrlShipped,
  sourceMapUrlMissing,
  filesForbidden,
  filesDevLeftover,
  filesNewSourceTree,
  sizeTotalJump,
  sizeFileGrowth,
  sizeLargeNewFile
];
var RULE_IDS = new Set(RULES.map((rule) => rule.id));

// src/core/analyze.ts
function analyzePackage({ before, after, baseline, policy, extraFindings = [], rules = RULES }) {
  const diff = diffSnapshots(before, after);
  const context = {
    before,
    after,
    diff,
    beforeFiles: filesByPath(before),
    afterFiles: filesByPath(after),
    policy
  };
  const raw = [...extraFindings];
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      raw.push({ rule: rule.id, severity: finding.severity ?? rule.severity, ...withoutSeverity(finding) });
    }
  }
  const findings = sortFindings(applyPolicy(raw, policy), rules.map((rule) => rule.id));
  return {
    name: after.name,
    version: after.version,
    baseline,
    packed: { before: before?.packedSize ?? null, after: after.packedSize },
    unpacked: { before: before?.unpackedSize ?? null, after: after.unpackedSize },
    fileCount: { before: before?.fileCount ?? null, after: after.fileCount },
    files: diff,
    findings
  };
}
function withoutSeverity(finding) {
  const { severity: _ignored, ...rest } = finding;
  return rest;
}
function buildReport(packages, policy, toolVersion) {
  const counts = countFindings(packages);
  const fails = packages.some((pkg) => pkg.findings.some((finding) => !finding.suppressed && reachesFailOn(finding.severity, policy.failOn)));
  return {
    schemaVersion: 1,
    tool: { name: "pack-guard", version: toolVersion },
    failOn: policy.failOn,
    verdict: fails ? "fail" : "pass",
    counts,
    packages
  };
}

// src/core/policy.ts
var KB = 1e3;
var MB = 1e3 * KB;
var DEFAULT_POLICY = {
  failOn: "error",
  rules: {},
  size: {
    packed: { warn: { percent: 25, bytes: 100 * KB }, error: { ratio: 10, bytes: 1 * MB } },
    unpacked: { warn: { percent: 25, bytes: 500 * KB }, error: { ratio: 10, bytes: 5 * MB } },
    file: { percent: 100, bytes: 500 * KB },
    newFileBytes: 2 * MB
  },
  forbidden: [],
  allow: [],
  secretAllow: []
};

// src/adapters/npm-pack.ts
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/errors.ts
var PackGuardError = class extends Error {
  name = "PackGuardError";
};
function describeError(error) {
  if (error instanceof PackGuardError) return error.message;
  if (error instanceof Error) return `internal error: ${error.message}`;
  return `internal error: ${String(error)}`;
}

// src/adapters/npm-pack.ts
function readManifest(folder) {
  const file = join(folder, "package.json");
  if (!existsSync(file)) throw new PackGuardError(`${folder}: not a package folder (no package.json)`);
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error("not an object");
    return data;
  } catch {
    throw new PackGuardError(`${file}: not valid JSON`);
  }
}
async function packFolder(folder, options = {}) {
  const manifest = readManifest(folder);
  if (manifest.private === true) throw new PackGuardError(`${folder}: "private": true in package.json; a private package is never published, so there is nothing to check`);
  if (typeof manifest.name !== "string" || typeof manifest.version !== "string") {
    throw new PackGuardError(`${join(folder, "package.json")}: needs a "name" and a "version" to be packed`);
  }
  const destination = options.destination ?? await mkdtemp(join(tmpdir(), "pack-guard-pack-"));
  const args = ["pack", "--json", "--pack-destination", destination];
  if (!options.runScripts) args.push("--ignore-scripts");
  const stdout = await runNpm(options.npm ?? "npm", args, folder, options.env ?? process.env);
  const fileName = parsePackOutput(stdout, folder);
  return resolve(destination, fileName);
}
function parsePackOutput(stdout, folder) {
  const lines = stdout.split("\n");
  for (let line = lines.length - 1; line >= 0; line--) {
    if (!lines[line].startsWith("[")) continue;
    try {
      const data = JSON.parse(lines.slice(line).join("\n"));
      const name = Array.isArray(data) ? data[0]?.filename : void 0;
      if (typeof name === "string") return name;
    } catch {
    }
  }
  throw new PackGuardError(`${folder}: npm pack printed no tarball name`);
}
function runNpm(npm, args, cwd, env) {
  return new Promise((done, fail) => {
    execFile(npm, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 10 * 6e4, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      const code = error.code;
      if (code === "ENOENT") return fail(new PackGuardError(`cannot run ${npm}: not found on PATH (packing ${cwd} needs npm)`));
      const reason = stderr.split("\n").find((line) => /^npm (?:error|ERR!)/.test(line)) ?? stderr.trim().split("\n").pop() ?? error.message;
      fail(new PackGuardError(`${cwd}: npm pack failed: ${reason.replace(/^npm (?:error|ERR!)\s*/, "").trim()}`));
    });
  });
}

// src/adapters/npmrc.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
var DEFAULT_REGISTRY = "https://registry.npmjs.org/";
function parseNpmrc(text, env) {
  const config = /* @__PURE__ */ new Map();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#") || line.startsWith("[")) continue;
    const eq = line.indexOf("=");
    if (eq === -1) continue;
    const key = expandEnv(line.slice(0, eq).trim(), env);
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value.startsWith('"') && value.endsWith('"') || value.startsWith("'") && value.endsWith("'"))) value = value.slice(1, -1);
    config.set(key, expandEnv(value, env));
  }
  return config;
}
function expandEnv(text, env) {
  return text.replace(/(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, slashes, name, optional) => {
    if (slashes.length % 2 === 1) return whole.slice(1);
    const value = env[name];
    if (value === void 0 && !optional) return whole;
    return `${slashes.slice(slashes.length / 2)}${value ?? ""}`;
  });
}
function loadNpmConfig({ projectDir, env = process.env, userconfig }) {
  const userFile = userconfig ?? env.npm_config_userconfig ?? env.NPM_CONFIG_USERCONFIG ?? join2(env.HOME ?? homedir(), ".npmrc");
  const config = /* @__PURE__ */ new Map();
  for (const file of [userFile, join2(projectDir, ".npmrc")]) {
    if (!existsSync2(file)) continue;
    let text;
    try {
      text = readFileSync2(file, "utf8");
    } catch (error) {
      throw new PackGuardError(`${file}: cannot read (${error.code ?? "error"})`);
    }
    for (const [key, value] of parseNpmrc(text, env)) config.set(key, value);
  }
  const fromEnv = env.npm_config_registry ?? env.NPM_CONFIG_REGISTRY;
  if (fromEnv) config.set("registry", fromEnv);
  return config;
}
function registryFor(name, config) {
  const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : null;
  const url = scope && config.get(`${scope}:registry`) || config.get("registry") || DEFAULT_REGISTRY;
  return withSlash(url);
}
function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}
function authFor(url, config) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  let path = parsed.pathname.endsWith("/") ? parsed.pathname : parsed.pathname.slice(0, parsed.pathname.lastIndexOf("/") + 1);
  for (; ; ) {
    const key = `//${parsed.host}${path}`;
    const token = config.get(`${key}:_authToken`);
    if (token) return `Bearer ${token}`;
    const basic = config.get(`${key}:_auth`);
    if (basic) return `Basic ${basic}`;
    const username = config.get(`${key}:username`);
    const password = config.get(`${key}:_password`);
    if (username && password) return `Basic ${Buffer.from(`${username}:${Buffer.from(password, "base64").toString("utf8")}`).toString("base64")}`;
    if (path === "/") return void 0;
    path = path.slice(0, path.slice(0, -1).lastIndexOf("/") + 1);
  }
}

// src/adapters/registry.ts
import { createHash as createHash2 } from "node:crypto";
import { PassThrough, Readable } from "node:stream";

// src/adapters/tarball-reader.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

// src/inspect/source-map-scanner.ts
var MAX_URL_SAMPLES = 5;
var MAX_DEPTH = 128;
var KEY_CAP = 32;
var STRING_CAP = 512;
var LITERAL_CAP = 32;
var EXTERNAL_URL = /^(?:https?|s3|gs):\/\//i;
function isWhitespace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
function isLiteralByte(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 46 || c === 43 || c === 45;
}
var SourceMapScanner = class {
  state = 0 /* Value */;
  stack = [];
  offset = 0;
  key = "";
  strKind = 1 /* Value */;
  strLength = 0;
  strCapture = null;
  escapeNext = false;
  literal = "";
  version = "";
  hasMappings = false;
  hasSources = false;
  hasSections = false;
  problem;
  facts = {
    isSourceMap: false,
    sources: 0,
    sourcesWithContent: 0,
    externalUrls: [],
    externalUrlCount: 0
  };
  /** Feeds the next bytes of the document. */
  write(chunk) {
    const n = chunk.length;
    let i = 0;
    if (this.offset === 0 && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) i = 3;
    while (i < n && this.state !== 9 /* Failed */) {
      if (this.state === 6 /* String */) {
        i = this.scanString(chunk, i);
        continue;
      }
      const c = chunk[i];
      switch (this.state) {
        case 0 /* Value */:
        case 1 /* ValueOrClose */:
          if (isWhitespace(c)) break;
          if (c === 93 && this.state === 1 /* ValueOrClose */) {
            this.close(false);
            break;
          }
          this.startValue(c);
          if (this.state === 7 /* Literal */) continue;
          break;
        case 2 /* KeyOrClose */:
        case 3 /* Key */:
          if (isWhitespace(c)) break;
          if (c === 125 && this.state === 2 /* KeyOrClose */) {
            this.close(true);
          } else if (c === 34) {
            this.beginString(0 /* Key */);
          } else {
            this.fail("expected a key");
          }
          break;
        case 4 /* Colon */:
          if (isWhitespace(c)) break;
          if (c === 58) this.state = 0 /* Value */;
          else this.fail('expected ":"');
          break;
        case 5 /* AfterValue */: {
          if (isWhitespace(c)) break;
          const top = this.stack[this.stack.length - 1];
          if (c === 44) this.state = top.isObject ? 3 /* Key */ : 0 /* Value */;
          else if (c === 125 && top.isObject) this.close(true);
          else if (c === 93 && !top.isObject) this.close(false);
          else this.fail('expected "," or a closing bracket');
          break;
        }
        case 7 /* Literal */:
          if (isLiteralByte(c)) {
            if (this.literal.length < LITERAL_CAP) this.literal += String.fromCharCode(c);
            break;
          }
          this.endLiteral();
          continue;
        // re-read this byte after the literal
        case 8 /* Done */:
          if (!isWhitespace(c)) this.fail("unexpected data after the JSON value");
          break;
      }
      i++;
    }
    this.offset += n;
  }
  /** Ends the document and returns what was found. */
  end() {
    if (this.state === 7 /* Literal */ && this.stack.length === 0) this.endLiteral();
    if (this.state !== 8 /* Done */ && this.state !== 9 /* Failed */) {
      this.problem = this.offset === 0 ? "empty file" : `truncated JSON (ended inside a value after ${this.offset} bytes)`;
    }
    const facts = this.facts;
    facts.isSourceMap = this.version === "3" && (this.hasMappings && this.hasSources || this.hasSections);
    if (this.problem) facts.problem = this.problem;
    return facts;
  }
  /** True once the scanner knows the document is not JSON it can read: callers may stop feeding it. */
  get failed() {
    return this.state === 9 /* Failed */;
  }
  fail(reason) {
    this.problem = `invalid JSON: ${reason}`;
    this.state = 9 /* Failed */;
  }
  get top() {
    return this.stack[this.stack.length - 1];
  }
  startValue(c) {
    if (c === 123 || c === 91) {
      this.push(c === 123);
    } else if (c === 34) {
      this.beginString(1 /* Value */);
    } else if (c === 45 || c >= 48 && c <= 57 || c === 116 || c === 102 || c === 110) {
      this.literal = "";
      this.state = 7 /* Literal */;
    } else {
      this.fail("expected a value");
    }
  }
  push(isObject) {
    if (this.stack.length >= MAX_DEPTH) {
      this.fail(`nested deeper than ${MAX_DEPTH} levels`);
      return;
    }
    const parent = this.top;
    let role = "other";
    if (!parent) role = isObject ? "map" : "other";
    else if (parent.role === "map" && !isObject && this.key === "sources") role = "sources";
    else if (parent.role === "map" && !isObject && this.key === "sourcesContent") role = "sourcesContent";
    else if (parent.role === "map" && !isObject && this.key === "sections") role = "sections";
    else if (parent.role === "sections" && isObject) role = "section";
    else if (parent.role === "section" && isObject && this.key === "map") role = "map";
    if (role === "sources") this.hasSources = true;
    if (role === "sections") this.hasSections = true;
    this.stack.push({ isObject, role });
    this.state = isObject ? 2 /* KeyOrClose */ : 1 /* ValueOrClose */;
  }
  close(isObject) {
    const top = this.stack.pop();
    if (!top || top.isObject !== isObject) {
      this.fail("mismatched bracket");
      return;
    }
    this.state = this.stack.length === 0 ? 8 /* Done */ : 5 /* AfterValue */;
  }
  beginString(kind) {
    this.strKind = kind;
    this.strLength = 0;
    this.escapeNext = false;
    const top = this.top;
    const wanted = kind === 0 /* Key */ ? top?.role === "map" || top?.role === "section" : top?.role === "sources" || top?.role === "map" && this.key === "sourceRoot";
    this.strCapture = wanted ? [] : null;
    this.state = 6 /* String */;
  }
  /** Consumes string bytes from `i`; returns the next index. Jumps to quotes with indexOf. */
  scanString(chunk, i) {
    const n = chunk.length;
    if (this.escapeNext) {
      this.capture(chunk, i, i + 1);
      this.escapeNext = false;
      return i + 1;
    }
    const quote = chunk.indexOf(34, i);
    const end = quote === -1 ? n : quote;
    let backslashes = 0;
    for (let k = end - 1; k >= i && chunk[k] === 92; k--) backslashes++;
    const escaped = backslashes % 2 === 1;
    if (quote === -1) {
      this.capture(chunk, i, n);
      this.escapeNext = escaped;
      return n;
    }
    if (escaped) {
      this.capture(chunk, i, quote + 1);
      return quote + 1;
    }
    this.capture(chunk, i, quote);
    this.endString();
    return quote + 1;
  }
  capture(chunk, from, to) {
    this.strLength += to - from;
    const cap = this.strKind === 0 /* Key */ ? KEY_CAP : STRING_CAP;
    if (this.strCapture && this.strCapture.length < cap) {
      for (let k = from; k < to && this.strCapture.length < cap; k++) this.strCapture.push(chunk[k]);
    }
  }
  endString() {
    const text = this.strCapture ? Buffer.from(this.strCapture).toString("utf8") : "";
    this.strCapture = null;
    const top = this.top;
    if (this.strKind === 0 /* Key */) {
      this.key = text;
      this.state = 4 /* Colon */;
      return;
    }
    if (!top) {
      this.state = 8 /* Done */;
      return;
    }
    if (top.role === "sources") {
      this.facts.sources++;
      this.noteUrl(text);
    } else if (top.role === "sourcesContent") {
      if (this.strLength > 0) this.facts.sourcesWithContent++;
    } else if (top.role === "map") {
      if (this.key === "mappings") this.hasMappings = true;
      if (this.key === "sourceRoot" && text) {
        this.facts.sourceRoot = text;
        this.noteUrl(text);
      }
    }
    this.state = 5 /* AfterValue */;
  }
  endLiteral() {
    const top = this.top;
    if (top?.role === "map" && this.key === "version" && this.stack.length === 1) this.version = this.literal;
    if (top?.role === "sources" && this.literal === "null") this.facts.sources++;
    this.state = this.stack.length === 0 ? 8 /* Done */ : 5 /* AfterValue */;
  }
  noteUrl(value) {
    if (!EXTERNAL_URL.test(value)) return;
    this.facts.externalUrlCount++;
    if (this.facts.externalUrls.length < MAX_URL_SAMPLES) this.facts.externalUrls.push(value);
  }
};

// src/inspect/source-mapping-url.ts
var NEEDLE = Buffer.from("sourceMappingURL=");
var PREFIXES = ["//# ", "//@ ", "/*# ", "/*@ "];
var TAIL = NEEDLE.length + 5;
var URL_CAP = 2048;
var REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i;
function isUrlEnd(c) {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 42 || c === 60 || c === 62 || c === 92;
}
var SourceMappingUrlScanner = class {
  /** The last bytes of the previous chunk, so a needle split across chunks is still found. */
  tail = Buffer.alloc(0);
  /** Bytes seen before the current chunk: tells whether a comment starts the file. */
  seen = 0;
  capturing = false;
  header = [];
  inData = false;
  base64 = false;
  base64Rest = "";
  inlineScanner = null;
  last;
  write(chunk) {
    let i = 0;
    const continuesUrl = this.capturing;
    if (continuesUrl) i = this.captureUrl(chunk, 0);
    if (!continuesUrl && this.tail.length > 0) {
      const joint = Buffer.concat([this.tail, chunk.subarray(0, NEEDLE.length)]);
      const at = joint.indexOf(NEEDLE);
      if (at !== -1 && at + NEEDLE.length > this.tail.length && this.hasPrefix(joint, at, this.seen - this.tail.length)) {
        this.startCapture();
        i = this.captureUrl(chunk, at + NEEDLE.length - this.tail.length);
      }
    }
    while (i < chunk.length && !this.capturing) {
      const at = chunk.indexOf(NEEDLE, i);
      if (at === -1) break;
      const prefixOk = at >= 5 ? this.hasPrefix(chunk, at, this.seen) : this.hasPrefix(Buffer.concat([this.tail, chunk.subarray(0, at)]), this.tail.length + at, this.seen - this.tail.length);
      i = at + NEEDLE.length;
      if (prefixOk) {
        this.startCapture();
        i = this.captureUrl(chunk, i);
      }
    }
    this.tail = Buffer.from(chunk.length >= TAIL ? chunk.subarray(chunk.length - TAIL) : Buffer.concat([this.tail, chunk]).subarray(-TAIL));
    this.seen += chunk.length;
  }
  end() {
    if (this.capturing) this.finishCapture();
    return this.last;
  }
  /**
   * True when `//# ` (or `/*# `, `//@ `) stands right before the needle and starts a line.
   * Code that writes such comments holds them inside strings, after a quote or a `\n` escape:
   * those are not this file's own map.
   */
  hasPrefix(buf, at, bufStart) {
    if (at < 4 || !PREFIXES.includes(buf.toString("latin1", at - 4, at))) return false;
    if (at === 4) return bufStart === 0;
    const c = buf[at - 5];
    return c === 10 || c === 13 || c === 32 || c === 9;
  }
  startCapture() {
    this.capturing = true;
    this.header = [];
    this.inData = false;
    this.base64 = false;
    this.base64Rest = "";
    this.inlineScanner = null;
  }
  /** Reads URL bytes from `i` until the URL ends; returns the index after what it consumed. */
  captureUrl(chunk, i) {
    let end = i;
    while (end < chunk.length && !isUrlEnd(chunk[end])) end++;
    let from = i;
    if (!this.inData) {
      while (from < end && this.header.length < URL_CAP) {
        const c = chunk[from++];
        this.header.push(c);
        if (c === 44 && this.isDataHeader()) {
          this.inData = true;
          this.base64 = /;base64,$/i.test(this.headerText());
          this.inlineScanner = new SourceMapScanner();
          break;
        }
      }
    }
    if (this.inData && from < end) this.feedInline(chunk.subarray(from, end));
    if (end < chunk.length) this.finishCapture();
    return end;
  }
  isDataHeader() {
    return this.header.length >= 5 && this.headerText().slice(0, 5).toLowerCase() === "data:";
  }
  headerText() {
    return Buffer.from(this.header).toString("latin1");
  }
  feedInline(bytes) {
    const scanner = this.inlineScanner;
    if (!scanner || scanner.failed) return;
    if (!this.base64) {
      scanner.write(bytes);
      return;
    }
    const text = this.base64Rest + bytes.toString("latin1");
    const usable = text.length - text.length % 4;
    this.base64Rest = text.slice(usable);
    if (usable > 0) scanner.write(Buffer.from(text.slice(0, usable), "base64"));
  }
  finishCapture() {
    this.capturing = false;
    const url = this.headerText();
    if (!url) return;
    if (this.inData && this.inlineScanner) {
      if (this.base64Rest) this.inlineScanner.write(Buffer.from(this.base64Rest, "base64"));
      this.last = { kind: "inline", url, inline: this.inlineScanner.end() };
    } else if (this.isDataHeader()) {
      this.last = { kind: "inline", url };
    } else {
      this.last = { kind: REMOTE.test(url) ? "external" : "relative", url };
    }
    this.inlineScanner = null;
  }
};

// src/inspect/secret-scanner.ts
import { createHash } from "node:crypto";
var PATTERNS = SECRET_PATTERNS.map((pattern, rank2) => ({ ...pattern, rank: rank2, global: new RegExp(pattern.regex.source, `${pattern.regex.flags}g`) }));
function matchCovering(regex, window, anchor) {
  regex.lastIndex = 0;
  let match;
  while ((match = regex.exec(window)) !== null) {
    if (match.index > anchor) return void 0;
    if (anchor < match.index + match[0].length) return match;
    if (match[0].length === 0) regex.lastIndex++;
  }
  return void 0;
}
var BEFORE = 80;
var AFTER = 560;
var OVERLAP = BEFORE + AFTER;
var BINARY_SNIFF = 8192;
var MAX_MATCHES_PER_FILE = 50;
var DEFAULT_SECRET_SCAN_BYTES = 64 * 1024 * 1024;
var foundSecretValues = /* @__PURE__ */ new Set();
function fingerprint(value) {
  return `sha256:${createHash("sha256").update(value).digest("hex").slice(0, 12)}`;
}
var SecretScanner = class {
  constructor(path, maxBytes = DEFAULT_SECRET_SCAN_BYTES) {
    this.path = path;
    this.maxBytes = maxBytes;
  }
  path;
  maxBytes;
  carry = "";
  /** Absolute offset of the start of `carry`. */
  carryStart = 0;
  /** Anchor hits before this absolute offset were already judged. */
  judgedUpTo = 0;
  lineCountedTo = 0;
  line = 1;
  scanned = 0;
  stopped = false;
  partial = false;
  seen = /* @__PURE__ */ new Map();
  matches = [];
  write(chunk) {
    if (this.stopped) return;
    if (this.scanned === 0 && chunk.subarray(0, BINARY_SNIFF).includes(0)) {
      this.stopped = true;
      return;
    }
    if (this.scanned + chunk.length > this.maxBytes) {
      chunk = chunk.subarray(0, this.maxBytes - this.scanned);
      this.partial = true;
      this.stopped = true;
    }
    this.scanned += chunk.length;
    const text = this.carry + chunk.toString("latin1");
    this.scan(text, this.stopped);
    const keep = Math.min(OVERLAP, text.length);
    this.countLines(text, text.length - keep);
    this.carryStart += text.length - keep;
    this.carry = text.slice(text.length - keep);
  }
  end() {
    if (!this.stopped) this.scan(this.carry, true);
    if (this.matches.length === 0 && !this.partial) return void 0;
    return this.partial ? { matches: this.matches, partial: true } : { matches: this.matches };
  }
  scan(text, final) {
    const limit = final ? text.length : text.length - AFTER;
    ANCHORS.lastIndex = Math.max(0, this.judgedUpTo - this.carryStart);
    let hit;
    while ((hit = ANCHORS.exec(text)) !== null) {
      if (hit.index >= limit) break;
      this.judge(text, hit.index);
      this.judgedUpTo = this.carryStart + hit.index + 1;
      if (this.matches.length >= MAX_MATCHES_PER_FILE) {
        this.stopped = true;
        return;
      }
    }
    if (!final) this.judgedUpTo = Math.max(this.judgedUpTo, this.carryStart + limit);
  }
  judge(text, at) {
    const from = Math.max(0, at - BEFORE);
    const window = text.slice(from, at + AFTER);
    const anchor = at - from;
    for (const pattern of PATTERNS) {
      if (pattern.pathFilter && !pattern.pathFilter.test(this.path)) continue;
      const match = matchCovering(pattern.global, window, anchor);
      if (!match) continue;
      const value = match[match.length - 1] ?? match[1];
      if (pattern.accept && !pattern.accept(value)) continue;
      const decoded = Buffer.from(value, "latin1").toString("utf8");
      const print = fingerprint(decoded);
      const earlier = this.seen.get(print);
      if (earlier) {
        if (pattern.rank < earlier.rank) {
          earlier.match.kind = pattern.kind;
          earlier.rank = pattern.rank;
        }
        return;
      }
      foundSecretValues.add(decoded);
      const found = { kind: pattern.kind, line: this.lineAt(text, from + match.index), preview: decoded.slice(0, 4), fingerprint: print };
      this.seen.set(print, { match: found, rank: pattern.rank });
      this.matches.push(found);
      return;
    }
  }
  /** The 1-based line of a position in `text`. Newlines are counted once, in order. */
  lineAt(text, position) {
    if (this.carryStart + position > this.lineCountedTo) this.countLines(text, position);
    return this.line;
  }
  /** Counts the newlines of `text` from where counting stopped up to `upTo`. */
  countLines(text, upTo) {
    let i = Math.max(0, this.lineCountedTo - this.carryStart);
    for (let next = text.indexOf("\n", i); next !== -1 && next < upTo; next = text.indexOf("\n", i)) {
      this.line++;
      i = next + 1;
    }
    this.lineCountedTo = Math.max(this.lineCountedTo, this.carryStart + upTo);
  }
};

// src/inspect/file-inspector.ts
var SCRIPT_OR_STYLE = /\.(?:m?js|cjs|css)$/i;
var FileInspector = class {
  constructor(path, maxSecretScanBytes = DEFAULT_SECRET_SCAN_BYTES) {
    this.path = path;
    this.secretScanner = new SecretScanner(path, maxSecretScanBytes);
    this.namedMap = path.toLowerCase().endsWith(".map");
    if (SCRIPT_OR_STYLE.test(path)) this.urlScanner = new SourceMappingUrlScanner();
    if (this.namedMap) {
      this.mapScanner = new SourceMapScanner();
      this.sniffed = true;
    }
  }
  path;
  mapScanner = null;
  urlScanner = null;
  secretScanner;
  sniffed = false;
  namedMap;
  write(chunk) {
    if (!this.sniffed) this.sniff(chunk);
    if (this.mapScanner && !this.mapScanner.failed) this.mapScanner.write(chunk);
    this.urlScanner?.write(chunk);
    this.secretScanner.write(chunk);
  }
  end() {
    const facts = {};
    if (this.mapScanner) {
      const map = this.mapScanner.end();
      if (this.namedMap || map.isSourceMap) facts.sourceMap = map;
    }
    const url = this.urlScanner?.end();
    if (url) facts.sourceMappingUrl = url;
    const secrets = this.secretScanner.end();
    if (secrets) facts.secrets = secrets;
    return facts;
  }
  sniff(chunk) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 32 || c === 10 || c === 13 || c === 9 || i < 3 && (c === 239 || c === 187 || c === 191)) continue;
      this.sniffed = true;
      if (c === 123) this.mapScanner = new SourceMapScanner();
      return;
    }
  }
};

// src/adapters/tarball-reader.ts
var DEFAULT_LIMITS = { maxBytes: 1024 ** 3, maxEntries: 5e5 };
var MANIFEST_CAP = 1024 * 1024;
function entryType(type) {
  switch (type) {
    case "file":
    case "contiguous-file":
      return "file";
    case "directory":
      return "directory";
    case "symlink":
      return "symlink";
    case "link":
      return "link";
    default:
      return "other";
  }
}
function stripRoot(name) {
  const slash = name.indexOf("/");
  return slash === -1 ? name : name.slice(slash + 1);
}
async function readTarballFile(file, limits = DEFAULT_LIMITS) {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new PackGuardError(`${file}: not a file`);
  } catch (error) {
    if (error instanceof PackGuardError) throw error;
    throw new PackGuardError(`${file}: cannot read (${error.code ?? "error"})`);
  }
  return readTarball(createReadStream(file), file, limits);
}
async function readTarball(source, label2, limits = DEFAULT_LIMITS) {
  let packedSize = 0;
  let unpackedBytes = 0;
  const countPacked = new Transform({
    transform(chunk, _encoding, callback) {
      packedSize += chunk.length;
      callback(null, chunk);
    }
  });
  const gunzip = createGunzip();
  const extract = (0, import_tar_stream.extract)();
  const byPath = /* @__PURE__ */ new Map();
  let entries = 0;
  let manifest = null;
  let stopped = false;
  const stop = (error) => {
    stopped = true;
    extract.destroy(error);
  };
  extract.on("entry", (header, stream, next) => {
    stream.on("error", () => {
    });
    entries++;
    if (entries > limits.maxEntries) {
      stop(new PackGuardError(`${label2}: more than ${limits.maxEntries} entries (raise the cap with --max-entries)`));
      return;
    }
    const type = entryType(header.type);
    const path = stripRoot(header.name);
    const entry = { path, size: header.size ?? 0, mode: header.mode ?? 0, type, facts: {} };
    if (header.linkname) entry.linkTarget = header.linkname;
    const inspector = type === "file" ? new FileInspector(path, limits.maxSecretScanBytes) : null;
    const manifestChunks = type === "file" && path === "package.json" ? [] : null;
    let manifestBytes = 0;
    stream.on("data", (data) => {
      const chunk = data;
      if (stopped) return;
      unpackedBytes += chunk.length;
      if (unpackedBytes > limits.maxBytes) {
        stop(new PackGuardError(`${label2}: decompresses to more than ${formatCap(limits.maxBytes)} (a gzip bomb, or raise the cap with --max-bytes)`));
        return;
      }
      inspector?.write(chunk);
      if (manifestChunks && manifestBytes < MANIFEST_CAP) {
        manifestChunks.push(chunk);
        manifestBytes += chunk.length;
      }
    });
    stream.on("end", () => {
      if (inspector) entry.facts = inspector.end();
      if (manifestChunks) manifest = Buffer.concat(manifestChunks);
      if (type !== "directory") byPath.set(path, entry);
      next();
    });
    stream.resume();
  });
  try {
    await pipeline(source, countPacked, gunzip, extract);
  } catch (error) {
    throw explainReadError(error, label2);
  }
  if (entries === 0) throw new PackGuardError(`${label2}: the tarball holds no entries`);
  const files = [...byPath.values()];
  let unpackedSize = 0;
  let fileCount = 0;
  for (const file of files) {
    if (file.type !== "file") continue;
    unpackedSize += file.size;
    fileCount++;
  }
  const { name, version } = parseManifest(manifest, label2);
  return { name, version, files, packedSize, unpackedSize, fileCount };
}
function parseManifest(manifest, label2) {
  if (!manifest) throw new PackGuardError(`${label2}: no package.json at the package root`);
  try {
    const data = JSON.parse(manifest.toString("utf8"));
    return {
      name: typeof data.name === "string" ? data.name : "(unnamed)",
      version: typeof data.version === "string" ? data.version : "0.0.0"
    };
  } catch {
    throw new PackGuardError(`${label2}: package.json in the tarball is not valid JSON`);
  }
}
function formatCap(bytes) {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}
function explainReadError(error, label2) {
  if (error instanceof PackGuardError) return error;
  const err = error;
  const message = String(err?.message ?? error);
  if (err?.code === "ENOENT") return new PackGuardError(`${label2}: no such file`);
  if (err?.code === "Z_DATA_ERROR" || /incorrect header check|invalid (?:block type|distance|stored block)/i.test(message)) {
    return new PackGuardError(`${label2}: not a gzip file (${message})`);
  }
  if (err?.code === "Z_BUF_ERROR" || /unexpected end of file/i.test(message)) return new PackGuardError(`${label2}: truncated gzip data`);
  if (/unexpected end of data|premature/i.test(message)) return new PackGuardError(`${label2}: truncated tar archive`);
  if (/invalid tar header|checksum/i.test(message)) return new PackGuardError(`${label2}: not a valid tar archive (${message})`);
  return new PackGuardError(`${label2}: cannot read the tarball (${message})`);
}

// src/adapters/registry.ts
var ACCEPT = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";
var MAX_REDIRECTS = 5;
var RetryableError = class extends Error {
};
var RegistryClient = class {
  constructor(options) {
    this.options = options;
    this.tries = options.tries ?? 3;
    this.backoffMs = options.backoffMs ?? 500;
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.limits = options.limits ?? DEFAULT_LIMITS;
  }
  options;
  packuments = /* @__PURE__ */ new Map();
  snapshots = /* @__PURE__ */ new Map();
  tries;
  backoffMs;
  timeoutMs;
  limits;
  /** The package document, or null when the registry has never heard of the package (404). */
  packument(registry, name) {
    const url = packumentUrl(registry, name);
    let pending = this.packuments.get(url);
    if (!pending) {
      pending = this.fetchPackument(url, registry, name);
      this.packuments.set(url, pending);
    }
    return pending;
  }
  /**
   * Streams `name@version`'s tarball once: the same bytes feed the sha512 check and
   * the tarball reader. The snapshot is returned only when the hash matches.
   */
  snapshot(registry, packument, version) {
    const dist = packument.dist.get(version);
    const label2 = `${packument.name}@${version}`;
    if (!dist) return Promise.reject(new PackGuardError(`${label2} is not published on ${registry}`));
    let pending = this.snapshots.get(dist.tarball);
    if (!pending) {
      pending = this.fetchSnapshot(registry, label2, dist);
      this.snapshots.set(dist.tarball, pending);
    }
    return pending;
  }
  async fetchPackument(url, registry, name) {
    const body = await this.request(url, registry, `${name}'s registry document`, async (response) => {
      if (response.status === 404) return null;
      try {
        return await response.json();
      } catch {
        throw new PackGuardError(`${registry}: the document for ${name} is not valid JSON`);
      }
    });
    if (body === null) return null;
    return toPackument(body, name, registry);
  }
  async fetchSnapshot(registry, label2, dist) {
    const expected = expectedHash(dist, label2, registry);
    return this.request(dist.tarball, registry, `${label2}'s tarball`, async (response, progress) => {
      if (response.status === 404) throw new PackGuardError(`${label2}: the registry lists it but its tarball is missing (404 from ${registry})`);
      if (!response.body) throw new PackGuardError(`${label2}: empty tarball response from ${registry}`);
      const hash = createHash2(expected.algorithm);
      const body = Readable.fromWeb(response.body);
      const toReader = new PassThrough();
      let bodyError;
      body.on("data", (chunk) => {
        hash.update(chunk);
        progress();
      });
      const ended = new Promise((resolve3, reject) => {
        body.on("end", resolve3);
        body.on("error", (error) => {
          bodyError = error;
          toReader.destroy(error);
          reject(error);
        });
      });
      ended.catch(() => {
      });
      body.pipe(toReader);
      let snapshot;
      let readError;
      try {
        snapshot = await readTarball(toReader, `${label2} from ${registry}`, this.limits);
      } catch (error) {
        readError = error;
      }
      if (bodyError) throw bodyError;
      body.unpipe(toReader);
      toReader.destroy();
      body.resume();
      await ended;
      const actual = hash.digest("base64");
      if (actual !== expected.digest) {
        throw new PackGuardError(
          `${label2}: tarball from ${registry} does not match its integrity (${expected.algorithm}-${expected.digest.slice(0, 12)}\u2026, got ${expected.algorithm}-${actual.slice(0, 12)}\u2026); refusing to compare with it`
        );
      }
      if (readError || !snapshot) throw readError;
      return snapshot;
    });
  }
  /**
   * One request with retries: 429, 5xx and network errors are tried again with
   * backoff; anything else goes to `handle`. An unreachable registry ends in a
   * PackGuardError naming it, never in a silent pass.
   */
  async request(url, registry, what, handle) {
    let lastProblem = "";
    for (let attempt = 1; attempt <= this.tries; attempt++) {
      const controller = new AbortController();
      let timer = setTimeout(() => controller.abort(), this.timeoutMs);
      const progress = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), this.timeoutMs);
      };
      let retryAfterMs = 0;
      try {
        const response = await this.fetchFollowing(url, controller.signal);
        if (response.status === 429 || response.status >= 500) {
          retryAfterMs = retryAfter(response.headers.get("retry-after"));
          await response.body?.cancel().catch(() => {
          });
          throw new RetryableError(`HTTP ${response.status}`);
        }
        if (response.status === 401 || response.status === 403) {
          await response.body?.cancel().catch(() => {
          });
          throw new PackGuardError(`${registry}: HTTP ${response.status} for ${what}: a token for this registry is missing or not allowed (check .npmrc, e.g. //host/:_authToken=\${NODE_AUTH_TOKEN})`);
        }
        if (response.status !== 404 && (response.status < 200 || response.status >= 300)) {
          await response.body?.cancel().catch(() => {
          });
          throw new PackGuardError(`${registry}: HTTP ${response.status} for ${what}`);
        }
        return await handle(response, progress);
      } catch (error) {
        if (error instanceof PackGuardError) throw error;
        if (!(error instanceof RetryableError) && !isNetworkError(error) && !controller.signal.aborted) throw error;
        lastProblem = controller.signal.aborted ? `no answer within ${formatMs(this.timeoutMs)}` : describeNetworkError(error);
      } finally {
        clearTimeout(timer);
      }
      if (attempt < this.tries) await sleep(Math.max(retryAfterMs, this.backoffMs * 2 ** (attempt - 1)));
    }
    throw new PackGuardError(`cannot reach the registry ${registry} for ${what}: ${lastProblem} (tried ${this.tries} times)`);
  }
  /** Follows redirects by hand so the token is chosen again for each host (never carried to another). */
  async fetchFollowing(url, signal) {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers = { accept: ACCEPT, "user-agent": "pack-guard" };
      const auth = authFor(current, this.options.config);
      if (auth) headers.authorization = auth;
      const response = await fetch(current, { headers, signal, redirect: "manual" });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {
        });
        current = new URL(location, current).toString();
        continue;
      }
      return response;
    }
    throw new PackGuardError(`${url}: more than ${MAX_REDIRECTS} redirects`);
  }
};
function packumentUrl(registry, name) {
  return `${withSlash(registry)}${encodeURIComponent(name).replace(/^%40/, "@")}`;
}
function toPackument(body, name, registry) {
  if (!body || typeof body !== "object") throw new PackGuardError(`${registry}: the document for ${name} is not an object`);
  const doc = body;
  const dist = /* @__PURE__ */ new Map();
  for (const [version, manifest] of Object.entries(doc.versions ?? {})) {
    const tarball = manifest?.dist?.tarball;
    if (typeof tarball !== "string") continue;
    dist.set(version, { tarball, integrity: stringOrUndefined(manifest.dist?.integrity), shasum: stringOrUndefined(manifest.dist?.shasum) });
  }
  const distTags = {};
  for (const [tag, version] of Object.entries(doc["dist-tags"] ?? {})) if (typeof version === "string") distTags[tag] = version;
  return { name, versions: [...dist.keys()], distTags, dist };
}
function stringOrUndefined(value) {
  return typeof value === "string" ? value : void 0;
}
function expectedHash(dist, label2, registry) {
  const sha512 = dist.integrity?.split(/\s+/).find((entry) => entry.startsWith("sha512-"));
  if (sha512) return { algorithm: "sha512", digest: sha512.slice("sha512-".length).split("?")[0] };
  if (dist.shasum && /^[0-9a-f]{40}$/i.test(dist.shasum)) return { algorithm: "sha1", digest: Buffer.from(dist.shasum, "hex").toString("base64") };
  throw new PackGuardError(`${label2}: ${registry} gives no integrity hash for its tarball; refusing to trust it`);
}
var NETWORK_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "ECONNABORTED"]);
function networkCode(error) {
  for (let current = error, depth = 0; current && depth < 5; current = current.cause, depth++) {
    const code = current.code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
  }
  return void 0;
}
function isNetworkError(error) {
  if (!error) return false;
  if (networkCode(error)) return true;
  return error instanceof TypeError && /fetch failed|terminated/i.test(error.message);
}
function describeNetworkError(error) {
  if (error instanceof RetryableError) return error.message;
  const code = networkCode(error);
  if (code) return code;
  const cause = error?.cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause instanceof Error && cause.message ? `${message}: ${cause.message}` : message;
}
function retryAfter(header) {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1e3, 1e4) : 0;
}
function formatMs(ms) {
  return ms >= 1e3 ? `${Math.round(ms / 1e3)} s` : `${ms} ms`;
}
function sleep(ms) {
  return new Promise((resolve3) => setTimeout(resolve3, ms));
}

// src/adapters/workspaces.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync3, readdirSync } from "node:fs";
import { join as join3, relative, sep } from "node:path";
var MAX_DEPTH2 = 6;
function workspacePatterns(manifest) {
  const field = manifest.workspaces;
  const list = Array.isArray(field) ? field : field && typeof field === "object" && Array.isArray(field.packages) ? field.packages : null;
  if (!list) return null;
  return list.filter((item) => typeof item === "string");
}
function findWorkspaces(root, patterns) {
  const include = patterns.filter((p) => !p.startsWith("!")).map(normalize);
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => normalize(p.slice(1)));
  const isIncluded = (0, import_picomatch2.default)(include.length ? include : ["\0"], { dot: false });
  const isExcluded = exclude.length ? (0, import_picomatch2.default)(exclude) : () => false;
  const depth = Math.min(MAX_DEPTH2, Math.max(1, ...include.map((p) => p.includes("**") ? MAX_DEPTH2 : p.split("/").length)));
  const found = [];
  const walk = (dir, level) => {
    if (level > depth) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (!entry.isDirectory() || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const child = join3(dir, entry.name);
      const relativePath = relative(root, child).split(sep).join("/");
      if (isIncluded(relativePath) && !isExcluded(relativePath) && existsSync3(join3(child, "package.json"))) {
        found.push({ dir: child, relativePath, manifest: readManifest(child) });
      }
      walk(child, level + 1);
    }
  };
  walk(root, 1);
  if (found.length === 0) throw new PackGuardError(`${join3(root, "package.json")}: "workspaces" (${patterns.join(", ")}) matches no package folder`);
  return found;
}
function normalize(pattern) {
  return pattern.replace(/^\.\//, "").replace(/\/+$/, "");
}

// src/version.ts
var VERSION = "0.1.0";

// src/check.ts
function isTarballSpec(spec) {
  return /\.(?:tgz|tar\.gz)$/i.test(spec) || spec.includes("/") || spec.includes("\\");
}
function createContext(options, projectDir) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const config = loadNpmConfig({ projectDir, env: options.env ?? process.env, userconfig: options.userconfig });
  return {
    options,
    limits,
    policy: options.policy ?? DEFAULT_POLICY,
    projectDir,
    config,
    client: new RegistryClient({ config, limits, ...options.network })
  };
}
function registryOf(context, name, publishRegistry) {
  if (context.options.registry) return checkedRegistry(context.options.registry, "--registry");
  if (publishRegistry) return checkedRegistry(publishRegistry, `publishConfig.registry of ${name}`);
  return checkedRegistry(registryFor(name, context.config), `the registry for ${name} in .npmrc`);
}
function checkedRegistry(url, where) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new PackGuardError(`${where}: not a URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new PackGuardError(`${where}: expected an http(s) URL, got ${parsed.protocol}`);
  if (parsed.username || parsed.password) {
    throw new PackGuardError(`${where}: the URL for ${parsed.host} holds credentials; put the token in .npmrc as //${parsed.host}/:_authToken=... instead`);
  }
  return withSlash(url);
}
async function loadBaseline(context, candidate, publishRegistry) {
  const spec = context.options.baseline;
  if (spec === "none") return { snapshot: null, info: { version: null, source: "none" } };
  if (isTarballSpec(spec)) {
    const file = resolve2(context.options.cwd ?? process.cwd(), spec);
    if (!existsSync4(file)) throw new PackGuardError(`--baseline ${spec}: no such file`);
    const snapshot = await readTarballFile(file, context.limits);
    return { snapshot, info: { version: snapshot.version, source: spec } };
  }
  const registry = registryOf(context, candidate.name, publishRegistry);
  const packument = await context.client.packument(registry, candidate.name);
  const choice = chooseBaseline(candidate.version, spec, packument);
  switch (choice.kind) {
    case "none":
      return { snapshot: null, info: { version: null, source: "none" } };
    case "first-release":
      return { snapshot: null, info: { version: null, source: "first-release", registry } };
    case "not-published":
      throw new PackGuardError(
        packument ? `--baseline ${spec}: ${candidate.name}@${spec} is not published on ${registry}` : `--baseline ${spec}: ${candidate.name} is not published on ${registry} at all (use --baseline auto for a first release)`
      );
    case "version": {
      const snapshot = await context.client.snapshot(registry, packument, choice.version);
      return { snapshot, info: { version: choice.version, source: "registry", registry } };
    }
  }
}
async function checkTarball(context, file, publishRegistry) {
  const after = await readTarballFile(file, context.limits);
  const baseline = await loadBaseline(context, after, publishRegistry);
  return analyzePackage({ before: baseline.snapshot, after, baseline: baseline.info, policy: context.policy });
}
async function checkFolder(context, folder) {
  const manifest = readManifest(folder);
  const destination = await mkdtemp2(join4(tmpdir2(), "pack-guard-pack-"));
  try {
    const tarball = await packFolder(folder, { runScripts: context.options.runScripts, env: context.options.env, destination });
    return await checkTarball(context, tarball, manifest.publishConfig?.registry);
  } finally {
    await rm(destination, { recursive: true, force: true });
  }
}
function planWorkspaces(root, patterns, wanted) {
  const all = findWorkspaces(root, patterns);
  const selected = wanted?.length ? all.filter((ws) => wanted.includes(ws.manifest.name ?? "") || wanted.includes(ws.relativePath)) : all;
  for (const name of wanted ?? []) {
    if (!all.some((ws) => ws.manifest.name === name || ws.relativePath === name)) {
      throw new PackGuardError(`--workspace ${name}: no such workspace in ${root} (have: ${all.map((ws) => ws.manifest.name ?? ws.relativePath).join(", ")})`);
    }
  }
  const plan = { folders: [], skipped: [] };
  for (const ws of selected) {
    if (ws.manifest.private === true) plan.skipped.push({ name: ws.manifest.name ?? ws.relativePath, path: ws.relativePath, reason: "private" });
    else plan.folders.push(ws.dir);
  }
  return plan;
}
async function check(options) {
  const path = resolve2(options.cwd ?? process.cwd(), options.path);
  if (!existsSync4(path)) throw new PackGuardError(`${options.path}: no such file or folder`);
  if (!statSync(path).isDirectory()) {
    if (options.workspaces?.length) throw new PackGuardError(`--workspace needs a workspace root folder, not ${options.path}`);
    const context2 = createContext(options, options.cwd ?? process.cwd());
    return buildReport([await checkTarball(context2, path)], context2.policy, VERSION);
  }
  const context = createContext(options, path);
  const manifest = readManifest(path);
  const patterns = workspacePatterns(manifest);
  if (!patterns) {
    if (options.workspaces?.length) throw new PackGuardError(`--workspace: ${path}/package.json has no "workspaces"`);
    return buildReport([await checkFolder(context, path)], context.policy, VERSION);
  }
  const plan = planWorkspaces(path, patterns, options.workspaces);
  if (!options.workspaces?.length && manifest.private !== true) plan.folders.unshift(path);
  const packages = [];
  for (const folder of plan.folders) packages.push(await checkFolder(context, folder));
  const report = buildReport(packages, context.policy, VERSION);
  return plan.skipped.length ? { ...report, skipped: plan.skipped } : report;
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/escape.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeText(value) {
  return value.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
var MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&"'@:=$^]/g;
function escapeMarkdown(value) {
  return escapeText(value).replace(MARKDOWN_SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}

// src/report/sizes.ts
function formatDelta(measure, asBytes = true) {
  if (measure.before === null) return "";
  const delta = measure.after - measure.before;
  const amount = asBytes ? prettyBytes(delta, { signed: true }) : `${delta > 0 ? "+" : ""}${delta}`;
  if (delta === 0 || measure.before === 0) return amount;
  const percent = delta / measure.before * 100;
  return `${amount} (${percent > 0 ? "+" : ""}${percent.toFixed(percent > -10 && percent < 10 ? 1 : 0)}%)`;
}
function formatBytes(value) {
  return value === null ? "-" : prettyBytes(value);
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// src/report/text.ts
var LABEL = { error: "ERROR  ", warning: "WARNING", notice: "NOTICE " };
function verdictLine(report) {
  const { error, warning, notice } = report.counts;
  const parts = [plural(error, "error"), plural(warning, "warning")];
  if (notice) parts.push(plural(notice, "notice"));
  return `${report.verdict === "fail" ? "FAIL" : "PASS"}: ${parts.join(", ")} (fail-on: ${report.failOn})`;
}
function baselineText(pkg) {
  const { version, source } = pkg.baseline;
  if (source === "none") return "no baseline (--baseline none)";
  if (source === "first-release") return "first release: nothing published to compare with";
  if (source === "registry") return `against ${escapeText(version ?? "?")} (${escapeText(pkg.baseline.registry ?? "registry")})`;
  return `against ${version ?? "?"} (${escapeText(source)})`;
}
function renderFinding(finding) {
  const where = finding.path ? `  ${escapeText(finding.path)}` : "";
  const lines = [`  ${LABEL[finding.severity]} ${finding.rule}${where}`, `    ${escapeText(finding.message)}`];
  if (finding.suppressed) lines.push(`    ${finding.suppressed.by === "label" ? "accepted" : "allowed"}: ${escapeText(finding.suppressed.reason)}`);
  else if (finding.hint) lines.push(`    fix: ${finding.hint}`);
  return lines;
}
function renderSizes(pkg) {
  const rows = [
    ["", "before", "after", "delta"],
    ["packed", formatBytes(pkg.packed.before), formatBytes(pkg.packed.after), formatDelta(pkg.packed)],
    ["unpacked", formatBytes(pkg.unpacked.before), formatBytes(pkg.unpacked.after), formatDelta(pkg.unpacked)],
    ["files", String(pkg.fileCount.before ?? "-"), String(pkg.fileCount.after), formatDelta(pkg.fileCount, false)]
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join("   ")}`.trimEnd());
}
function renderText(report) {
  const lines = [`pack-guard ${verdictLine(report)}`];
  for (const pkg of report.packages) {
    lines.push("", `${escapeText(pkg.name)}@${escapeText(pkg.version)} ${baselineText(pkg)}`);
    if (pkg.findings.length === 0) lines.push("  no findings");
    for (const finding of pkg.findings) lines.push(...renderFinding(finding));
    lines.push("", ...renderSizes(pkg));
    const { added, removed, changed } = pkg.files;
    if (pkg.baseline.version !== null) lines.push(`  ${added.length} added, ${removed.length} removed, ${changed.length} changed in size`);
  }
  if (report.skipped?.length) {
    lines.push("", `skipped: ${report.skipped.map((s) => `${escapeText(s.name)} (${escapeText(s.reason)})`).join(", ")}`);
  }
  return `${lines.join("\n")}
`;
}

// src/report/markdown.ts
var ICON = { error: ":x:", warning: ":warning:", notice: ":information_source:" };
var FOLD_AFTER = 10;
var LIST_CAP = 100;
function findingRow(finding) {
  const severity = finding.suppressed ? `~~${finding.severity}~~ (${finding.suppressed.by === "label" ? "accepted" : "allowed"})` : `${ICON[finding.severity]} ${finding.severity}`;
  const path = finding.path ? `<code>${escapeMarkdown(finding.path)}</code>` : "";
  const why = finding.suppressed ? `<br>${escapeMarkdown(finding.suppressed.reason)}` : finding.hint ? `<br><sub>${escapeMarkdown(finding.hint)}</sub>` : "";
  return `| ${severity} | \`${finding.rule}\` | ${path} | ${escapeMarkdown(finding.message)}${why} |`;
}
function fileList(title, items) {
  if (items.length === 0) return [];
  const shown = items.slice(0, LIST_CAP);
  const more = items.length > LIST_CAP ? [`- \u2026 and ${items.length - LIST_CAP} more (see the JSON report)`] : [];
  const body = [...shown.map((item) => `- ${item}`), ...more];
  if (items.length <= FOLD_AFTER) return [`**${title}**`, "", ...body, ""];
  return [`<details><summary>${title}</summary>`, "", ...body, "", "</details>", ""];
}
function renderPackageMarkdown(pkg) {
  const baseline = pkg.baseline.version !== null ? `compared with ${escapeMarkdown(pkg.baseline.version)}` : pkg.baseline.source === "first-release" ? "first release" : "no baseline";
  const lines = [`### ${escapeMarkdown(pkg.name)}@${escapeMarkdown(pkg.version)} (${baseline})`, ""];
  if (pkg.findings.length === 0) lines.push("No findings.", "");
  else lines.push("| severity | rule | file | finding |", "| --- | --- | --- | --- |", ...pkg.findings.map(findingRow), "");
  lines.push(
    "| | before | after | delta |",
    "| --- | ---: | ---: | ---: |",
    `| packed | ${formatBytes(pkg.packed.before)} | ${formatBytes(pkg.packed.after)} | ${formatDelta(pkg.packed)} |`,
    `| unpacked | ${formatBytes(pkg.unpacked.before)} | ${formatBytes(pkg.unpacked.after)} | ${formatDelta(pkg.unpacked)} |`,
    `| files | ${pkg.fileCount.before ?? "-"} | ${pkg.fileCount.after} | ${formatDelta(pkg.fileCount, false)} |`,
    ""
  );
  if (pkg.baseline.version !== null) {
    const { added, removed, changed } = pkg.files;
    lines.push(
      ...fileList(`Added files (${added.length})`, added.map((f) => `<code>${escapeMarkdown(f.path)}</code> ${formatBytes(f.size)}`)),
      ...fileList(`Removed files (${removed.length})`, removed.map((f) => `<code>${escapeMarkdown(f.path)}</code> ${formatBytes(f.size)}`)),
      ...fileList(
        `Changed in size (${changed.length})`,
        changed.map((f) => `<code>${escapeMarkdown(f.path)}</code> ${formatBytes(f.before)} \u2192 ${formatBytes(f.after)}`)
      )
    );
  }
  return lines;
}
function renderMarkdown(report, options = {}) {
  const head = [...options.header ?? [], `## pack-guard: ${verdictLine(report)}`, ""];
  if (report.skipped?.length) {
    head.push(`Skipped: ${report.skipped.map((s) => `<code>${escapeMarkdown(s.name)}</code> (${escapeMarkdown(s.reason)})`).join(", ")}`, "");
  }
  const sections = report.packages.map((pkg) => renderPackageMarkdown(pkg).join("\n"));
  const full = [...head, ...sections].join("\n");
  const max = options.maxLength;
  if (max === void 0 || full.length <= max) return `${full}
`;
  const note = (omitted) => `

> **Cut to fit:** ${omitted} characters of this report were left out (GitHub limits a comment's length). The job summary and the JSON report have it all.
`;
  const room = max - note(full.length).length - 1;
  const cut = full.lastIndexOf("\n", room);
  const kept = full.slice(0, cut > 0 ? cut : room);
  return `${kept}${note(full.length - kept.length)}`;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var USAGE = `Usage: pack-guard [PATH] [options]

Diffs an npm package tarball against its previous release and reports leaked
source maps, files that never belong in a release, and size jumps.

  PATH                        a package folder or a .tgz (default: .)
  --baseline SPEC             a .tgz path, a version, a dist-tag, "auto" (default) or "none"
  --registry URL              the registry to fetch the baseline from (default: from .npmrc)
  --run-scripts               run prepack/prepare while packing (off: PR code is untrusted)
  --workspace NAME            in a workspace root, check only this package (repeatable)
  --format text|json|markdown output format (default: text)
  --fail-on error|warning|never  exit 1 when findings reach this severity (default: error)
  --max-bytes N               cap on decompressed bytes per tarball (default: 1 GiB)
  --max-entries N             cap on entries per tarball (default: 500000)
  --max-secret-scan-bytes N   bytes of each file scanned for secrets (default: 64 MiB)
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 pass, 1 findings at --fail-on, 2 could not run.`;
function oneOf(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new PackGuardError(`--${name}: expected one of ${allowed.join(", ")}, got "${value}"`);
}
function positiveInteger(name, value) {
  if (value === void 0) return void 0;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new PackGuardError(`--${name}: expected a positive whole number, got "${value}"`);
  return number;
}
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        baseline: { type: "string" },
        registry: { type: "string" },
        "run-scripts": { type: "boolean" },
        workspace: { type: "string", multiple: true },
        format: { type: "string" },
        "fail-on": { type: "string" },
        "max-bytes": { type: "string" },
        "max-entries": { type: "string" },
        "max-secret-scan-bytes": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']*)'/.exec(message);
    const missing = /Option '([^' ]*)[^']*' argument (?:missing|is ambiguous)/.exec(message);
    const line = unknown ? `unknown option ${unknown[1]}` : missing ? `option ${missing[1]} needs a value (write ${missing[1]}=VALUE for a value that starts with -)` : message.split("\n")[0];
    throw new PackGuardError(`${line} (see pack-guard --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new PackGuardError(`expected one PATH, got ${positionals.length}: ${positionals.join(" ")}`);
  return {
    path: positionals[0] ?? ".",
    baseline: values.baseline ?? "auto",
    registry: values.registry,
    runScripts: values["run-scripts"] ?? false,
    workspaces: values.workspace ?? [],
    format: oneOf("format", values.format ?? "text", ["text", "json", "markdown"]),
    failOn: oneOf("fail-on", values["fail-on"] ?? "error", ["error", "warning", "never"]),
    maxBytes: positiveInteger("max-bytes", values["max-bytes"]),
    maxEntries: positiveInteger("max-entries", values["max-entries"]),
    maxSecretScanBytes: positiveInteger("max-secret-scan-bytes", values["max-secret-scan-bytes"]),
    help: values.help ?? false,
    version: values.version ?? false
  };
}

// src/cli/run.ts
async function runCli(argv, io) {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout.write(`${USAGE}
`);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${VERSION}
`);
      return 0;
    }
    const policy = { ...DEFAULT_POLICY, failOn: options.failOn };
    const limits = {
      maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
      maxEntries: options.maxEntries ?? DEFAULT_LIMITS.maxEntries,
      maxSecretScanBytes: options.maxSecretScanBytes
    };
    const report = await check({
      path: options.path,
      baseline: options.baseline,
      registry: options.registry,
      runScripts: options.runScripts,
      workspaces: options.workspaces,
      policy,
      limits
    });
    const render = { text: renderText, json: renderJson, markdown: (r) => renderMarkdown(r) }[options.format];
    io.stdout.write(render(report));
    return report.verdict === "fail" ? 1 : 0;
  } catch (error) {
    io.stderr.write(`pack-guard: ${describeError(error)}
`);
    return 2;
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) });

// string-width with a fast path. cli-table3 measures every cell with string-width, whose emoji
// regular expression dominates the cost of drawing a table at start-up. Text made only of
// characters that are one column wide and never part of an emoji — printable ASCII, Latin, the
// punctuation block, box drawing and block elements, and the marks our tables use — is measured by
// its length; everything else (Hangul, emoji, ANSI colour codes) goes to string-width itself.
// The build aliases "string-width" to this file (scripts/build.mjs); a test checks that both agree
// on every character of the fast set.
"use strict";
const stringWidth = require("../../node_modules/string-width/index.js");
const ONE_COLUMN = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2500-\u259f\u25cb\u25cf\u2713\u2714]*$/;
function fastWidth(s) {
  return typeof s === "string" && ONE_COLUMN.test(s) ? s.length : stringWidth(s);
}
module.exports = fastWidth;
module.exports.default = fastWidth;
module.exports.ONE_COLUMN = ONE_COLUMN;
